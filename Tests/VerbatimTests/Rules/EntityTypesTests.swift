import Foundation
import Testing
@testable import Verbatim

/// `Rules/lexicon/entity-types.yml`: its examples, and no date or place ever printed as a speaker.
@Suite struct EntityTypesTests {
    @Test func examplesHaveTheirKinds() throws {
        let types = Fixtures.rules.entityTypes
        #expect(!types.examples.isEmpty)
        for example in types.examples {
            #expect(types.kind(of: example.name) == example.type, "entity-types example: \(example.name)")
            if let expected = example.nameWithoutDates {
                #expect(types.withoutDates(example.name) == expected, "entity-types example: \(example.name)")
            }
        }
    }

    /// Plain ASCII names take a byte-level path; it splits, lower-cases and drops articles and a
    /// possessive ending exactly as the Unicode path does for the same words.
    @Test func asciiWordsMatchTheUnicodeReading() {
        #expect(EntityTypes.words(of: "The  White HOUSE'S,\tPress\nOffice") == ["white", "house", "press", "office"])
        #expect(EntityTypes.words(of: "the Élysée Palace’s") == ["élysée", "palace"])
        #expect(EntityTypes.words(of: "A an The 's X'S") == ["", "x"])
        #expect(EntityTypes.words(of: "") == [])
        #expect(EntityTypes.words(of: "a\r\nb") == ["a\r\nb".lowercased()])
    }

    /// A month that is also a name is a date right after a date word, and a name elsewhere.
    @Test func aMonthThatIsAlsoANameIsADateAfterADateWord() throws {
        let types = Fixtures.rules.entityTypes
        #expect(types.isDate("June", after: "early"))
        #expect(types.isDate("May", after: "In"))
        #expect(!types.isDate("May", after: "Theresa"))
        #expect(!types.isDate("Trump", after: "in"))
        let found = try Extracted("Ryan endorsed Trump in early June, but only after publicly deliberating over the decision, telling reporters in May that he was “not quite there yet.”\n")
        #expect(found.result.quotations.count == 1)
        #expect(found.result.quotations.allSatisfy { $0.speaker?.name != "June" })
    }

    /// Over the sample articles and the gold fixture: no speaker is a weekday, a month or a place, and
    /// every country or organisation is printed as a source.
    @Test func noDateOrPlaceSpeaksInTheFixtures() throws {
        let reader = DocumentReader()
        let folders = [Fixtures.articlesFolder, "\(Fixtures.root)/Tests/Fixtures/attribution-gold"]
        let paths = try reader.documentPaths(for: folders).filter { $0.hasSuffix(".txt") }
        #expect(paths.count >= 9)
        let extractor = Extractor(rules: Fixtures.rules)
        let types = Fixtures.rules.entityTypes
        var wrong: [String] = []
        for path in paths {
            let result = try extractor.extract(try reader.read(path: path))
            for quotation in result.quotations {
                guard let speaker = quotation.speaker else { continue }
                let kind = types.kind(of: speaker.name)
                if kind == .date || kind == .place || (kind == .organisation && speaker.resolution != .source) {
                    wrong.append("\(path): \(speaker.name)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    /// The PolNeAR train and dev articles, when the development corpora sit beside the project (they do on
    /// the developers' machines and in CI, never on a user's): no speaker printed as a person is a date, a
    /// place, holds a weekday or month, or is a headline's run of capitalised words.
    static let developmentCorpora = ["polnear-train", "polnear-dev"].map { "\(Fixtures.root)/../shared/corpus/\($0)" }

    @Test(.enabled(if: developmentCorpora.allSatisfy { FileManager.default.fileExists(atPath: $0) }))
    func noDatePlaceOrHeadlineSpeaksInTheDevelopmentCorpora() throws {
        let reader = DocumentReader()
        let paths = try reader.documentPaths(for: Self.developmentCorpora).filter { $0.hasSuffix(".txt") }
        #expect(paths.count > 900)
        let extractor = Extractor(rules: Fixtures.rules)
        let types = Fixtures.rules.entityTypes
        var wrong: [String] = []
        for path in paths {
            let document = try reader.read(path: path)
            let result = try extractor.extract(document)
            for quotation in result.quotations {
                guard let speaker = quotation.speaker, speaker.resolution != .source else { continue }
                let words = speaker.name.split(separator: " ")
                var headlines = HeadlineLines()
                let headline = document.bytes.withUnsafeBufferPointer {
                    headlines.nameRunsIntoHeadline(words: words.count, at: speaker.mention.lowerBound, $0, extractor)
                }
                if types.kind(of: speaker.name) != .person || words.contains(where: { types.kind(of: String($0)) == .date }) || headline {
                    wrong.append("\(path): \(speaker.name)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count): \(wrong.prefix(20))")
    }
}
