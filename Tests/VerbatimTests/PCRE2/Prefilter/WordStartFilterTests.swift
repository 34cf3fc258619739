import Foundation
import Testing
@testable import Verbatim

@Suite struct WordStartFilterTests {
    /// Cues found the slow way: one unanchored search over the whole text.
    private func fullSearch(_ text: [UInt8], _ matcher: Matcher) throws -> [Range<Int>] {
        try text.withUnsafeBufferPointer { try matcher.allMatches(in: $0).map(\.range) }
    }

    private func indexed(_ text: [UInt8], _ matcher: Matcher) throws -> [Range<Int>] {
        try text.withUnsafeBufferPointer { Array(try CueIndex(bytes: $0, range: 0..<$0.count, matcher: matcher,
                                                            scanner: WordStartFilter.filter(for: matcher.pattern)).cues) }
    }

    @Test func theSpeechCueAndOutletNamePatternsGetAScanner() {
        #expect(WordStartFilter.filter(for: Fixtures.rules.speechCue) != nil)
        #expect(WordStartFilter.filter(for: Fixtures.rules.outletNames) != nil)
    }

    @Test func scannedOutletNamesEqualAFullSearch() throws {
        let matcher = Matcher(Fixtures.rules.outletNames)
        let pieces = ["CNN", "CNNs", "xCNN", "(Reuters)", "The New York Times", "New York Times", "Voice of America",
                      "VOA’s", "AP", "APs", "Associated Press", "«BBC»", "Éric", "NPR-", "told", "NBC", "NBCUniversal"]
        var generator = SplitMix(seed: 3)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 3...30, using: &generator) {
                text += pieces.randomElement(using: &generator)! + [" ", ", ", "\n", "", "’", "é"].randomElement(using: &generator)!
            }
            let bytes = Array(text.utf8)
            let scanned: [Range<Int>] = try bytes.withUnsafeBufferPointer { buffer in
                var found: [Range<Int>] = []
                try WordStartFilter.filter(for: matcher.pattern)?.forEachMatch(of: matcher, in: buffer) { found.append($0) }
                return found
            }
            #expect(try scanned == fullSearch(bytes, matcher), "\(text)")
        }
    }

    /// The scanner offers PCRE2 only some starts; the cues must be exactly those of a full search, on text
    /// made of speech verbs, near misses, capitals, digits, apostrophes, curly marks and non-ASCII words.
    @Test func scannedCuesEqualAFullSearchOnMixedText() throws {
        let matcher = Matcher(Fixtures.rules.speechCue)
        let pieces = ["said", "says", "Said", "told", "according to", "according  to", "added", "warned", "saidx",
                      "unsaid", "résumé", "Xi’s", "don't", "’said", "“said”", "(said)", "said.", "said,", "12said",
                      "_said", "señor", "dijo", "said\u{00A0}that", "ADDED", "notes", "noted", "é", "argued", "—said",
                      "insists", "Ånd", "writes", "wrote", "ask", "asked", "stated", "statement"]
        var generator = SplitMix(seed: 42)
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 5...40, using: &generator) {
                text += pieces.randomElement(using: &generator)!
                text += [" ", "  ", ", ", "\n", "", "-", "’", "é"].randomElement(using: &generator)!
            }
            let bytes = Array(text.utf8)
            #expect(try indexed(bytes, matcher) == fullSearch(bytes, matcher), "\(text)")
        }
    }

    @Test func patternsThatMayNotStartAtAWordBoundaryGetNoScanner() throws {
        #expect(WordStartFilter.filter(for: try Pattern("said|told")) == nil)
        #expect(WordStartFilter.filter(for: try Pattern("\\b(?:said)|x")) == nil)
        #expect(WordStartFilter.filter(for: try Pattern("(?<=a)\\bsaid")) == nil)
        #expect(WordStartFilter.filter(for: try Pattern("\\b(?:said|told)\\b")) != nil)
    }

    @Test func patternOpeningIsReadConservatively() {
        #expect(PatternOpening.everyMatch(of: "\\b(?:a|b)\\b", opensWith: "\\b"))
        #expect(PatternOpening.everyMatch(of: "^\\s*x", opensWith: "^"))
        #expect(!PatternOpening.everyMatch(of: "\\b?x", opensWith: "\\b"))
        #expect(!PatternOpening.everyMatch(of: "\\bx|y", opensWith: "\\b"))
        #expect(!PatternOpening.everyMatch(of: "\\b(?x) a", opensWith: "\\b"))
        #expect(!PatternOpening.everyMatch(of: "\\b[[:alpha:]]", opensWith: "\\b"))
        #expect(PatternOpening.everyMatch(of: "\\b[|]x", opensWith: "\\b"))
        #expect(!PatternOpening.everyMatch(of: "x\\b", opensWith: "\\b"))
    }

    /// Loading the rules with `entry` put after `marker` in `file` fails, naming the file and rule `lead-misses`.
    private func expectRefused(_ file: String, after marker: String, _ entry: String) throws {
        try Fixtures.withRulesCopy { folder in
            try Fixtures.editRules(in: folder, file: file, replacing: marker, with: marker + entry)
            #expect { _ = try RuleBook(folder: folder) } throws: { error in
                "\(error)".contains(file) && "\(error)".contains("lead-misses")
            }
        }
    }

    @Test func aFrameLeadThatMissesItsOwnExampleIsRefused() throws {
        try expectRefused("attribution/frames.yml", after: "before:\n", """
              - id: lead-misses
                pattern: '(?<name>{NAME})\\s+said:\\s*$'
                lead: 'zzz'
                examples:
                  match:
                    - {text: "Jane Doe said: ", name: Jane Doe}

            """)
    }

    @Test func aReportedSpeechLeadThatMissesItsOwnExampleIsRefused() throws {
        try expectRefused("attribution/reported-speech.yml", after: "leading:\n", """
              - id: lead-misses
                pattern: '^(?<name>{NAME})\\s+(?<verb>said)'
                after_verb: '\\s+'
                verb_phrases: [said]
                lead: 'zzz'
                examples:
                  match:
                    - {text: "Jane Doe said it would rain all day. ", name: Jane Doe}

            """)
    }
}
