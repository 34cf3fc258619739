import Foundation
import Testing
@testable import Verbatim

/// `check` against an archive of the sample articles: a copy with one quotation's words changed and one
/// name misspelt gets `quote-altered` with the diff and `name-not-on-record` against the person on record,
/// and `quote-verbatim` for the quotations left alone.
@Suite struct ArchiveCheckTests {
    static let article = "\(Fixtures.articlesFolder)/000_c2f13e12f7f41075.txt"
    static let original = "We live in a more dangerous world, where powers are increasingly aligning"
    static let changed = "We live in a far more dangerous world, where hostile powers are aligning"

    /// An archive of the sample articles (the path the tests share is built once per test).
    static func archiveOfSamples() throws -> ArchiveStore {
        let store = try ArchiveStore(path: "\(ArchiveFixtures.temporaryFolder())/archive.sqlite", rules: ArchiveFixtures.rules)
        let reader = DocumentReader()
        let extractor = Extractor(rules: Fixtures.rules)
        try store.add(try reader.documentPaths(for: [Fixtures.articlesFolder]).map { ArchiveDocument(try extractor.extract(try reader.read(path: $0))) })
        return store
    }

    @Test func reportsTheAlteredQuotationTheMisspeltNameAndTheVerbatimOnes() throws {
        let store = try Self.archiveOfSamples()
        var text = try String(contentsOfFile: Self.article, encoding: .utf8)
        #expect(text.contains(Self.original) && text.contains("Jens Stoltenberg"))
        text = text.replacingOccurrences(of: Self.original, with: Self.changed)
            .replacingOccurrences(of: "Jens Stoltenberg", with: "Jens Stoltenburg")
        let draft = try ArchiveFixtures.extract(text, path: "copy.txt")
        let findings = try ArchiveChecker(store: store).check(draft)

        let changedRange = try #require(text.utf8.firstRange(of: Array(Self.changed.utf8)))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: changedRange.lowerBound)
        let altered = try #require(findings.first { $0.range.lowerBound == start })
        #expect(altered.rule == "quote-altered")
        #expect(altered.severity == .error)
        #expect(altered.message.contains("Jens Stoltenberg"))
        #expect(altered.message.contains("{+far+}") && altered.message.contains("{+hostile+}") && altered.message.contains("[-increasingly-]"))
        #expect(altered.related.contains { $0.path.hasSuffix("000_c2f13e12f7f41075.txt") })

        let name = try #require(findings.first { $0.rule == "name-not-on-record" })
        #expect(name.message.contains("“Jens Stoltenburg”") && name.message.contains("Jens Stoltenberg"))
        #expect(text.utf8.dropFirst(name.range.lowerBound).starts(with: "Jens Stoltenburg".utf8))

        let untouched = "This reminds us that security is not regional"
        let untouchedStart = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.utf8.firstRange(of: Array(untouched.utf8))).lowerBound)
        #expect(findings.first { $0.range.lowerBound == untouchedStart }?.rule == "quote-verbatim")
        // The misspelt speaker's words stay theirs: no misattribution comes from the spelling alone.
        #expect(!findings.contains { $0.rule == "quote-misattributed" })
    }

    @Test func theReportCarriesTheWarningsAndErrorsOfCheck() throws {
        var text = try String(contentsOfFile: Self.article, encoding: .utf8)
        text = text.replacingOccurrences(of: Self.original, with: Self.changed)
        var generator = try ReportGenerator(rules: Fixtures.rules)
        generator.archive = try Self.archiveOfSamples()
        let report = try generator.report(for: [try Document(path: "copy.txt", data: Array(text.utf8))])
        #expect(report.findings.contains { $0.rule == "quote-altered" && $0.message.contains("{+hostile+}") })
        #expect(!report.findings.contains { $0.rule == "quote-verbatim" })
        let plain = try ReportGenerator(rules: Fixtures.rules).report(for: [try Document(path: "copy.txt", data: Array(text.utf8))])
        #expect(!plain.findings.contains { CheckSettings.ruleIDs.contains($0.rule) })
    }

    @Test func wordsOnRecordFromSomeoneElseAreMisattributedAndNewWordsUnverified() throws {
        let store = try ArchiveStore(path: "\(ArchiveFixtures.temporaryFolder())/archive.sqlite", rules: ArchiveFixtures.rules)
        try store.add([ArchiveFixtures.document("record.txt", [("The harbour will reopen for grain exports next week", "Anna Berg")])])
        let draft = try ArchiveFixtures.extract("""
            “The harbour will reopen for grain exports next week,” said Olaf Lindqvist.

            “Nobody has ever said these particular words before today,” said Olaf Lindqvist.
            """)
        let rules = try ArchiveChecker(store: store).check(draft).map(\.rule)
        #expect(rules.contains("quote-misattributed"))
        #expect(rules.contains("quote-unverified"))
        #expect(!rules.contains("quote-verbatim"))
    }

    @Test func aTitleThatDisagreesWithTheLatestIsReported() throws {
        let store = try ArchiveStore(path: "\(ArchiveFixtures.temporaryFolder())/archive.sqlite", rules: ArchiveFixtures.rules)
        var old = ArchiveFixtures.document("old.txt", [("Grain exports will grow this year", "Anna Berg")])
        old.date = "2023-01-10"
        old.titles = [ArchiveNameUse(person: "Anna Berg", text: "trade minister", place: ArchivePlace(range: 0..<5, line: 1, column: 1))]
        var new = ArchiveFixtures.document("new.txt", [("Grain exports fell this year", "Anna Berg")])
        new.date = "2024-03-02"
        new.titles = [ArchiveNameUse(person: "Anna Berg", text: "former trade minister", place: ArchivePlace(range: 0..<5, line: 1, column: 1))]
        try store.add([new, old])
        let check = PeopleCheck(store: store)
        #expect(check.disagree("trade minister", "former trade minister"))
        #expect(!check.disagree("Trade Minister", "the trade minister"))
        #expect(!check.disagree("minister", "trade minister"))
        #expect(check.disagree("finance minister", "trade minister"))
        #expect(try store.latestTitle(of: try #require(try store.person(withKeyIn: ["annaberg"])).id, excluding: "")?.title
                == "former trade minister")
    }
}
