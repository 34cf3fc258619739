/// The text a finding points into, so that writers can quote the offending line (text) or compute where a
/// range ends (SARIF regions).
public struct FindingSource: Sendable {
    /// The path findings use for this text.
    public let path: String
    /// The document text, UTF-8.
    public let bytes: [UInt8]
    /// Lines and columns of `bytes`.
    public let lineIndex: LineIndex

    /// A source for `bytes`, indexing its lines unless an index is given.
    public init(path: String, bytes: [UInt8], lineIndex: LineIndex? = nil) {
        self.path = path
        self.bytes = bytes
        self.lineIndex = lineIndex ?? LineIndex(bytes)
    }

    /// The 1-based line and column of the end of `range` (the position just after its last character),
    /// treating a range that ends with a line break as ending on that line.
    public func end(of range: Range<Int>) -> (line: Int, column: Int) {
        let end = min(max(range.upperBound, range.lowerBound), bytes.count)
        if end > range.lowerBound, end > 0, bytes[end - 1] == UInt8(ascii: "\n") {
            let before = lineIndex.location(of: end - 1)
            return (before.line, before.column)
        }
        return lineIndex.location(of: end)
    }
}

/// Looks up the ``FindingSource`` of each path.
public struct FindingSources: Sendable {
    private var byPath: [String: FindingSource] = [:]

    /// A lookup of `sources` by path (a later source replaces an earlier one with the same path).
    public init(_ sources: [FindingSource] = []) {
        for source in sources { byPath[source.path] = source }
    }

    /// Adds (or replaces) the source of `source.path`.
    public mutating func add(_ source: FindingSource) { byPath[source.path] = source }

    /// The source of `path`, if known.
    public subscript(path: String) -> FindingSource? { byPath[path] }
}
