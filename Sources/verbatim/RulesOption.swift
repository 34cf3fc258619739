import ArgumentParser
import Verbatim

/// The `--rules` option every command that reads rules shares, with one help text and one way to load.
struct RulesOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The rules folder to use.",
                                            discussion: "Default: $VERBATIM_RULES, else the Rules/ folder next to the executable.",
                                            valueName: "dir"))
    var rules: String?

    /// The folder the rules come from: the option, else the one ``RulesLocator`` finds.
    func folder() throws -> String { try RulesLocator.locate(explicit: rules) }

    /// Reads the rule book, throwing the error that names the file and line.
    func book() throws -> RuleBook { try RuleBook(folder: try folder()) }

    /// Reads the rule book, failing with exit status 2 and the error on standard error.
    func loadRules() -> RuleBook { Diagnostics.loadRules(explicit: rules) }
}
