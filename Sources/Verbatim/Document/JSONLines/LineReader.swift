import Foundation

/// Reads a file or standard input line by line with a fixed buffer, so that memory stays flat however long
/// the stream is: only the line being read is held.
final class LineReader {
    /// One line without its line feed (a carriage return before it is kept), or a line longer than the limit.
    enum Line {
        case text([UInt8], number: Int)
        /// The line was longer than ``maxLineLength``; its bytes were skipped.
        case tooLong(length: Int, number: Int)
    }

    /// The longest line kept, in bytes.
    let maxLineLength: Int
    private let descriptor: Int32
    private let closesDescriptor: Bool
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    private static let chunkSize = 1 << 20

    /// Reads standard input (`-`) or the file at `path`.
    /// - Throws: ``DocumentError/unreadable(path:reason:)`` when the file cannot be opened.
    init(path: String, maxLineLength: Int) throws(DocumentError) {
        self.maxLineLength = maxLineLength
        if path == "-" {
            descriptor = STDIN_FILENO
            closesDescriptor = false
        } else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .unreadable(path: path, reason: "is a directory (give JSON Lines files or '-')")
            }
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                if errno == ENOENT { throw .notFound(path: path) }
                throw .unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            closesDescriptor = true
        }
        buffer.reserveCapacity(Self.chunkSize * 2)
    }

    deinit {
        if closesDescriptor { close(descriptor) }
    }

    /// The next line, or nil at the end of the stream (a last line without a line feed still counts).
    /// - Throws: ``DocumentError/unreadable(path:reason:)`` on a read error (`path` is filled in by the caller).
    func next() throws(DocumentError) -> Line? {
        var searchFrom = start
        var skipped = 0
        while true {
            if let newline = Self.firstLineFeed(in: buffer, from: searchFrom) {
                lineNumber += 1
                defer { start = newline + 1 }
                if skipped > 0 { return .tooLong(length: skipped + newline - start, number: lineNumber) }
                return .text(Array(buffer[start..<newline]), number: lineNumber)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                lineNumber += 1
                defer { buffer.removeAll(keepingCapacity: true); start = 0 }
                if skipped > 0 { return .tooLong(length: skipped + buffer.count - start, number: lineNumber) }
                return .text(Array(buffer[start...]), number: lineNumber)
            }
            // No line feed yet: drop what was consumed, and the line so far if it is already too long.
            buffer.removeSubrange(0..<start)
            start = 0
            if buffer.count > maxLineLength {
                skipped += buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            searchFrom = buffer.count
            try fill()
        }
    }

    /// Appends up to one chunk from the descriptor; sets ``atEnd`` at the end of the stream.
    private func fill() throws(DocumentError) {
        let count = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        var received = -1
        while received < 0 {
            received = buffer.withUnsafeMutableBufferPointer { read(descriptor, $0.baseAddress! + count, Self.chunkSize) }
            if received < 0 && errno != EINTR {
                buffer.removeSubrange(count...)
                throw .unreadable(path: "", reason: String(cString: strerror(errno)))
            }
        }
        buffer.removeSubrange((count + received)...)
        if received == 0 { atEnd = true }
    }

    private static func firstLineFeed(in buffer: [UInt8], from start: Int) -> Int? {
        guard start < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return nil }
            return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}
