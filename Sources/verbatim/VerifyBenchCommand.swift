import ArgumentParser
import Foundation
import Verbatim

/// `verbatim verify-bench`: cross-source verification on a large generated corpus.
struct VerifyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-bench",
        abstract: "Measure `verify` time and peak memory on a generated corpus of many articles.",
        discussion: """
        Generates --documents articles from the given ones (default: the bundled sample articles): each copy \
        belongs to a story group whose people get their own surnames (so the number of people grows with the \
        corpus), keeps most paragraphs, and has words dropped, repeated or swapped and names misspelt (a stray \
        period, lower case, another transliteration). It extracts them all (on every core), then runs `verify` \
        on the first quarter, half and all of them on one core and reports each time, so you can see how the \
        cost grows with documents. Use a release build: `swift build -c release`.
        """)

    @Option(name: .long, help: "Number of documents to generate.")
    var documents = 20_000

    @Option(name: .long, help: "Seed of the pseudo-random perturbations.")
    var seed: UInt64 = 1

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: ArgumentHelp("Also write the generated articles to this folder.", valueName: "dir"))
    var saveCorpus: String?

    @Option(name: .long, help: ArgumentHelp("Run through a new quote archive at this file instead: generate, extract and store "
                                            + "batch by batch, then `archive verify` (bounded memory).", valueName: "file"))
    var archive: String?

    @Argument(help: "Articles or folders to generate the corpus from (default: Examples/articles).")
    var paths: [String] = []

    func run() throws {
        let book: RuleBook
        let verifier: Verifier
        do {
            book = try rules.book()
            verifier = try Verifier(book: book)
        } catch { Diagnostics.fail("\(error)") }
        let reader = DocumentReader()
        var seeds: [Document] = []
        do {
            for path in try reader.documentPaths(for: paths.isEmpty ? [Self.sampleArticles()] : paths) {
                seeds.append(try reader.read(path: path))
            }
        } catch { Diagnostics.fail("\(error)") }
        guard !seeds.isEmpty, documents > 0 else { Diagnostics.fail("nothing to generate from") }

        let generator = PerturbedCorpus(seeds: seeds, extractor: Extractor(rules: book), rules: verifier.rules, seed: seed)
        if let archive {
            do { try ArchiveBench.run(file: archive, documents: documents, generator: generator, book: book) } catch { Diagnostics.fail("\(error)") }
            return
        }
        var start = DispatchTime.now().uptimeNanoseconds
        let corpus: [Document]
        do { corpus = try (0..<documents).map { try generator.document($0) } } catch { Diagnostics.fail("\(error)") }
        let megabytes = Double(corpus.reduce(0) { $0 + $1.bytes.count }) / 1_048_576
        if let folder = saveCorpus {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                for document in corpus {
                    let name = URL(fileURLWithPath: document.path).lastPathComponent
                    try Data(document.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
                }
            } catch { Diagnostics.fail("cannot write the corpus to \(folder): \(error)") }
        }
        print("corpus: \(corpus.count) documents, \(String(format: "%.1f", megabytes)) MB generated from \(seeds.count) articles "
              + "in \(seconds(since: start)) s")

        start = DispatchTime.now().uptimeNanoseconds
        var results: [ExtractionResult] = []
        try ParallelExtractor(rules: book).forEachResult(of: corpus) { results.append(try $1.get()) }
        let quotations = results.reduce(0) { $0 + $1.quotations.count }
        print("extract: \(seconds(since: start)) s on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(quotations) quotations, "
              + "peak memory so far \(String(format: "%.0f", peakMemoryMegabytes())) MB (the corpus and its extraction)")

        var previous: (count: Int, time: Double)?
        for count in Set([documents / 4, documents / 2, documents]).sorted() where count > 0 {
            start = DispatchTime.now().uptimeNanoseconds
            let report = verifier.verify(Array(results.prefix(count)))
            let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var line = "verify \(count) documents: \(String(format: "%.2f", time)) s, \(report.speakers.count) speakers, "
                + "\(report.alignments.count) aligned quotation pairs, \(report.findings.count) findings, "
                + "peak memory so far \(String(format: "%.0f", peakMemoryMegabytes())) MB"
            if let previous {
                line += String(format: " (×%.2f documents → ×%.2f time)", Double(count) / Double(previous.count), time / previous.time)
            }
            print(line)
            let byRule = Dictionary(grouping: report.findings, by: \.rule).mapValues(\.count)
            print("  findings by rule: " + byRule.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            previous = (count, time)
        }
        print("peak memory: \(String(format: "%.1f", peakMemoryMegabytes())) MB")
    }

    private func seconds(since start: UInt64) -> String {
        String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private static func sampleArticles() -> String { BenchSupport.sampleArticles() }
    private func peakMemoryMegabytes() -> Double { BenchSupport.peakMemoryMegabytes() }
}
