import ArgumentParser
import Foundation
import Verbatim

/// `verbatim bench`: extraction throughput on a generated corpus.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure extraction throughput (MB/s) and peak memory on a generated corpus.",
        discussion: """
        Builds a corpus of at least --megabytes MB by repeating the given articles (default: the bundled sample \
        articles) in memory, then runs the whole `extract --format jsonl` pipeline on one core: segmentation, \
        quotation pairing, attribution, speaker resolution and JSON output (written to a discarded buffer), with the \
        documents taken in batches of 64 as `extract` takes them. \
        The corpus is extracted --runs times; the median run gives the throughput, the fastest is shown beside \
        it (other work on the machine only ever slows a run down). With --stages, the stage times are those \
        of all runs together (of every worker, with --jobs). Use a release build: `swift build -c release`, \
        then `.build/release/verbatim bench`.

        With --jobs N (N > 1), the corpus is also extracted on N threads and the speed-up against one job is \
        shown. With --long-document, the same text is also extracted as one long document (the articles' \
        bodies joined by blank lines) and its throughput is set against that of the articles: a pipeline \
        whose cost grows only with the length of the text runs at about the same MB/s on both.

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

    @Option(name: .long, help: ArgumentHelp("Also extract on this many threads and show the speed-up against one.",
                                            valueName: "n"))
    var jobs = 1

    @Flag(name: .long, help: "Also extract the corpus as one long document and compare the throughputs.")
    var longDocument = false

    @OptionGroup var rules: RulesOption

    @Argument(help: "Articles or folders to build the corpus from (default: Examples/articles).")
    var paths: [String] = []

    func validate() throws {
        guard megabytes > 0 else { throw ValidationError("--megabytes must be at least 1.") }
        guard runs > 0 else { throw ValidationError("--runs must be at least 1.") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1.") }
        if let streamMegabytes, streamMegabytes <= 0 { throw ValidationError("--stream-megabytes must be at least 1.") }
    }

    func run() throws {
        let book = rules.loadRules()
        let sources = paths.isEmpty ? [BenchSupport.sampleArticles()] : paths
        let reader = DocumentReader()
        var seeds: [Document] = []
        do {
            for path in try reader.documentPaths(for: sources) { seeds.append(try reader.read(path: path)) }
        } catch { Diagnostics.fail("\(error)") }
        guard !seeds.isEmpty else { Diagnostics.fail("no articles found in \(sources.joined(separator: ", "))") }
        if let streamMegabytes { return StreamBench.run(megabytes: streamMegabytes, seeds: seeds, rules: book) }
        let corpus: BenchCorpus
        do {
            corpus = longDocument ? try BenchCorpus.bodies(of: seeds, megabytes: megabytes)
                : BenchCorpus.repeating(seeds, megabytes: megabytes)
        } catch { Diagnostics.fail("\(error)") }
        print("corpus: \(corpus.documents.count) documents, \(String(format: "%.1f", corpus.megabytes)) MB from \(seeds.count) articles")

        let clock = stages ? StageClock() : nil
        let oneJob = try BenchRun.measure(corpus.documents, rules: book, jobs: 1, runs: runs, clock: clock)
        print(oneJob.summary(label: "extract --format jsonl", megabytes: corpus.megabytes, jobs: 1))
        if let clock { printStages(clock, runs: oneJob) }
        if jobs > 1 {
            let many = try BenchRun.measure(corpus.documents, rules: book, jobs: jobs, runs: runs, clock: nil)
            print(many.summary(label: "extract --jobs \(jobs)", megabytes: corpus.megabytes, jobs: jobs)
                  + String(format: "; speed-up ×%.2f against one job (fastest runs ×%.2f)",
                           oneJob.median / many.median, oneJob.best / many.best))
            if many.outputDigest != oneJob.outputDigest { Diagnostics.fail("--jobs \(jobs) wrote other output than one job") }
        }
        if let joined = corpus.joined {
            let long = try BenchRun.measure([joined], rules: book, jobs: 1, runs: runs, clock: clock)
            print(long.summary(label: "one long document", megabytes: corpus.megabytes, jobs: 1)
                  + String(format: "; %.0f%% of the articles' MB/s", oneJob.median / long.median * 100))
            if let clock { printStages(clock, runs: long) }
        }
        print("peak memory: \(String(format: "%.1f", BenchSupport.peakMemoryMegabytes())) MB")
    }

    /// The stage times of `clock` (emptied afterwards), per run, with their share of the runs' time.
    private func printStages(_ clock: StageClock, runs measured: BenchRun) {
        let all = measured.times.reduce(0, +)
        for stage in StageClock.Stage.allCases {
            let share = clock.seconds(stage) / all * 100
            print("  \(stage.label.padding(toLength: 26, withPad: " ", startingAt: 0))"
                  + String(format: "%6.3f s  %5.1f%%", clock.seconds(stage) / Double(measured.times.count), share))
        }
        clock.reset()
    }
}
