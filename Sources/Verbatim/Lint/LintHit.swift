/// What a check reports before the ``Linter`` turns it into a ``Finding`` (adding path, line, column and
/// the configured severity).
struct LintHit {
    /// The offending bytes.
    var range: Range<Int>
    var message: String
    var suggestion: String?
    /// Byte ranges in the same document that explain the hit.
    var related: [Range<Int>] = []
}

/// A matching error in a lint rule: the rule's pattern gave up on a document (PCRE2's match or depth
/// limit), which means the pattern backtracks catastrophically.
public struct LintError: Error, Sendable, CustomStringConvertible {
    /// The rule whose pattern failed.
    public var rule: String
    /// Where the rule is defined.
    public var origin: PatternOrigin
    /// The document being linted.
    public var path: String
    /// PCRE2's reason.
    public var reason: String

    /// An error for `rule` (defined at `origin`) on the document at `path`.
    public init(rule: String, origin: PatternOrigin, path: String, reason: String) {
        self.rule = rule
        self.origin = origin
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let place = origin.file.map { file in origin.line.map { "\(file):\($0)" } ?? file } ?? "rule file"
        return "\(place): rule '\(rule)' gave up on \(path): \(reason); "
            + "its pattern backtracks too much: make it more specific or disable the rule"
    }
}
