import ArgumentParser
import Foundation
import Verbatim

/// `verbatim archive verify`: `verify` over everything archived, with bounded memory.
struct ArchiveVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Cross-check every archived article against the others, with bounded memory.",
        discussion: """
        Like `verbatim verify` over all the archived articles, without loading them: each quotation is \
        compared only with the few earlier quotations of other articles that share a wording sketch (found \
        through an index), and each person's spellings are read one person at a time. Reports \
        speaker-conflict (the same words given to different people), wording-divergence (one speaker, words \
        changed; a word diff [-removed-] {+added+}) and name-variant (one person spelled differently), with \
        the severities and messages of Rules/verification/findings.yml. Findings are written as they are found.

        Exit status: 0 when no finding is an error, 1 when one is, 2 on a usage or database error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var archive: ArchiveOptions

    @Option(name: .long, help: "Output format: text (one line per finding) or json.")
    var format: Format = .text

    func run() throws {
        try Self.verify(archive.openStore(book: archive.loadRules(), readOnly: true), json: format == .json)
    }

    /// Verifies everything in `store`, writing each finding as it is found (a line of text, or an element
    /// of a JSON `findings` array); exit status 1 when a finding is an error. `verbatim verify --db` runs
    /// this too.
    static func verify(_ store: ArchiveStore, json: Bool) throws {
        var output = OutputBuffer()
        var first = true, errors = false
        if json { output.write("{\"findings\": [") }
        let summary: ArchiveVerificationSummary
        do {
            summary = try ArchiveVerifier(store: store).run { finding in
                errors = errors || finding.severity == .error
                if json {
                    output.write((first ? "\n  " : ",\n  ") + finding.jsonValue.rendered(pretty: false))
                    first = false
                } else {
                    output.write(FindingsText().render(finding, source: nil))
                }
            }
        } catch { Diagnostics.fail("\(error)") }
        if json {
            output.write(first ? "]}\n" : "\n]}\n")
        } else {
            let counts = summary.findings.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            output.write("\(summary.quotations) quotations, \(summary.comparisons) pairs compared: \(counts.isEmpty ? "no findings" : counts)\n")
        }
        output.flush()
        if errors { throw ExitCode(1) }
    }
}
