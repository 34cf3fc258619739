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

    /// ASCII names find their first and last words as bytes; other names go through characters. Both drop
    /// the same dates from the same places.
    @Test func datesLeaveTheEndsOfASCIIAndOtherNamesAlike() {
        let types = Fixtures.rules.entityTypes
        #expect(types.withoutDates("  Trump  Wednesday ") == "Trump")
        #expect(types.withoutDates("Wednesday Trump") == "Trump")
        #expect(types.withoutDates("Señor Trump Wednesday") == "Señor Trump")
        #expect(types.withoutDates("Monday") == nil)
        #expect(types.withoutDates("Monday Tuesday") == nil)
        #expect(types.withoutDates("Mondale") == "Mondale")
        #expect(types.withoutDates("   ") == "   ")
        #expect(types.withoutDates("Trump Monday,") == "Trump")
        #expect(types.withoutDates("Trump\r\nMonday") == "Trump\r\nMonday")
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
}
