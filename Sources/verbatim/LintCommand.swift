import ArgumentParser
import Foundation
import Verbatim

/// `verbatim lint`: check articles before publishing, the way Vale or SwiftLint check prose and code.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check articles for broken quotations, attributions and names before publishing.",
        discussion: """
        Rules live in the rules folder under lint/, one YAML entry per rule; \
        `verbatim lint --list-rules` lists them. A .verbatim.yml found from the \
        current directory upwards (or --config FILE) switches them on and off:

          disabled_rules: [vague-source]
          enabled_rules: [honorific-period]   # opt-in house style
          severity: {unattributed-quote: warning}
          rule_folders: [house-rules]         # relative to the file
          known_names: people.yml             # names and their variants
          archive: .verbatim/archive.sqlite   # the quote archive of `verbatim check`

        Command-line options override the file, which overrides the rules. \
        In Markdown, <!-- verbatim-disable rule-id --> and \
        <!-- verbatim-enable rule-id --> silence a rule between them \
        (without an id: every rule).

        Examples:
          verbatim lint story.md
          verbatim lint --format sarif drafts/ > lint.sarif
          verbatim lint --format github drafts/     (in a GitHub Actions step)
          verbatim lint --format rdjson drafts/ | reviewdog -f=rdjson
          verbatim lint --only stray-period-in-name story.txt
          cat story.md | verbatim lint --stdin-filename story.md
          verbatim lint --strict --format json drafts/
          verbatim lint --changed-lines origin/main drafts/   # only lines a branch changed

        \(InputTally.help) The others are linted.

        Exit status: 0 when clean (suggestions allowed) and every document \
        was read; 1 when an error is found (or a warning, with --strict), \
        when some documents were refused, or both (the refused ones are named \
        on standard error, the findings on standard output); 2 on a usage \
        error or when no document could be read.
        """)

    enum Colour: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Option(name: .long, help: "How to write the findings.")
    var format = FormatOption<LintReport>.defaultFormat

    @Flag(name: .long, help: "Fail (exit 1) on warnings too, not only on errors.")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("Run only this rule (repeatable); opt-in rules included.", valueName: "rule-id"))
    var only: [String] = []

    @Option(name: .long, help: ArgumentHelp("Switch a rule on (repeatable), e.g. an opt-in house-style rule.", valueName: "rule-id"))
    var enable: [String] = []

    @Option(name: .long, help: ArgumentHelp("Switch a rule off (repeatable).", valueName: "rule-id"))
    var disable: [String] = []

    @Option(name: .customLong("stdin-filename"),
            help: ArgumentHelp("Read standard input as this file (its name is used in findings and picks the format).",
                               valueName: "name"))
    var stdinFilename: String?

    @OptionGroup var rules: RulesOption

    @Option(name: .long, help: ArgumentHelp("The configuration file (default: the nearest .verbatim.yml upwards).",
                                            valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: Colour = .auto

    @Flag(name: .long, help: "Replace invalid UTF-8 bytes with U+FFFD instead of failing.")
    var lossy = false

    @Option(name: .customLong("changed-lines"),
            help: ArgumentHelp("Report only findings on lines changed since this git revision (git diff REF); a file git does not track counts as changed.",
                               valueName: "git-ref"))
    var changedLines: String?

    @Flag(name: .customLong("list-rules"), help: "List the rules, whether each is on, and its severity, then exit.")
    var listRules = false

    @Argument(help: ArgumentHelp("Articles or folders (.txt, .md, .html); '-' or nothing reads standard input.",
                                 valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let linter = try makeLinter()
        if listRules {
            print(ruleListing(linter), terminator: "")
            return
        }
        var tally = InputTally()
        let documents = try readDocuments(tally: &tally)
        if documents.isEmpty && tally.refused > 0 { try tally.finish() }
        var report: LintReport
        do {
            report = try linter.report(for: documents, refused: { tally.refuse($0) })
            tally.succeeded = report.documentCount
            if tally.nothingRead { try tally.finish() }
            if let revision = changedLines {
                if documents.contains(where: { $0.path == "-" || $0.path == stdinFilename }) {
                    throw fail("--changed-lines compares files with git; it cannot read standard input")
                }
                report = try report.keepingChangedLines(ChangedLines(since: revision), paths: documents.map(\.path))
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail("\(error)")
        }
        let colour = color == .always || (color == .auto && isatty(STDOUT_FILENO) == 1
                                           && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)
        let output = format.render(report, style: OutputStyle(colour: colour))
        FileHandle.standardOutput.write(Data(output.utf8))
        try tally.finish(failed: report.fails(strict: strict))
    }

    /// The rule set and configuration, with command-line options on top; usage errors exit with 2.
    private func makeLinter() throws -> Linter {
        do {
            let book = try rules.book()
            var configuration = try LintConfiguration.resolve(explicit: config,
                                                              from: FileManager.default.currentDirectoryPath)
            configuration = configuration.applying(LintOptions(only: only, enable: enable, disable: disable))
            let ruleSet = try LintRuleSet(book: book, extraFolders: configuration.ruleFolders)
            let unknownOnCommandLine = Set(only + enable + disable).subtracting(ruleSet.ids).sorted()
            if !unknownOnCommandLine.isEmpty {
                throw fail("unknown rule id \(unknownOnCommandLine.joined(separator: ", ")); `verbatim lint --list-rules` lists them")
            }
            for id in configuration.unknownRuleIDs(in: ruleSet) {
                warn("\(configuration.file ?? "configuration"): unknown rule id '\(id)'")
            }
            return Linter(rules: ruleSet, configuration: configuration)
        } catch let error as ExitCode {
            throw error
        } catch {
            throw fail("\(error)")
        }
    }

    /// The documents to lint; refused ones are counted in `tally` and named on standard error.
    private func readDocuments(tally: inout InputTally) throws -> [Document] {
        if paths.isEmpty && isatty(STDIN_FILENO) == 1 {
            throw fail("give an article or folder to lint, or pipe text in (with --stdin-filename to name it)")
        }
        let inputs = paths.isEmpty ? ["-"] : paths
        if stdinFilename != nil && !inputs.contains("-") {
            throw fail("--stdin-filename names standard input: pass '-' or no path")
        }
        return tally.documents(from: DocumentSource(paths: inputs, reader: DocumentReader(lossy: lossy),
                                                    standardInputName: stdinFilename ?? "-"))
    }

    private func ruleListing(_ linter: Linter) -> String {
        let width = linter.rules.rules.map(\.id.count).max() ?? 0
        return linter.rules.rules.map { rule in
            let on = linter.configuration.isEnabled(rule) ? "on " : "off"
            let severity = linter.configuration.severity(of: rule).rawValue
            return rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                + "  \(on)  \(severity.padding(toLength: 10, withPad: " ", startingAt: 0))  \(rule.description)\n"
        }.joined()
    }

    /// Prints `message` as an error on standard error and returns the exit code for usage/input errors.
    private func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("verbatim: error: \(message)\n".utf8))
        return ExitCode(2)
    }

    private func warn(_ message: String) {
        FileHandle.standardError.write(Data("verbatim: warning: \(message)\n".utf8))
    }
}
