import ArgumentParser
import Foundation
import Verbatim

/// `verbatim check`: hold a draft to the quote archive.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a draft's quotations and names against the quote archive.",
        discussion: """
        Every quotation of the draft gets a verdict against the archive (`verbatim archive add`), with the \
        archived evidence: quote-verbatim (the same words from the same speaker are on record; info), \
        quote-altered (the same speaker is on record with nearly these words; the message shows the word diff \
        from the record to the draft, [-removed-] {+added+}; error), quote-misattributed (these words are on \
        record from someone else; error) or quote-unverified (nothing like them is on record; info). Every \
        person named is held to the people on record: name-not-on-record (a spelling never seen, close to a \
        known name; warning) and title-mismatch (a title that disagrees with the latest one on record; warning). \
        Severities, messages and thresholds are in Rules/archive/check.yml.

        Examples:
          verbatim check draft.md
          verbatim check --db newsroom.sqlite --format sarif drafts/ > check.sarif

        Exit status: 0 when no finding is an error (1 with --strict and a warning), 1 when one is, 2 on a \
        usage, input or database error.
        """)

    @Option(name: .long, help: ArgumentHelp("The archive file (default: the `archive:` key of .verbatim.yml, else "
                                            + ".verbatim/archive.sqlite beside it or here).", valueName: "file"))
    var db: String?

    @Option(name: .long, help: "How to write the findings (the formats of `lint`).")
    var format = FormatOption<LintReport>.defaultFormat

    @Flag(name: .long, help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @OptionGroup var input: InputOptions

    func validate() throws { try input.requirePaths() }

    @OptionGroup var parallel: JobsOption

    func run() throws {
        let book = try input.loadRules()
        let store = ArchiveOptions.openStore(db: db, book: book, readOnly: true)
        var tally = InputTally()
        var drafts: [ExtractionResult] = []
        parallel.forEachResult(of: input, rules: book, tally: &tally) { drafts.append($0) }
        if tally.nothingRead { try tally.finish() }
        let report: LintReport
        do { report = try ArchiveChecker(store: store).report(for: drafts) } catch { Diagnostics.fail("\(error)") }
        let colour = isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        var output = OutputBuffer()
        output.write(format.render(report, style: OutputStyle(colour: colour)))
        output.flush()
        try tally.finish(failed: report.fails(strict: strict))
    }
}
