/// Why a document could not be read. Each description is one line that names the file and the position.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path does not exist.
    case notFound(path: String)
    /// The path exists but could not be read (permissions, a directory given to ``DocumentReader/read(path:)``, I/O error).
    case unreadable(path: String, reason: String)
    /// The file has no bytes, or only whitespace (for HTML: no visible text).
    case empty(path: String)
    /// The file looks binary: it has a NUL byte, or many control bytes near its start.
    /// `offset` is the byte offset of the first such byte.
    case binary(path: String, offset: Int)
    /// The file is not valid UTF-8; `offset` is the byte offset of the first invalid byte.
    case invalidUTF8(path: String, offset: Int)
    /// The file is bigger than the reader's limit.
    case tooLarge(path: String, size: Int, limit: Int)
    /// The YAML front matter could not be parsed; `line` is the 1-based line in the file.
    case malformedFrontMatter(path: String, line: Int, reason: String)

    /// The path the error names.
    public var path: String {
        switch self {
        case let .notFound(path), let .unreadable(path, _), let .empty(path), let .binary(path, _),
             let .invalidUTF8(path, _), let .tooLarge(path, _, _), let .malformedFrontMatter(path, _, _):
            return path
        }
    }

    /// One line naming the file, the position and the problem.
    public var description: String {
        switch self {
        case let .notFound(path):
            return "\(path): no such file or directory"
        case let .unreadable(path, reason):
            return "\(path): cannot read: \(reason)"
        case let .empty(path):
            return "\(path): no text to read (the file is empty or only whitespace)"
        case let .binary(path, offset):
            return "\(path): looks like a binary file (control byte at byte \(offset)); "
                + "expected plain text, Markdown or HTML"
        case let .invalidUTF8(path, offset):
            return "\(path): invalid UTF-8 at byte \(offset); pass --lossy to replace bad bytes"
        case let .tooLarge(path, size, limit):
            return "\(path): too large (\(size) bytes; the limit is \(limit) bytes)"
        case let .malformedFrontMatter(path, line, reason):
            return "\(path):\(line): malformed front matter: \(reason)"
        }
    }
}
