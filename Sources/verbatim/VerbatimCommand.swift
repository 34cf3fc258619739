import ArgumentParser
import Foundation
import Verbatim

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Find quotations in news text, tie them to speakers, and check who said what.",
        discussion: """
        Start with `verbatim extract ARTICLE…` to list the quotations of some articles, `verbatim lint DRAFT` \
        to check a draft before publishing, `verbatim archive add ARTICLE…` then `verbatim check DRAFT` to hold a draft \
        to what was said before. Every subcommand has its own --help.

        Exit status: 0 on success, 1 when a check finds an error, 2 on a usage or input error.
        """,
        version: VerbatimVersion.current,
        subcommands: [Extract.self, Lint.self, Verify.self, Report.self, Archive.self, Check.self, Bench.self, VerifyBench.self,
                      FitAttribution.self]
    )

    /// Runs the command, turning usage errors into exit status 2 (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
