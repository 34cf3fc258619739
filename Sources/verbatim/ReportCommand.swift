import ArgumentParser
import Foundation
import Verbatim

/// `verbatim report`: an attribution report over one or many articles.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an attribution report: sources, speakers, statements across sources, findings.",
        discussion: """
        Runs extraction, cross-source verification and lint, then writes one report. HTML is a single \
        self-contained file (inline CSS and SVG charts, no scripts, no external requests); Markdown renders on \
        GitHub; JSON holds the whole model (see the README); CSV has one row per quotation.

        Examples:
          verbatim report articles/ -o report.html
          verbatim report --format md articles/ > report.md
          verbatim report --format csv -o out/ a.txt b.txt     (writes out/report.csv)
          verbatim report --quotes q.jsonl -o report.html      (records of `extract --format jsonl --with-text`)

        \(InputTally.help) The report covers the others.

        Progress goes to standard error when it is a terminal. Exit status: 0 when every document was read, \
        1 when some were refused, 2 on a usage error or when no document could be read.
        """)

    @Option(name: .long, help: "The report's format (and file extension with -o DIR).")
    var format = FormatOption<AttributionReport>.defaultFormat

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write to this file, or to report.<format> in this folder (default: standard output).", valueName: "file-or-dir"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("A known-names file with the newsroom's canonical spellings.", valueName: "file"))
    var knownNames: String?

    @Option(name: .long, help: ArgumentHelp("Also check each article against this quote archive (`verbatim check`): its warnings and "
                                            + "errors join the findings.", valueName: "file"))
    var db: String?

    @OptionGroup var input: InputOptions

    func validate() throws { try input.requirePaths() }

    @OptionGroup var parallel: JobsOption

    @OptionGroup var records: RecordsOption

    func run() throws {
        let book = try input.loadRules()
        var generator: ReportGenerator
        do {
            let configuration = try LintConfiguration.resolve(explicit: nil, from: FileManager.default.currentDirectoryPath)
            generator = try ReportGenerator(rules: book, knownNamesFile: knownNames, lintConfiguration: configuration)
            if let db { generator.archive = ArchiveOptions.openStore(db: db, book: book, readOnly: true) }
        } catch {
            Diagnostics.fail("\(error)")
        }
        var tally = InputTally()
        let report: AttributionReport
        if records.quotes {
            do { report = try generator.report(from: records.readResults(input.paths, rules: book)) } catch { Diagnostics.fail("\(error)") }
        } else {
            let documents = input.readDocuments(tally: &tally)
            if documents.isEmpty && tally.refused > 0 { try tally.finish() }
            var refusedLater = 0
            let started = Date()
            let showProgress = isatty(STDERR_FILENO) != 0
            do {
                report = try generator.report(for: documents, jobs: parallel.jobs,
                                              refused: { refusedLater += 1; tally.refuse($0) }) { done, total in
                    guard showProgress, done % 25 == 0 || done == total else { return }
                    let rate = Double(done) / max(Date().timeIntervalSince(started), 0.001)
                    FileHandle.standardError.write(Data("\rverbatim: \(done)/\(total) documents (\(Int(rate))/s)\(done == total ? "\n" : "")".utf8))
                }
            } catch {
                Diagnostics.fail("\(error)")
            }
            tally.succeeded = documents.count - refusedLater
            if tally.nothingRead { try tally.finish() }
        }
        let text = format.render(report)
        guard let output else {
            var buffer = OutputBuffer()
            buffer.write(text)
            buffer.flush()
            return try tally.finish()
        }
        var isDirectory: ObjCBool = false
        let target = FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue
            ? "\(output)/report.\(format.identifier)" : output
        do {
            try text.write(toFile: target, atomically: true, encoding: .utf8)
        } catch {
            Diagnostics.fail("\(target): cannot write: \(error.localizedDescription)")
        }
        try tally.finish()
    }
}
