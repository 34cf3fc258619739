import ArgumentParser
import Foundation
import Verbatim

/// `verbatim verify`: cross-check several articles about the same events.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cross-check articles: one speaker, one spelling, one wording.",
        discussion: """
        Clusters the speakers of all the articles into persons (through honorifics, titles, initials, \
        accents, stray punctuation, transliterations, split or joined given names and name order; never by \
        edit distance), aligns the quotations that give the same statement, and reports where the sources \
        disagree: a name spelled another way, a garbled or broken name, a different affiliation, the same \
        words given to different people or to nobody, and words changed, dropped or added (shown as a word \
        diff: [-removed-] {+added+}).

        Matching rules, thresholds and the findings' severities are in Rules/verification/; a newsroom's \
        spellings go in Rules/verification/known-names.yml or a file given with --known-names.

        Examples:
          verbatim verify articles/
          verbatim verify --format json a.txt b.md c.html > report.json
          verbatim extract --format jsonl --with-text articles/ > q.jsonl && verbatim verify --quotes q.jsonl
          verbatim verify --db .verbatim/archive.sqlite     # everything archived, in bounded memory

        \(InputTally.help) The others are verified.

        Exit status: 0 when no finding is an error and every document was read, 1 when a finding is an error \
        or some documents were refused, 2 on a usage error or when no document could be read.
        """)

    @Option(name: .long, help: "How to write the speakers and findings.")
    var format = FormatOption<VerificationRun>.defaultFormat

    @Option(name: .long, help: ArgumentHelp("A known-names file to use instead of Rules/verification/known-names.yml.",
                                            valueName: "file"))
    var knownNames: String?

    @OptionGroup var input: InputOptions

    @OptionGroup var parallel: JobsOption

    @OptionGroup var records: RecordsOption

    @Option(name: .long, help: ArgumentHelp(
        "Verify everything in this quote archive instead of articles, with bounded memory (as `verbatim archive verify`).",
        valueName: "file"))
    var db: String?

    func validate() throws {
        guard db != nil else { return try input.requirePaths() }
        if !input.paths.isEmpty || records.quotes {
            throw ValidationError("--db verifies the archive: give it no articles and no --quotes.")
        }
        if format.identifier != "text" && format.identifier != "json" {
            throw ValidationError("--db writes text or json.")
        }
    }

    func run() throws {
        let book = try input.loadRules()
        if let db {
            return try ArchiveVerify.verify(ArchiveOptions.openStore(db: db, book: book, readOnly: true),
                                            json: format.identifier == "json")
        }
        let verifier: Verifier
        do { verifier = try Verifier(book: book, knownNamesFile: knownNames) } catch { Diagnostics.fail("\(error)") }
        var tally = InputTally()
        var results: [ExtractionResult] = []
        if records.quotes {
            results = records.readResults(input.paths, rules: book)
        } else {
            parallel.forEachResult(of: input, rules: book, tally: &tally) { results.append($0) }
            if tally.nothingRead { try tally.finish() }
        }
        let documents = results.map(\.document)
        let report = verifier.verify(results)
        let sources = FindingSources(documents.map { FindingSource(path: $0.path, bytes: $0.bytes, lineIndex: $0.lineIndex) })
        let colour = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var output = OutputBuffer()
        output.write(format.render(VerificationRun(report: report, sources: sources, documentCount: documents.count),
                                   style: OutputStyle(colour: colour)))
        output.flush()
        try tally.finish(failed: report.hasErrors)
    }
}
