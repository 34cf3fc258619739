/// Writes extraction results as JSON Lines (one object per document) or as a readable listing.
public enum QuotationWriters {
    /// One line of JSON: `{"path","outlet","quotes":[{"text","kind","start","end","line","column",
    /// "speaker":{"name","mention","start","end","resolution"}|null,"affiliation","cue","confidence"}]}`.
    public static func jsonLine(_ result: ExtractionResult) -> String {
        let location = result.document.lineIndex
        var quotes: [String] = []
        quotes.reserveCapacity(result.quotations.count)
        for quotation in result.quotations {
            let (line, column) = location.location(of: quotation.content.lowerBound)
            var speaker = "null"
            if let found = quotation.speaker {
                speaker = "{\"name\":\(JSONText.string(found.name)),\"mention\":\(JSONText.string(result.text(found.mention))),"
                    + "\"start\":\(found.mention.lowerBound),\"end\":\(found.mention.upperBound),"
                    + "\"resolution\":\(JSONText.string(found.resolution.rawValue))}"
            }
            quotes.append("{\"text\":\(JSONText.string(result.text(quotation.content))),\"kind\":\"\(quotation.kind.rawValue)\","
                + "\"start\":\(quotation.content.lowerBound),\"end\":\(quotation.content.upperBound),"
                + "\"line\":\(line),\"column\":\(column),\"speaker\":\(speaker),"
                + "\"affiliation\":\(JSONText.optional(quotation.affiliation.map(result.text))),"
                + "\"cue\":\(JSONText.optional(quotation.cue.map(result.text))),"
                + "\"confidence\":\(JSONText.number(quotation.confidence))}")
        }
        return "{\"path\":\(JSONText.string(result.document.path)),\"outlet\":\(JSONText.optional(result.outlet)),"
            + "\"quotes\":[\(quotes.joined(separator: ","))]}"
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
