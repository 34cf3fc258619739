/// Writes what a command produced in one output format: the one interface behind every `--format`.
///
/// Each format is its own type with a short ``identifier`` (what `--format` takes), a one-line
/// ``description`` (what `--help` shows beside it) and ``render(_:style:)``. The formats a command offers
/// are the reporters its subject lists in ``Reportable/reporters``, so `lint`, `verify` and `report`
/// list their formats the same way.
public protocol Reporter<Subject> {
    /// What the reporter writes: a ``LintReport``, a ``VerificationRun``, an ``AttributionReport``.
    associatedtype Subject

    /// The name `--format` takes, such as `json` or `sarif`.
    static var identifier: String { get }
    /// One line saying what the format is for, shown in `--help`.
    static var description: String { get }
    /// The whole output for `subject`, ending with a line feed.
    static func render(_ subject: Subject, style: OutputStyle) -> String
}

/// How a reporter may decorate its output; only formats meant for people use it.
public struct OutputStyle: Sendable, Hashable {
    /// Colour the output with ANSI escapes (commands ask for it on a terminal only).
    public var colour: Bool

    /// A style; no colour unless asked.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// No decoration.
    public static let plain = OutputStyle()
}

/// Something a command produces that can be written in several formats: it names its reporters, first the
/// default one. This list is the registry each command's `--format` reads.
public protocol Reportable {
    /// The formats this subject can be written in, the default first.
    static var reporters: [any Reporter<Self>.Type] { get }
}

extension Reportable {
    /// The reporter whose ``Reporter/identifier`` is `identifier`, if there is one.
    public static func reporter(named identifier: String) -> (any Reporter<Self>.Type)? {
        reporters.first { $0.identifier == identifier }
    }

    /// This subject in the format named `identifier`, or `nil` when no reporter has that name.
    public func rendered(as identifier: String, style: OutputStyle = .plain) -> String? {
        Self.reporter(named: identifier)?.render(self, style: style)
    }
}
