import Foundation
import Verbatim

/// `verbatim verify-bench --archive FILE`: the generated corpus goes through the archive batch by batch
/// (generated, extracted, stored; never all in memory), then `archive verify` runs over the first
/// quarter, half and all of it.
enum ArchiveBench {
    static let batch = 512

    static func run(file: String, documents: Int, generator: PerturbedCorpus, book: RuleBook) throws {
        guard !FileManager.default.fileExists(atPath: file) else {
            Diagnostics.fail("\(file) exists: give verify-bench --archive a new file")
        }
        let store: ArchiveStore
        do { store = try ArchiveStore(path: file, rules: try ArchiveRules(book: book)) } catch { Diagnostics.fail("\(error)") }
        var start = DispatchTime.now().uptimeNanoseconds
        var megabytes = 0.0
        for first in stride(from: 0, to: documents, by: batch) {
            let corpus = try (first..<min(first + batch, documents)).map { try generator.document($0) }
            megabytes += Double(corpus.reduce(0) { $0 + $1.bytes.count }) / 1_048_576
            var records: [ArchiveDocument] = []
            try ParallelExtractor(rules: book).forEachResult(of: corpus) { records.append(ArchiveDocument(try $1.get())) }
            try store.add(records)
        }
        let counts = try store.counts()
        print("archive add: \(documents) documents (\(String(format: "%.1f", megabytes)) MB) generated, extracted and stored in "
              + "\(seconds(since: start)) s: \(counts.quotations) quotations, \(counts.people) people; "
              + "peak memory so far \(String(format: "%.0f", BenchSupport.peakMemoryMegabytes())) MB")
        var previous: (count: Int, time: Double)?
        for count in Set([documents / 4, documents / 2, documents]).sorted() where count > 0 {
            start = DispatchTime.now().uptimeNanoseconds
            let summary = try ArchiveVerifier(store: store).run(documents: count) { _ in }
            let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var line = "archive verify \(count) documents: \(String(format: "%.2f", time)) s, \(summary.quotations) quotations, "
                + "\(summary.comparisons) pairs compared, peak memory so far \(String(format: "%.0f", BenchSupport.peakMemoryMegabytes())) MB"
            if let previous {
                line += String(format: " (×%.2f documents → ×%.2f time)", Double(count) / Double(previous.count), time / previous.time)
            }
            print(line)
            print("  findings by rule: " + summary.findings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            previous = (count, time)
        }
        print("peak memory: \(String(format: "%.1f", BenchSupport.peakMemoryMegabytes())) MB")
    }

    private static func seconds(since start: UInt64) -> String {
        String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
}
