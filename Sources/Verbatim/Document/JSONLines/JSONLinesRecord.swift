/// Turns one line of a JSON Lines corpus into a ``Document``, or a refusal naming the line.
///
/// A line is an object with a `"text"` string and optionally `"id"` (string or number), `"outlet"`, `"url"`,
/// `"date"`, `"title"`, `"byline"` (strings, which take precedence over front matter in the text) and
/// `"format"` (`text`, `markdown` or `html`; default `text`). Other members are ignored. A blank line is
/// skipped. The document's path is its id (so that results match however a corpus is split), or
/// `source:line` without one.
enum JSONLinesRecord {
    /// The document on `line` (the `number`th line of `source`), or why there is none; nil for a blank line.
    static func input(line: [UInt8], number: Int, source: String, reader: DocumentReader) -> DocumentInput? {
        let place = "\(source):\(number)"
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        guard line.count <= reader.maxFileSize else {
            return tooLong(line.count, number: number, source: source, limit: reader.maxFileSize)
        }
        let members: [String: JSONObjectParser.Value]
        do {
            members = try line.withUnsafeBufferPointer { bytes throws(JSONObjectParser.Failure) in
                try JSONObjectParser.members(of: bytes)
            }
        } catch {
            return .refused(DocumentRefusal(path: place, code: .malformedJSON,
                                            message: "\(place): malformed JSON at byte \(error.offset): \(error.reason)",
                                            byte: error.offset, line: number))
        }
        var id: DocumentID?
        switch members["id"] {
        case let .string(bytes): id = .string(String(decoding: bytes, as: UTF8.self))
        case let .number(text): id = .number(text)
        case nil: id = nil
        case .other: return malformed(place, number, nil, "\"id\" must be a string or a number")
        }
        let path = id.map(\.description) ?? place
        guard case let .string(text) = members["text"] else {
            return malformed(place, number, id, "a record needs a \"text\" string")
        }
        var metadata = DocumentMetadata()
        for (key, field) in [("outlet", \DocumentMetadata.outlet), ("url", \.url), ("date", \.date),
                             ("title", \.title), ("byline", \.byline)] {
            switch members[key] {
            case nil: continue
            case let .string(bytes): metadata[keyPath: field] = String(decoding: bytes, as: UTF8.self)
            default: return malformed(place, number, id, "\"\(key)\" must be a string")
            }
        }
        var format = DocumentFormat.plainText
        if let value = members["format"] {
            guard case let .string(bytes) = value, let named = documentFormat(named: String(decoding: bytes, as: UTF8.self)) else {
                return malformed(place, number, id, "\"format\" must be \"text\", \"markdown\" or \"html\"")
            }
            format = named
        }
        var document: Document
        do {
            document = try Document(path: path, data: text, format: format, lossy: reader.lossy)
        } catch {
            var refusal = DocumentRefusal(error, id: id)
            refusal.line = refusal.line ?? number
            return .refused(refusal)
        }
        document.id = id
        for (field, value) in [(\DocumentMetadata.outlet, metadata.outlet), (\.url, metadata.url), (\.date, metadata.date),
                               (\.title, metadata.title), (\.byline, metadata.byline)] where value != nil {
            document.metadata[keyPath: field] = value
        }
        return .document(document)
    }

    /// The refusal for the `number`th line of `source`, `length` bytes long, past the reader's `limit`.
    static func tooLong(_ length: Int, number: Int, source: String, limit: Int) -> DocumentInput {
        let place = "\(source):\(number)"
        return .refused(DocumentRefusal(path: place, code: .tooLarge,
                                        message: "\(place): line too long (\(length) bytes; the limit is \(limit) bytes)",
                                        line: number))
    }

    /// The format a record's `"format"` names (also the usual short names and extensions).
    private static func documentFormat(named name: String) -> DocumentFormat? {
        switch name.lowercased() {
        case "text", "txt", "plain", "plaintext", "plain-text": return .plainText
        case "markdown", "md": return .markdown
        case "html", "htm": return .html
        default: return nil
        }
    }

    private static func malformed(_ place: String, _ number: Int, _ id: DocumentID?, _ reason: String) -> DocumentInput {
        .refused(DocumentRefusal(path: id?.description ?? place, id: id, code: .malformedRecord,
                                 message: "\(place): \(reason)", line: number))
    }
}
