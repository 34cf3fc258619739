import Foundation
import Testing

/// Every `--help` reads as flowing paragraphs: the terminal wraps prose, the source never breaks a sentence.
@Suite struct HelpTextTests {
    static let commands: [[String]] = [
        [], ["extract"], ["verify"], ["lint"], ["report"], ["check"], ["bench"], ["fit-attribution"], ["verify-bench"],
        ["archive"], ["archive", "add"], ["archive", "search"], ["archive", "verify"],
    ]

    /// A short prose line followed by one that goes on in lower case is a paragraph broken by a hard line
    /// end in the source ("… verbatim speech whose marks" / "were lost), …").
    @Test(arguments: commands) func proseIsNotBrokenMidSentence(_ command: [String]) throws {
        let run = try CLIRunner.run(command + ["--help"])
        #expect(run.status == 0, "\(command)")
        #expect(run.stdout.contains("USAGE:"), "\(command)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for (line, next) in zip(lines, lines.dropFirst()) {
            guard !line.hasPrefix(" "), !next.hasPrefix(" "), line.count < 60, let first = next.first else { continue }
            #expect(!first.isLowercase, "\(command): a sentence breaks after “\(line)”")
        }
    }

    /// Every command that reads rules explains `--rules` the same way, default included (one shared option).
    @Test(arguments: [["extract"], ["verify"], ["lint"], ["report"], ["check"], ["bench"], ["fit-attribution"],
                      ["verify-bench"], ["archive", "add"], ["archive", "search"], ["archive", "verify"]])
    func rulesOptionReadsTheSameEverywhere(_ command: [String]) throws {
        let run = try CLIRunner.run(command + ["--help"])
        #expect(run.stdout.contains("--rules <dir>"), "\(command)")
        #expect(run.stdout.contains("Default: $VERBATIM_RULES, else the Rules/ folder next to the executable."), "\(command)")
    }
}
