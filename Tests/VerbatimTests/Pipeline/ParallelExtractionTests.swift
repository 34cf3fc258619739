import Foundation
import Testing
@testable import Verbatim

/// Extracting on several threads writes, document by document and in input order, exactly what one thread
/// writes.
@Suite struct ParallelExtractionTests {
    /// The sample articles and the news fixtures of `Tests/Fixtures/news`, each `copies` times over.
    private func documents(copies: Int) throws -> [Document] {
        let reader = DocumentReader()
        let paths = try reader.documentPaths(for: [Fixtures.articlesFolder, Fixtures.newsFolder])
        let originals = try paths.map { try reader.read(path: $0) }
        #expect(originals.count >= 8)
        return (0..<copies).flatMap { _ in originals }
    }

    /// The JSON Lines `jobs` threads write for `documents`, one line per document.
    private func lines<Documents: Sequence<Document>>(_ documents: Documents, jobs: Int,
                                                      rules: RuleBook = Fixtures.rules) -> [String] {
        var lines: [String] = []
        ParallelExtractor(rules: rules, jobs: jobs).forEachResult(of: documents, transform: { document, outcome in
            switch outcome {
            case .success(let result): return QuotationWriters.jsonLine(result)
            case .failure(let error): return "\(document.path): \(error)"
            }
        }) { lines.append($0) }
        return lines
    }

    @Test func severalJobsWriteWhatOneJobWrites() throws {
        // Enough documents for several batches per worker.
        let documents = try documents(copies: 12)
        let one = lines(documents, jobs: 1)
        #expect(one.count == documents.count)
        #expect(one.contains { $0.contains("\"speaker\":{") })
        for jobs in [2, 3, 7] { #expect(lines(documents, jobs: jobs) == one, "jobs \(jobs)") }
    }

    @Test func aSequenceOfUnknownLengthKeepsItsOrder() throws {
        let documents = try documents(copies: 10)
        // A lazy sequence does not tell its length: batches are full-size and taken as the workers need them.
        let lazy = documents.lazy.map { $0 }
        #expect(lines(lazy, jobs: 3) == lines(documents, jobs: 1))
    }

    @Test func aFewDocumentsAreSpreadOverTheWorkers() throws {
        let documents = try documents(copies: 1)
        #expect(lines(documents, jobs: 4) == lines(documents, jobs: 1))
        #expect(lines([Document](), jobs: 4).isEmpty)
    }

    @Test func aFailingDocumentKeepsItsPlace() throws {
        try Fixtures.withRunawayRule { rules in
            let good = try documents(copies: 14)
            var mixed = good
            mixed.insert(try Document(path: "runaway.txt", data: Array(Fixtures.runawayText.utf8)), at: 100)
            let parallel = lines(mixed, jobs: 3, rules: rules)
            #expect(parallel == lines(mixed, jobs: 1, rules: rules))
            #expect(parallel[100].hasPrefix("runaway.txt: "))
        }
    }

    @Test func stoppingEarlyStopsTheWorkers() throws {
        struct Stop: Error {}
        let documents = try documents(copies: 10)
        var seen = 0
        #expect(throws: Stop.self) {
            try ParallelExtractor(rules: Fixtures.rules, jobs: 2).forEachResult(of: documents) { _, _ in
                seen += 1
                if seen == 10 { throw Stop() }
            }
        }
        #expect(seen == 10)
    }

    @Test func stageTimesOfEveryWorkerAreAdded() throws {
        let clock = StageClock()
        let documents = try documents(copies: 10)
        ParallelExtractor(rules: Fixtures.rules, jobs: 2).forEachResult(of: documents, clock: clock) { _, _ in }
        #expect(clock.seconds(.people) > 0)
        #expect(clock.seconds(.output) > 0)
    }

    @Test func refusedInputsKeepTheirPlaceAmongTheOutcomes() throws {
        let documents = try documents(copies: 6)
        var inputs = documents.map(DocumentInput.document)
        for position in [0, 17, 30] {
            inputs.insert(.refused(DocumentRefusal(path: "bad-\(position).bin", code: .binary, message: "binary")), at: position)
        }
        func outcomes(jobs: Int) -> [String] {
            var lines: [String] = []
            var batches = 0
            ParallelExtractor(rules: Fixtures.rules, jobs: jobs).forEachOutcome(of: inputs, transform: { outcome in
                switch outcome {
                case .extracted(let result): return QuotationWriters.jsonLine(result)
                case .refused(let refusal): return "refused \(refusal.path)"
                }
            }, afterBatch: { batches += 1 }) { lines.append($0) }
            #expect(batches >= 1)
            return lines
        }
        let one = outcomes(jobs: 1)
        #expect(one.count == inputs.count)
        #expect(one[17] == "refused bad-17.bin" && one[0] == "refused bad-0.bin")
        #expect(outcomes(jobs: 3) == one)
    }
}
