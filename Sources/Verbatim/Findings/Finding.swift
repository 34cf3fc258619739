/// A place in a document: a UTF-8 byte range and the 1-based line and column (Unicode scalars) where it starts.
public struct Location: Sendable, Hashable {
    /// The document's path as given on the command line (or the `--stdin-filename`).
    public var path: String
    /// UTF-8 byte offsets into the document text.
    public var range: Range<Int>
    /// 1-based line of `range.lowerBound`.
    public var line: Int
    /// 1-based column of `range.lowerBound`, counted in Unicode scalars.
    public var column: Int

    /// A location; `line` and `column` are those of `range.lowerBound`.
    public init(path: String, range: Range<Int>, line: Int, column: Int) {
        self.path = path
        self.range = range
        self.line = line
        self.column = column
    }
}

/// One problem found in a document by `lint` (or, later, `verify`): which rule, how serious, where, and
/// what to do about it.
///
/// Its JSON (``jsonValue``, also its `Codable` form) is defined once, in `Output/Findings/FindingJSON.swift`:
/// `rule`, `severity`, `message`, `path`, `start`, `end` (UTF-8 byte offsets), `line`, `column`, `suggestion`
/// and `related`.
public struct Finding: Sendable, Hashable {
    /// The id of the rule that produced the finding.
    public var rule: String
    /// How serious the finding is (the rule's severity after configuration).
    public var severity: Severity
    /// What is wrong, in one sentence, for an editor.
    public var message: String
    /// The document's path.
    public var path: String
    /// The offending text as a UTF-8 byte range of the document.
    public var range: Range<Int>
    /// 1-based line of `range.lowerBound`.
    public var line: Int
    /// 1-based column of `range.lowerBound`, in Unicode scalars.
    public var column: Int
    /// The replacement text, when the rule knows one.
    public var suggestion: String?
    /// Other places that explain the finding (the earlier attribution, the other spelling of a name).
    public var related: [Location]

    /// A finding; `line` and `column` are those of `range.lowerBound`.
    public init(rule: String, severity: Severity, message: String, path: String, range: Range<Int>,
                line: Int, column: Int, suggestion: String? = nil, related: [Location] = []) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.line = line
        self.column = column
        self.suggestion = suggestion
        self.related = related
    }

    /// The message followed by ` Suggestion: …` when there is one: for formats with one text field
    /// (SARIF, GitHub annotations).
    public var messageWithSuggestion: String {
        suggestion.map { "\(message) Suggestion: \($0)" } ?? message
    }

    /// Where the finding is, as a ``Location``.
    public var location: Location { Location(path: path, range: range, line: line, column: column) }

    /// Document order: by path, then start offset, then end offset, then rule id.
    public static func documentOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound < rhs.range.upperBound }
        return lhs.rule < rhs.rule
    }
}
