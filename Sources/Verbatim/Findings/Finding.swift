/// A place in a document: a UTF-8 byte range and the 1-based line and column (Unicode scalars) where it starts.
public struct Location: Sendable, Hashable, Codable {
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

    enum CodingKeys: String, CodingKey { case path, start, end, line, column }

    /// Decodes `{"path", "start", "end"}`; `line` and `column` are optional (1 when absent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "end before start")
        }
        range = start..<end
        line = try container.decodeIfPresent(Int.self, forKey: .line) ?? 1
        column = try container.decodeIfPresent(Int.self, forKey: .column) ?? 1
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(range.lowerBound, forKey: .start)
        try container.encode(range.upperBound, forKey: .end)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
    }
}

/// One problem found in a document by `lint` (or, later, `verify`): which rule, how serious, where, and
/// what to do about it.
///
/// Its `Codable` form is the JSON shape of ``FindingsJSON``: `rule`, `severity`, `message`, `path`,
/// `start`, `end` (UTF-8 byte offsets), `line`, `column`, `suggestion` and `related`.
public struct Finding: Sendable, Hashable, Codable {
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

    /// Where the finding is, as a ``Location``.
    public var location: Location { Location(path: path, range: range, line: line, column: column) }

    enum CodingKeys: String, CodingKey { case rule, severity, message, path, start, end, line, column, suggestion, related }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        let location = try Location(from: decoder)   // path, start, end, line, column
        path = location.path
        range = location.range
        line = location.line
        column = location.column
        suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        related = try container.decodeIfPresent([Location].self, forKey: .related) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rule, forKey: .rule)
        try container.encode(severity, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(path, forKey: .path)
        try container.encode(range.lowerBound, forKey: .start)
        try container.encode(range.upperBound, forKey: .end)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(suggestion, forKey: .suggestion)
        try container.encode(related, forKey: .related)
    }

    /// Document order: by path, then start offset, then end offset, then rule id.
    public static func documentOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.range.lowerBound != rhs.range.lowerBound { return lhs.range.lowerBound < rhs.range.lowerBound }
        if lhs.range.upperBound != rhs.range.upperBound { return lhs.range.upperBound < rhs.range.upperBound }
        return lhs.rule < rhs.rule
    }
}
