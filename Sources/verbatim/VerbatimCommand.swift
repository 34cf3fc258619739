import ArgumentParser
import Verbatim

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Find quotations in news text, tie them to speakers, and check who said what.",
        version: "0.1.0",
        subcommands: [Extract.self, Lint.self, Bench.self]
    )
}
