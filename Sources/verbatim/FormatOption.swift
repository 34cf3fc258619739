import ArgumentParser
import Verbatim

/// The value of a command's `--format`: one of the reporters its output lists (``Reportable/reporters``),
/// so every command takes, checks and documents its formats the same way — `--help` shows each format with
/// its description, and a new reporter appears there without touching the command.
struct FormatOption<Subject: Reportable>: ExpressibleByArgument {
    /// The chosen format's identifier.
    let identifier: String

    /// The first reporter listed: the command's default format.
    static var defaultFormat: FormatOption {
        FormatOption(identifier: Subject.reporters.first?.identifier ?? "")
    }

    private init(identifier: String) {
        self.identifier = identifier
    }

    init?(argument: String) {
        guard Subject.reporter(named: argument) != nil else { return nil }
        identifier = argument
    }

    static var allValueStrings: [String] { Subject.reporters.map { $0.identifier } }

    static var allValueDescriptions: [String: String] {
        Dictionary(Subject.reporters.map { ($0.identifier, $0.description) }, uniquingKeysWith: { first, _ in first })
    }

    var defaultValueDescription: String { identifier }

    /// `subject` written by the chosen reporter.
    func render(_ subject: Subject, style: OutputStyle = .plain) -> String {
        subject.rendered(as: identifier, style: style) ?? ""
    }
}
