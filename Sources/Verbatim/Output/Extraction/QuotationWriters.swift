/// Writes extraction results as JSON Lines (one object per document) or as a readable listing.
public enum QuotationWriters {
    /// One line of JSON: `{"path","id"(JSON Lines input only),"outlet","quotes":[{"text","kind","start","end","line","column",
    /// "speaker":{"name","mention","start","end","resolution"}|null,"affiliation","cue","confidence",…}],…}`,
    /// with the keys of ``ExtractionRecordWriter``; with `withText`, also the document's text, which
    /// `verify --quotes` and `report --quotes` need to work from the record alone.
    public static func jsonLine(_ result: ExtractionResult, withText: Bool = false) -> String {
        var out = JSONBytes(capacity: 256 + result.quotations.count * 512)
        result.document.bytes.withUnsafeBufferPointer { write(result, document: $0, withText: withText, to: &out) }
        return out.string()
    }

    /// ``jsonLine(_:)`` and a line feed, appended to `bytes` as UTF-8 without building a string.
    public static func appendJSONLine(_ result: ExtractionResult, withText: Bool = false, to bytes: inout [UInt8]) {
        var out = JSONBytes(capacity: 256 + result.quotations.count * 512)
        result.document.bytes.withUnsafeBufferPointer { write(result, document: $0, withText: withText, to: &out) }
        out.append(to: &bytes)
        bytes.append(0x0A)
    }

    /// The body of ``jsonLine(_:)``: `out` is passed in once, not captured by each write.
    private static func write(_ result: ExtractionResult, document: UnsafeBufferPointer<UInt8>, withText: Bool,
                              to out: inout JSONBytes) {
        let location = result.document.lineIndex
        func text(_ range: Range<Int>, _ out: inout JSONBytes) {
            out.string(bytes: UnsafeBufferPointer(rebasing: document[range]))
        }
        out.raw("{\"path\":")
        out.string(result.document.path)
        if let id = result.document.id { out.documentID(id) }
        out.raw(",\"outlet\":")
        out.optional(result.outlet)
        out.raw(",\"quotes\":[")
        var known = (offset: 0, line: 1, column: 1)
        for (position, quotation) in result.quotations.enumerated() {
            if position > 0 { out.raw(",") }
            let (line, column) = location.location(of: quotation.content.lowerBound, after: known)
            known = (quotation.content.lowerBound, line, column)
            out.raw("{\"text\":")
            text(quotation.content, &out)
            out.raw(",\"kind\":")
            out.string(quotation.kind.rawValue)
            out.span(quotation.content)
            out.raw(",\"line\":")
            out.integer(line)
            out.raw(",\"column\":")
            out.integer(column)
            out.raw(",\"speaker\":")
            if let found = quotation.speaker {
                out.raw("{\"name\":")
                out.string(found.name)
                out.raw(",\"mention\":")
                text(found.mention, &out)
                out.span(found.mention)
                out.raw(",\"resolution\":")
                out.string(found.resolution.rawValue)
                out.raw("}")
            } else {
                out.raw("null")
            }
            out.raw(",\"affiliation\":")
            if let affiliation = quotation.affiliation { text(affiliation, &out) } else { out.raw("null") }
            out.raw(",\"cue\":")
            if let cue = quotation.cue { text(cue, &out) } else { out.raw("null") }
            out.raw(",\"confidence\":")
            out.hundredths(quotation.confidence)
            ExtractionRecordWriter.appendKeys(of: quotation, to: &out)
            out.raw("}")
        }
        out.raw("]")
        ExtractionRecordWriter.appendKeys(of: result, text: document, withText: withText, to: &out)
        out.raw("}")
    }

    /// A readable listing: one block per quotation, "speaker — “quote” — path:line:column".
    public static func text(_ result: ExtractionResult) -> String {
        var out = "\(result.document.path)" + (result.outlet.map { " (\($0))" } ?? "")
            + ": \(result.quotations.count) quotation\(result.quotations.count == 1 ? "" : "s")\n"
        for quotation in result.quotations {
            let (line, column) = result.document.lineIndex.location(of: quotation.content.lowerBound)
            let speaker = quotation.speaker.map { speaker in
                let mention = result.text(speaker.mention)
                return mention == speaker.name ? speaker.name : "\(speaker.name) (as “\(mention)”)"
            } ?? "(no speaker)"
            var text = result.text(quotation.content).split(whereSeparator: \.isNewline).joined(separator: " ")
            if text.count > 160 { text = String(text.prefix(157)) + "…" }
            out += "  \(speaker) — \(quotation.kind.rawValue): “\(text)” — \(result.document.path):\(line):\(column)\n"
        }
        return out
    }
}
