/// An error in a rule file: it cannot be read, is not valid YAML, or says something Verbatim cannot use.
public struct RuleError: Error, Sendable, CustomStringConvertible {
    /// The rule file.
    public var file: String
    /// The 1-based line the problem is on, when known.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    public init(file: String, line: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): \(reason)"
    }
}
