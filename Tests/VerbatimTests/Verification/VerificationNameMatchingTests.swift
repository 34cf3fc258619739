import Testing
@testable import Verbatim

/// Name folding and keys: the matching rules of `Rules/verification/matching.yml`, word by word.
@Suite struct VerificationNameMatchingTests {
    static let rules = try! VerificationRules.load(from: "\(Fixtures.rulesFolder)/verification", template: Fixtures.rules.template,
                                                   lexicon: Fixtures.rules.lexicon)
    let folder = NameFolder(settings: rules.names, lexicon: Fixtures.rules.lexicon)

    @Test func caseAndAccentsFold() {
        #expect(folder.key("Duchâtel") == folder.key("Duchatel"))
        #expect(folder.key("GÜLTEN") == folder.key("Gülten"))
        #expect(folder.key("O’Brien") == "obrien")
        #expect(folder.key("Łukasz") == "lukasz")
    }

    @Test func transliterationTableMakesOneWord() {
        #expect(folder.key("Sergey") == folder.key("Sergei"))
        #expect(folder.key("Lee") == folder.key("Li"))
        #expect(folder.key("Aleksandr") == folder.key("Alexander"))
        #expect(folder.key("Sergey") != folder.key("Sergio"))
    }

    @Test func wordEndingsAreSpelledEitherWay() {
        #expect(folder.key("Dmitriy") == folder.key("Dmitry"))
        #expect(folder.key("Zelenskyy") == folder.key("Zelensky"))
        // Too short to carry an ending rule.
        #expect(folder.key("Ayy") == "ayy")
    }

    @Test func honorificsTitlesAndInitialsAreDropped() {
        #expect(folder.key(ofName: "Mr. Vladimir V. Putin").words == ["vladimir", "putin"].map(folder.key))
        #expect(folder.key(ofName: "President Xi Jinping").words == ["xi", "jinping"])
        #expect(folder.key(ofName: "Jens. Stoltenberg").words == ["jens", "stoltenberg"])
        #expect(folder.key(ofName: "Xi Xi Jinping").words == ["xi", "jinping"])
    }

    @Test func splitAndJoinedGivenNamesShareAKey() {
        #expect(folder.key(ofName: "Shen Ding Li").joined == folder.key(ofName: "Shen Dingli").joined)
        #expect(folder.key(ofName: "Li Ming Jiang").joined == folder.key(ofName: "Lee Mingjiang").joined)
    }

    @Test func eitherNameOrderIsAForm() {
        let key = folder.key(ofName: "Xi Jinping")
        let swapped = folder.key(ofName: "Jinping Xi").joined
        #expect(key.forms.contains { $0.key == swapped && $0.form == .swapped })
        let three = folder.key(ofName: "George Walker Bush")
        #expect(three.forms.contains { $0.key == folder.key(ofName: "George Bush").joined && $0.form == .shortened })
    }

    @Test func closeNamesOfDifferentPeopleNeverShareAKey() {
        for (a, b) in [("Xi Jinping", "Xiao Bin"), ("Wang Yi", "Wang Wenbin"), ("Philipp Ivanov", "Sergei Ivanov"),
                       ("Sun Yun", "Shen Dingli"), ("Sergei Lavrov", "Sergey Gneev")] {
            let left = Set(folder.key(ofName: a).forms.map(\.key)), right = Set(folder.key(ofName: b).forms.map(\.key))
            #expect(left.isDisjoint(with: right), "\(a) / \(b)")
        }
    }

    @Test func tokenizerMarksGapsPossessivesAndCamelCase() {
        let text = "Mr. Xi’s aide met Jens. Stoltenberg and Evan MedeirosProfessor in Jean-Yves’ office."
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { NameTokenizer(folder: folder).tokens($0, 0..<bytes.count) }
        func token(_ word: String) -> NameToken? {
            tokens.first { String(decoding: bytes[$0.range], as: UTF8.self) == word }
        }
        #expect(token("Xi")?.gap == .period)        // after "Mr."; the possessive is not part of the name
        #expect(token("Stoltenberg")?.gap == .period)
        #expect(token("Professor")?.gap == .fused)
        #expect(token("Yves")?.gap == .hyphen)
        #expect(token("aide")?.key == "")           // lower-case words carry no key
        #expect(token("Mr")?.periodAfter == true)
    }
}
