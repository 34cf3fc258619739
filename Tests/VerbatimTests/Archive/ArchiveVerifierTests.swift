import Foundation
import Testing
@testable import Verbatim

/// `archive verify`: cross-source findings over the archive through the sketch index, and the migration
/// that adds the sketches to an older archive.
@Suite struct ArchiveVerifierTests {
    let path = "\(ArchiveFixtures.temporaryFolder())/archive.sqlite"

    @Test func findsConflictsDivergencesAndVariantsAcrossArchivedDocuments() throws {
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules)
        try store.add([
            ArchiveFixtures.document("a.txt", [("The harbour will reopen for grain exports next week", "Sergei Lavrov"),
                                               ("Our talks with the ministers went very well indeed", "Anna Berg")]),
            ArchiveFixtures.document("b.txt", [("The harbour will reopen for grain exports next week", "Olaf Lindqvist")]),
            ArchiveFixtures.document("c.txt", [("Our talks with the ministers went rather well indeed", "Anna Berg"),
                                               ("Something else entirely was said about the weather", "Sergei Lavrov")]),
            ArchiveFixtures.document("d.txt", [("A statement of no consequence for the others", "Sergey Lavrov")]),
        ])
        var findings: [Finding] = []
        let summary = try ArchiveVerifier(store: store).run { findings.append($0) }
        let conflict = try #require(findings.first { $0.rule == "speaker-conflict" })
        #expect(conflict.path == "b.txt" && conflict.message.contains("Olaf Lindqvist") && conflict.message.contains("Sergei Lavrov"))
        let divergence = try #require(findings.first { $0.rule == "wording-divergence" })
        #expect(divergence.path == "c.txt" && divergence.message.contains("[-very-] {+rather+}"))
        let variant = try #require(findings.first { $0.rule == "name-variant" })
        #expect(variant.path == "d.txt" && variant.message.contains("“Sergey Lavrov”"))
        #expect(findings.count == 3 && summary.quotations == 6)
        // The first quarter of the archive holds no pair.
        #expect(try ArchiveVerifier(store: store).run(documents: 1) { _ in }.findings.isEmpty)
    }

    @Test func upgradingAnOlderArchiveAddsTheSketchesOfItsQuotations() throws {
        try ArchiveStore(path: path, rules: ArchiveFixtures.rules).add([
            ArchiveFixtures.document("a.txt", [("The harbour will reopen for grain exports next week", "Anna Berg")]),
        ])
        let raw = try SQLiteConnection(path: path, readOnly: false, create: false)
        try raw.execute("DROP TABLE quotation_sketches; PRAGMA user_version = 1")
        #expect(throws: ArchiveError.self) { try ArchiveStore(path: path, rules: ArchiveFixtures.rules, readOnly: true) }
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules)
        #expect(try store.connection.integer("PRAGMA user_version") == ArchiveSchema.currentVersion)
        #expect(try store.connection.integer("SELECT count(*) FROM quotation_sketches") == Int64(QuotationSketch.size))
    }

    @Test func sketchesOfOneStatementWithAWordChangedShareAHash() {
        let a = QuotationSketch.hashes("We live in a more dangerous world, where powers are increasingly aligning")
        let b = QuotationSketch.hashes("We live in a far more dangerous world, where powers are increasingly aligning")
        #expect(a.count == QuotationSketch.size && !Set(a).isDisjoint(with: b))
        #expect(QuotationSketch.hashes("two words").isEmpty)
    }
}
