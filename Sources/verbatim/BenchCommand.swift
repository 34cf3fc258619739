import ArgumentParser
import Foundation
import Verbatim

/// `verbatim bench`: extraction throughput on a generated corpus.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure extraction throughput (MB/s) and peak memory on a generated corpus.",
        discussion: """
        Builds a corpus of at least --megabytes MB by repeating the given articles (default: the bundled sample
        articles) in memory, then runs the whole `extract --format jsonl` pipeline on one core: segmentation,
        quotation pairing, attribution, speaker resolution and JSON output (written to a discarded buffer), with the
        documents taken in batches of 64 as `extract` takes them.
        The corpus is extracted --runs times; the median run gives the throughput, the fastest is shown beside
        it (other work on the machine only ever slows a run down). With --stages, the stage times are those
        of all runs together. Use a release build: `swift build -c release`, then `.build/release/verbatim bench`.

        With --stream-megabytes N, it measures instead a JSON Lines stream of N MB generated on the fly (records \
        {"id","text"} from the same articles) and written through a pipe into the reader that \
        `extract --input jsonl -` uses, batch by batch, and reports the peak memory of the process: it stays \
        flat however long the stream (e.g. `bench --stream-megabytes 1000`).
        """)

    @Option(name: .long, help: "Corpus size in megabytes.")
    var megabytes = 50

    @Option(name: .long, help: "How many times to extract the corpus.")
    var runs = 3

    @Option(name: .long, help: ArgumentHelp("Measure a generated JSON Lines stream of this many megabytes instead.",
                                            valueName: "megabytes"))
    var streamMegabytes: Int?

    @Flag(name: .long, help: "Also print the time spent in each stage of the pipeline.")
    var stages = false

    @Option(name: .long, help: ArgumentHelp("The rules folder to use.", valueName: "dir"))
    var rules: String?

    @Argument(help: "Articles or folders to build the corpus from (default: Examples/articles).")
    var paths: [String] = []

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be at least 1.") }
        guard runs > 0 else { throw ValidationError("--runs must be at least 1.") }
        if let streamMegabytes, streamMegabytes <= 0 { throw ValidationError("--stream-megabytes must be at least 1.") }
    }

    func run() throws {
        let book: RuleBook
        do { book = try RuleBook(folder: try RulesLocator.locate(explicit: rules)) } catch { Diagnostics.fail("\(error)") }
        let sources = paths.isEmpty ? [BenchSupport.sampleArticles()] : paths
        let reader = DocumentReader()
        var seeds: [Document] = []
        do {
            for path in try reader.documentPaths(for: sources) { seeds.append(try reader.read(path: path)) }
        } catch { Diagnostics.fail("\(error)") }
        guard !seeds.isEmpty else { Diagnostics.fail("no articles found in \(sources.joined(separator: ", "))") }
        if let streamMegabytes { return StreamBench.run(megabytes: streamMegabytes, seeds: seeds, rules: book) }
        let target = megabytes << 20
        var corpus: [Document] = []
        var total = 0
        while total < target {
            for seed in seeds where total < target {
                corpus.append(seed)
                total += seed.bytes.count
            }
        }
        let extractor = Extractor(rules: book)
        let clock = stages ? StageClock() : nil
        extractor.clock = clock
        var quotations = 0
        var outputBytes = 0
        var times: [Double] = []
        var output: [UInt8] = []
        output.reserveCapacity(1 << 17)
        for run in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try extractor.forEachResult(of: corpus) { _, outcome in
                let result = try outcome.get()
                QuotationWriters.appendJSONLine(result, to: &output)
                if run == 0 {
                    quotations += result.quotations.count
                    outputBytes += output.count
                }
                // The lines go nowhere: the buffer is emptied as a write to standard output would empty it.
                output.removeAll(keepingCapacity: true)
                // Each line is charged to the output once written (a batch starts the clock again for its stages).
                clock?.mark(.output)
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        times.sort()
        let median = times[times.count / 2], best = times[0]
        let megabytesRead = Double(total) / 1_048_576
        func rate(_ seconds: Double) -> String { String(format: "%.1f MB/s", megabytesRead / seconds) }
        print("corpus: \(corpus.count) documents, \(String(format: "%.1f", megabytesRead)) MB from \(seeds.count) articles")
        print("extract --format jsonl: \(String(format: "%.2f", median)) s, \(rate(median)) on one core"
              + (runs > 1 ? " (median of \(runs) runs; fastest \(String(format: "%.2f", best)) s, \(rate(best)))" : "")
              + ", \(quotations) quotations, \(String(format: "%.1f", Double(outputBytes) / 1_048_576)) MB of JSON")
        if let clock {
            let all = times.reduce(0, +)
            for stage in StageClock.Stage.allCases {
                let share = clock.seconds(stage) / all * 100
                print("  \(stage.label.padding(toLength: 26, withPad: " ", startingAt: 0))"
                      + String(format: "%6.3f s  %5.1f%%", clock.seconds(stage) / Double(runs), share))
            }
        }
        print("peak memory: \(String(format: "%.1f", BenchSupport.peakMemoryMegabytes())) MB")
    }
}
