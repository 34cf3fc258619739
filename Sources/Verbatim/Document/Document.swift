/// One article ready for extraction: its text as UTF-8 bytes, where the body starts, and its metadata.
///
/// For plain text and Markdown, ``bytes`` are exactly the file's bytes, so every offset (quotation spans,
/// ``lineIndex`` locations) is an offset into the file. In lossy mode, invalid bytes are first replaced
/// by U+FFFD and offsets refer to the repaired text. For HTML, ``bytes`` are the extracted visible text,
/// one paragraph per line.
public struct Document: Sendable {
    /// Where the document came from (`-` for standard input).
    public let path: String
    /// How the document was read.
    public let format: DocumentFormat
    /// The text as UTF-8: the file's bytes (plain text, Markdown) or the extracted text (HTML).
    public let bytes: [UInt8]
    /// The article text within ``bytes``: after a UTF-8 byte order mark and after YAML front matter.
    public let bodyRange: Range<Int>
    /// Metadata from the front matter (plain text, Markdown) or the page's `<head>` (HTML); for a JSON Lines
    /// record, its `outlet`, `url`, `date` and `title` fields take precedence.
    public internal(set) var metadata: DocumentMetadata
    /// The `"id"` of the JSON Lines record the document came from (nil for files).
    public internal(set) var id: DocumentID?
    /// Maps offsets in ``bytes`` to lines and columns.
    public let lineIndex: LineIndex
    /// How many invalid UTF-8 bytes were replaced with U+FFFD (always 0 unless read in lossy mode).
    public let replacedInvalidBytes: Int

    /// The body (the bytes in ``bodyRange``) as a string.
    public var text: String {
        bytes.withUnsafeBufferPointer { ByteText.string($0, bodyRange) }
    }

    /// Reads a document from raw file bytes.
    ///
    /// The checks run in this order: no bytes → ``DocumentError/empty(path:)``; a NUL byte or many control
    /// bytes → ``DocumentError/binary(path:offset:)``; invalid UTF-8 → ``DocumentError/invalidUTF8(path:offset:)``
    /// (unless `lossy`, which replaces each bad sequence with U+FFFD and counts the bytes in
    /// ``replacedInvalidBytes``); malformed front matter → ``DocumentError/malformedFrontMatter(path:line:reason:)``;
    /// a body that is only whitespace (for HTML: no visible text) → ``DocumentError/empty(path:)``.
    ///
    /// An HTML file that is not valid UTF-8 but declares another encoding libxml2 supports
    /// (`<meta charset="windows-1252">`) is decoded from that encoding instead.
    ///
    /// - Parameters:
    ///   - path: The file's path, used in errors and to pick the format.
    ///   - data: The file's bytes.
    ///   - format: How to read the bytes; defaults to ``DocumentFormat/init(path:)``.
    ///   - lossy: Whether to repair invalid UTF-8 instead of failing.
    public init(path: String, data: [UInt8], format: DocumentFormat? = nil, lossy: Bool = false) throws(DocumentError) {
        let format = format ?? DocumentFormat(path: path)
        guard !data.isEmpty else { throw .empty(path: path) }
        if let offset = data.withUnsafeBufferPointer({ UTF8Validation.firstBinaryByte(in: $0) }) {
            throw .binary(path: path, offset: offset)
        }
        let invalidOffset = data.withUnsafeBufferPointer { UTF8Validation.firstInvalidByte(in: $0) }

        var bytes = data
        var replaced = 0
        var metadata = DocumentMetadata()
        var bodyRange: Range<Int>

        switch format {
        case .html:
            let legacyEncoding = invalidOffset == nil ? nil : data.withUnsafeBufferPointer {
                HTMLCharset.legacyEncoding(for: $0, isValidUTF8: false)
            }
            if let invalidOffset, legacyEncoding == nil {
                guard lossy else { throw .invalidUTF8(path: path, offset: invalidOffset) }
                (bytes, replaced) = Self.repaired(bytes)
            }
            let result = bytes.withUnsafeBufferPointer { HTMLTextExtractor.extract($0, encoding: legacyEncoding) }
            // libxml2 emits UTF-8; a decoder that gave up mid-way is the only way this repair does anything.
            bytes = Self.repaired(result.text).bytes
            metadata = result.metadata
            bodyRange = 0..<bytes.count
        case .plainText, .markdown:
            if let invalidOffset {
                guard lossy else { throw .invalidUTF8(path: path, offset: invalidOffset) }
                (bytes, replaced) = Self.repaired(bytes)
            }
            let start = Self.hasByteOrderMark(bytes) ? 3 : 0
            let frontMatter = bytes.withUnsafeBufferPointer { FrontMatter.locate(in: $0, from: start) }
            if let frontMatter {
                let parsed = bytes.withUnsafeBufferPointer { buffer in
                    Result { () throws(DocumentError) in
                        try FrontMatter.metadata(in: buffer, at: frontMatter, path: path)
                    }
                }
                metadata = try parsed.get()
                bodyRange = frontMatter.end..<bytes.count
            } else {
                bodyRange = start..<bytes.count
            }
        }

        guard bytes.withUnsafeBufferPointer({ Self.hasVisibleText($0, in: bodyRange) }) else {
            throw .empty(path: path)
        }
        self.init(path: path, format: format, bytes: bytes, bodyRange: bodyRange, metadata: metadata, replaced: replaced)
    }

    /// A document whose text is read already (as when a record of `extract --format jsonl` is read back).
    init(path: String, format: DocumentFormat, bytes: [UInt8], bodyRange: Range<Int>, metadata: DocumentMetadata,
         replaced: Int = 0) {
        self.path = path
        self.format = format
        self.bytes = bytes
        self.bodyRange = bodyRange
        self.metadata = metadata
        self.lineIndex = LineIndex(bytes)
        self.replacedInvalidBytes = replaced
    }

    /// The body's paragraphs as byte ranges into ``bytes``, split by `segmenter` according to ``format``.
    public func paragraphs(using segmenter: TextSegmenter) -> [Range<Int>] {
        bytes.withUnsafeBufferPointer { segmenter.paragraphs(in: $0, range: bodyRange, format: format) }
    }

    /// The bytes with invalid UTF-8 replaced, and how many bytes were replaced.
    private static func repaired(_ bytes: [UInt8]) -> (bytes: [UInt8], replaced: Int) {
        let repair = bytes.withUnsafeBufferPointer { UTF8Validation.repair($0) }
        return (repair.bytes, repair.replacedBytes)
    }

    private static func hasByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// Whether `range` holds anything besides whitespace and stray byte order marks.
    static func hasVisibleText(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset < range.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) {
            if !scalar.isSpace && scalar != "\u{FEFF}" { return true }
            offset += length
        }
        return false
    }
}
