/// One input of a run, in input order: a document ready to process, or why one could not be read.
public enum DocumentInput: Sendable {
    case document(Document)
    case refused(DocumentRefusal)

    /// The document, unless it was refused.
    public var document: Document? {
        if case let .document(document) = self { return document }
        return nil
    }
}

/// The documents named on a command line, read one at a time as they are asked for, each unreadable one
/// as a ``DocumentRefusal`` in its place: a run goes on past a bad file or a bad JSON line, and holds in
/// memory only the documents it is working on.
///
/// ```swift
/// for input in DocumentSource(paths: ["articles/"]) {
///     switch input {
///     case .document(let document): print(document.path)
///     case .refused(let refusal): print(refusal.message)
///     }
/// }
/// ```
public struct DocumentSource: Sequence {
    /// How the paths hold documents.
    public enum Layout: String, Sendable, CaseIterable {
        /// One document per file (plain text, Markdown, HTML); folders are searched as
        /// ``DocumentReader/entries(for:)`` lists them.
        case files
        /// One document per line of each file, as a JSON object (see ``JSONLinesRecord``).
        case jsonLines = "jsonl"
    }

    /// The paths as given (`-` is standard input).
    public let paths: [String]
    /// How files are checked and decoded (lossy repair, size limit).
    public let reader: DocumentReader
    /// How the paths hold documents.
    public let layout: Layout
    /// The name standard input goes by in ``Layout/files`` (its extension picks the format).
    public let standardInputName: String

    /// Creates a source; nothing is read until it is iterated.
    public init(paths: [String], reader: DocumentReader = DocumentReader(), layout: Layout = .files,
                standardInputName: String = "-") {
        self.paths = paths
        self.reader = reader
        self.layout = layout
        self.standardInputName = standardInputName
    }

    public func makeIterator() -> Iterator {
        Iterator(source: self)
    }

    /// Reads the next document when asked.
    public struct Iterator: IteratorProtocol {
        private let source: DocumentSource
        private var entries: [Result<String, DocumentError>]?
        private var position = 0
        private var lines: (reader: LineReader, name: String)?

        init(source: DocumentSource) {
            self.source = source
        }

        public mutating func next() -> DocumentInput? {
            while true {
                if let (lineReader, name) = lines {
                    if let input = nextRecord(lineReader, name) { return input }
                    lines = nil
                }
                // Folders are listed when the first document is asked for, not when the source is made.
                if entries == nil {
                    entries = source.layout == .files ? source.reader.entries(for: source.paths) : source.paths.map { .success($0) }
                }
                guard let entries, position < entries.count else { return nil }
                let entry = entries[position]
                position += 1
                switch (entry, source.layout) {
                case let (.failure(error), _):
                    return .refused(DocumentRefusal(error))
                case let (.success(path), .files):
                    return read(path)
                case let (.success(path), .jsonLines):
                    do {
                        lines = (try LineReader(path: path, maxLineLength: source.reader.maxFileSize), path)
                    } catch {
                        return .refused(DocumentRefusal(error))
                    }
                }
            }
        }

        private func read(_ path: String) -> DocumentInput {
            do {
                if path == "-" { return .document(try source.reader.readStandardInput(name: source.standardInputName)) }
                return .document(try source.reader.read(path: path))
            } catch {
                return .refused(DocumentRefusal(error))
            }
        }

        /// The next record of a JSON Lines stream, or nil at its end; a read error ends the stream.
        private mutating func nextRecord(_ lineReader: LineReader, _ name: String) -> DocumentInput? {
            while true {
                let line: LineReader.Line?
                do {
                    line = try lineReader.next()
                } catch {
                    guard case let .unreadable(_, reason) = error else { return .refused(DocumentRefusal(error)) }
                    lines = nil
                    return .refused(DocumentRefusal(.unreadable(path: name, reason: reason)))
                }
                switch line {
                case nil:
                    return nil
                case let .tooLong(length, number):
                    return JSONLinesRecord.tooLong(length, number: number, source: name, limit: lineReader.maxLineLength)
                case let .text(bytes, number):
                    if let input = JSONLinesRecord.input(line: bytes, number: number, source: name, reader: source.reader) {
                        return input
                    }
                }
            }
        }
    }
}

extension Sequence where Element == DocumentInput {
    /// Calls `body` with the inputs in order, `size` at a time (the last batch may be smaller): how a run
    /// extracts a stream batch by batch, holding one batch in memory.
    public func forEachBatch(of size: Int, _ body: ([DocumentInput]) throws -> Void) rethrows {
        var batch: [DocumentInput] = []
        batch.reserveCapacity(size)
        for input in self {
            batch.append(input)
            if batch.count >= size {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }
}
