/// Where a pattern came from, so that errors can point at the rule that caused them.
public struct PatternOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The rule file the pattern was read from, if any.
    public var file: String?
    /// The 1-based line of the pattern in that file, if known.
    public var line: Int?
    /// The rule or pattern identifier, if any.
    public var rule: String?

    public init(file: String? = nil, line: Int? = nil, rule: String? = nil) {
        self.file = file
        self.line = line
        self.rule = rule
    }

    public var description: String {
        var parts: [String] = []
        if let file {
            parts.append(line.map { "\(file):\($0)" } ?? file)
        }
        if let rule { parts.append("rule '\(rule)'") }
        return parts.isEmpty ? "built-in pattern" : parts.joined(separator: ", ")
    }
}

/// An error raised by the PCRE2 layer: a pattern that does not compile, or a match that PCRE2 gave up on.
public enum PatternError: Error, Sendable, CustomStringConvertible {
    /// The pattern does not compile; `offset` is the byte offset in the pattern where PCRE2 stopped.
    case compile(message: String, offset: Int, pattern: String, origin: PatternOrigin)
    /// A match failed with an error such as the match limit (a catastrophic pattern or input).
    case match(code: Int32, message: String, origin: PatternOrigin)

    public var description: String {
        switch self {
        case let .compile(message, offset, pattern, origin):
            return "\(origin): pattern does not compile at offset \(offset): \(message)\n  \(pattern)"
        case let .match(code, message, origin):
            return "\(origin): matching failed (PCRE2 error \(code)): \(message)"
        }
    }
}
