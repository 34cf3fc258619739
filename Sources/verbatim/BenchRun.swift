import Foundation
import Verbatim

/// The documents `verbatim bench` extracts: repeated articles, and the same text as one document.
struct BenchCorpus {
    var documents: [Document]
    /// All of ``documents``' text as one document (``bodies(of:megabytes:)`` only).
    var joined: Document?
    var megabytes: Double

    /// The seeds repeated up to `megabytes` MB.
    static func repeating(_ seeds: [Document], megabytes: Int) -> BenchCorpus {
        let target = megabytes << 20
        var documents: [Document] = []
        var total = 0
        while total < target {
            for seed in seeds where total < target {
                documents.append(seed)
                total += seed.bytes.count
            }
        }
        return BenchCorpus(documents: documents, joined: nil, megabytes: Double(total) / 1_048_576)
    }

    /// The seeds' bodies (without front matter) repeated up to `megabytes` MB, each as its own plain-text
    /// document, and joined by blank lines into one long document.
    static func bodies(of seeds: [Document], megabytes: Int) throws -> BenchCorpus {
        let bodies = seeds.map { Array($0.bytes[$0.bodyRange]) + [0x0A, 0x0A] }
        let target = megabytes << 20
        var documents: [Document] = []
        var text: [UInt8] = []
        text.reserveCapacity(target + 65_536)
        while text.count < target {
            for (number, body) in bodies.enumerated() where text.count < target {
                documents.append(try Document(path: "article-\(number).txt", data: body))
                text += body
            }
        }
        let joined = try Document(path: "long-document.txt", data: text)
        return BenchCorpus(documents: documents, joined: joined, megabytes: Double(text.count) / 1_048_576)
    }
}

/// The times of the runs of one measurement and what the first run wrote.
struct BenchRun {
    /// Seconds per run, fastest first.
    var times: [Double]
    var quotations = 0
    var outputBytes = 0
    /// A hash of the first run's JSON Lines, to check that two measurements wrote the same.
    var outputDigest: UInt64 = 0xcbf2_9ce4_8422_2325

    var median: Double { times[times.count / 2] }
    var best: Double { times[0] }

    /// Extracts `documents` `runs` times on `jobs` threads, writing JSON Lines to a discarded buffer.
    static func measure(_ documents: [Document], rules: RuleBook, jobs: Int, runs: Int, clock: StageClock?) throws -> BenchRun {
        let extractor = ParallelExtractor(rules: rules, jobs: jobs)
        var measured = BenchRun(times: [])
        for run in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            // Each worker writes its documents' lines (as `extract` does); they are then dropped here.
            try extractor.forEachResult(of: documents, clock: clock, transform: { _, outcome in
                outcome.map { result -> (line: [UInt8], quotations: Int) in
                    var line: [UInt8] = []
                    QuotationWriters.appendJSONLine(result, to: &line)
                    return (line, result.quotations.count)
                }
            }) { outcome in
                let (line, quotations) = try outcome.get()
                if run == 0 {
                    measured.quotations += quotations
                    measured.outputBytes += line.count
                    measured.outputDigest = digest(line, from: measured.outputDigest)
                }
            }
            measured.times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        measured.times.sort()
        return measured
    }

    /// `bytes` mixed into `seed` eight bytes at a time (a check that two runs wrote the same, cheap enough
    /// not to weigh on the time measured).
    private static func digest(_ bytes: [UInt8], from seed: UInt64) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash = seed ^ UInt64(raw.count)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
                hash ^= hash >> 29
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
                offset += 1
            }
            return hash
        }
    }

    /// "label: 1.23 s, 40.1 MB/s on N cores (median of 3 runs; …), N quotations, M MB of JSON".
    func summary(label: String, megabytes: Double, jobs: Int) -> String {
        func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", megabytes / seconds) }
        return "\(label): \(String(format: "%.2f", median)) s, \(rate(median)) on \(jobs == 1 ? "one core" : "\(jobs) threads")"
            + (times.count > 1 ? " (median of \(times.count) runs; fastest \(String(format: "%.2f", best)) s, \(rate(best)))" : "")
            + ", \(quotations) quotations, \(String(format: "%.1f", Double(outputBytes) / 1_048_576)) MB of JSON"
    }
}
