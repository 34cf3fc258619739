/// Maps byte offsets in a UTF-8 text to 1-based lines and columns.
///
/// Lines end at `\n`; a `\r` before it belongs to the line ending, not to the line's text.
/// The index keeps the text (a copy-on-write array, so building it from a document's bytes costs no copy)
/// because columns are counted in Unicode scalars.
public struct LineIndex: Sendable {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; always begins with 0.
    private let lineStarts: [Int]

    /// Indexes `bytes`, which must be valid UTF-8.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = bytes.withUnsafeBufferPointer { Self.lineStarts(in: $0) }
    }

    /// Indexes a copy of `bytes`, which must be valid UTF-8.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(Array(bytes))
    }

    /// The number of lines; text ending in a newline has an empty last line after it.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line and 1-based column of a byte offset; the column counts Unicode scalars from
    /// the start of the line. Offsets outside the text are clamped to it.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = min(max(offset, 0), bytes.count)
        let line = lineNumber(of: clamped)
        return (line, scalars(from: lineStarts[line - 1], to: clamped) + 1)
    }

    /// The location of `offset`, counted on from an earlier known location (`known`, as returned by
    /// ``location(of:)``) when both are on one line: writers that visit offsets in text order then read
    /// each stretch of a line once instead of once per offset from the start of its line.
    public func location(of offset: Int, after known: (offset: Int, line: Int, column: Int)) -> (line: Int, column: Int) {
        guard offset >= known.offset, offset <= bytes.count, known.offset >= 0 else { return location(of: offset) }
        let line = lineNumber(of: offset)
        guard line == known.line, lineStarts[line - 1] <= known.offset else { return location(of: offset) }
        return (line, known.column + scalars(from: known.offset, to: offset))
    }

    /// The number of Unicode scalars in `start..<end` (the bytes that are not UTF-8 continuation bytes).
    private func scalars(from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0, index = start
            if let base = buffer.baseAddress {
                // Eight bytes at a time: continuation bytes are 10xxxxxx.
                while index + 8 <= end {
                    let chunk = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    count += 8 - ByteLanes.count(chunk & ~(chunk << 1) & ByteLanes.high)
                    index += 8
                }
            }
            while index < end {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    /// The byte range of the line holding `offset`, without its `\n` or `\r\n`.
    public func lineRange(containing offset: Int) -> Range<Int> {
        let clamped = min(max(offset, 0), bytes.count)
        let line = lineNumber(of: clamped)
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") && end < bytes.count { end -= 1 }
        return start..<end
    }

    /// The 1-based line holding `offset` (already clamped): the last line start at or before it.
    private func lineNumber(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }

    private static func lineStarts(in buffer: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(buffer.count / 48 + 1)
        for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        return starts
    }
}
