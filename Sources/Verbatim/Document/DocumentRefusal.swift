/// A document that could not be processed, and why: what a run reports in the document's place before
/// going on with the others.
///
/// Every error that stops one document (and not the whole run) becomes a refusal: a file that cannot be read
/// (``DocumentError``), a text a rule pattern gave up on (``PatternError``), a JSON Lines record that is not
/// valid JSON or has no text.
public struct DocumentRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, as the short code JSON Lines error records carry.
    public enum Code: String, Sendable, CaseIterable {
        /// A NUL byte or many control bytes: not text.
        case binary
        /// No bytes, or only whitespace (for HTML: no visible text).
        case empty
        /// Invalid UTF-8 (and no `--lossy`).
        case invalidUTF8 = "invalid-utf8"
        /// Missing, a directory, not a regular file, a broken link or an I/O error.
        case unreadable
        /// Bigger than the reader's limit.
        case tooLarge = "too-large"
        /// A rule pattern exceeded PCRE2's match or depth limit on this text.
        case matchLimit = "match-limit"
        /// YAML front matter that does not parse.
        case malformedFrontMatter = "malformed-front-matter"
        /// A JSON Lines line that is not valid JSON.
        case malformedJSON = "malformed-json"
        /// A JSON Lines line that is valid JSON but not a document (no `"text"` string, a bad field).
        case malformedRecord = "malformed-record"
    }

    /// The document's path (for a JSON Lines record: its id, else `source:line`).
    public var path: String
    /// The JSON Lines record's `"id"`, when it had one.
    public var id: DocumentID?
    /// What went wrong.
    public var code: Code
    /// One line naming the document, the position and the problem.
    public var message: String
    /// The byte offset of the problem in the document (in a JSON Lines line, for ``Code/malformedJSON``).
    public var byte: Int?
    /// The 1-based line of the problem: the JSON Lines line, or the front matter's line.
    public var line: Int?

    /// Creates a refusal from its parts.
    public init(path: String, id: DocumentID? = nil, code: Code, message: String, byte: Int? = nil, line: Int? = nil) {
        self.path = path
        self.id = id
        self.code = code
        self.message = message
        self.byte = byte
        self.line = line
    }

    /// The refusal for a file or text the reader would not take.
    public init(_ error: DocumentError, id: DocumentID? = nil) {
        switch error {
        case let .notFound(path), let .unreadable(path, _):
            self.init(path: path, id: id, code: .unreadable, message: error.description)
        case let .empty(path):
            self.init(path: path, id: id, code: .empty, message: error.description)
        case let .binary(path, offset):
            self.init(path: path, id: id, code: .binary, message: error.description, byte: offset)
        case let .invalidUTF8(path, offset):
            self.init(path: path, id: id, code: .invalidUTF8, message: error.description, byte: offset)
        case let .tooLarge(path, _, _):
            self.init(path: path, id: id, code: .tooLarge, message: error.description)
        case let .malformedFrontMatter(path, line, _):
            self.init(path: path, id: id, code: .malformedFrontMatter, message: error.description, line: line)
        }
    }

    /// The refusal for a document whose processing failed with `error` (a ``PatternError`` past its match
    /// limit, or any ``DocumentError``).
    public init(document: Document, error: any Error) {
        if let error = error as? DocumentError {
            self.init(error, id: document.id)
        } else if let error = error as? DocumentRefusal {
            self = error
        } else {
            self.init(path: document.path, id: document.id, code: .matchLimit, message: "\(document.path): \(error)")
        }
    }

    public var description: String { message }
}

/// The `"id"` of a JSON Lines record, kept as it was written: a string or a number.
public enum DocumentID: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A JSON string (unescaped).
    case string(String)
    /// A JSON number, as written.
    case number(String)

    /// The id as text (a number as written).
    public var description: String {
        switch self {
        case let .string(text), let .number(text): return text
        }
    }
}
