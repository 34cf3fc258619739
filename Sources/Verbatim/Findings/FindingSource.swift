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
        lineIndex.location(of: endOffset(of: range))
    }

    /// The 1-based line and UTF-8 byte column (1 + bytes before it on its line) of `offset`, as reviewdog
    /// counts columns.
    public func byteLocation(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(offset, 0), bytes.count)
        return (lineIndex.location(of: clamped).line, clamped - lineIndex.lineRange(containing: clamped).lowerBound + 1)
    }

    /// ``end(of:)`` with the column counted in UTF-8 bytes.
    public func byteEnd(of range: Range<Int>) -> (line: Int, column: Int) {
        byteLocation(of: endOffset(of: range))
    }

    /// Where `range` ends, clamped to the text; a range ending with a line break ends before it, on its line.
    private func endOffset(of range: Range<Int>) -> Int {
        let end = min(max(range.upperBound, range.lowerBound), bytes.count)
        if end > range.lowerBound, end > 0, bytes[end - 1] == UInt8(ascii: "\n") { return end - 1 }
        return end
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
