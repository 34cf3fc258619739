import Foundation
import Testing
@testable import Verbatim

/// The archive under faults: a writer killed with SIGKILL mid-run leaves whole documents only and a rerun
/// completes; readers search while a writer adds.
@Suite(.serialized) struct ArchiveFaultTests {
    static let documentCount = 2000

    /// Writes `count` small articles of two quotations each into `folder`.
    static func writeArticles(_ count: Int, to folder: String) throws {
        for number in 0..<count {
            let text = """
            “The port of Number \(number) will reopen for grain exports next week,” said Anna Berg, the trade minister.

            “Talks on lot \(number) went well and will continue on Monday,” she added.

            """
            try text.write(toFile: "\(folder)/article-\(String(number + 10_000)).txt", atomically: false, encoding: .utf8)
        }
    }

    @Test func aKilledAddLeavesWholeDocumentsAndARerunCompletes() throws {
        try #require(ArchiveFixtures.executable != nil, "swift test builds the verbatim executable next to the tests")
        let folder = ArchiveFixtures.temporaryFolder(), articles = "\(folder)/articles", db = "\(folder)/archive.sqlite"
        try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        try Self.writeArticles(Self.documentCount, to: articles)
        let process = try ArchiveFixtures.start(["archive", "add", "--db", db, "--batch", "25", articles])
        // Kill it once some batches are in.
        var seen = 0
        for _ in 0..<6000 where process.isRunning {
            if FileManager.default.fileExists(atPath: db),
               let reader = try? ArchiveStore(path: db, rules: ArchiveFixtures.rules, readOnly: true) {
                seen = (try? reader.counts().documents) ?? 0
                if seen >= 100 { break }
            }
            usleep(10_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reader = try ArchiveStore(path: db, rules: ArchiveFixtures.rules, readOnly: true)
        var integrity = ""
        try reader.connection.query("PRAGMA integrity_check") { integrity = $0.text(0) ?? "" }
        #expect(integrity == "ok")
        let (documents, quotations, _) = try reader.counts()
        #expect(documents >= seen && documents < Self.documentCount)
        #expect(quotations == 2 * documents)
        #expect(try reader.connection.integer("SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM quotations q WHERE q.document_id = d.id) != 2") == 0)

        let rerun = try ArchiveFixtures.run(["archive", "add", "--db", db, "--batch", "500", articles])
        #expect(rerun.status == 0, "\(rerun.error)")
        let done = try ArchiveStore(path: db, rules: ArchiveFixtures.rules, readOnly: true).counts()
        #expect(done.documents == Self.documentCount && done.quotations == 2 * Self.documentCount)
        #expect(rerun.error.contains("\(documents) unchanged"))
    }

    @Test func readersSearchWhileAWriterAdds() throws {
        let db = "\(ArchiveFixtures.temporaryFolder())/archive.sqlite"
        _ = try ArchiveStore(path: db, rules: ArchiveFixtures.rules)
        let batches = 40, perBatch = 20
        let writer = Thread {
            do {
                let store = try ArchiveStore(path: db, rules: ArchiveFixtures.rules)
                for batch in 0..<batches {
                    try store.add((0..<perBatch).map { number in
                        ArchiveFixtures.document("doc-\(batch)-\(number).txt", [("Grain exports from port \(batch) lot \(number) will rise", "Anna Berg")])
                    })
                }
            } catch {
                Issue.record("writer failed: \(error)")
            }
        }
        writer.start()
        let reader = try ArchiveStore(path: db, rules: ArchiveFixtures.rules, readOnly: true)
        var last = 0, reads = 0
        repeat {
            let documents = try reader.counts().documents
            let hits = try reader.search("grain exports", limit: 100_000)
            #expect(documents % perBatch == 0, "a reader saw half a batch")
            #expect(hits.count >= documents, "a reader saw documents without their quotations")
            #expect(documents >= last)
            last = documents
            reads += 1
        } while last < batches * perBatch && !writer.isFinished
        while !writer.isFinished { usleep(1_000) }
        #expect(try reader.counts().documents == batches * perBatch)
        #expect(reads > 1)
    }
}
