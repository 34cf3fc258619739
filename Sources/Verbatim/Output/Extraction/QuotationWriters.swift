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
            if let choice = result.speakerChoices?[position] { writeExplanation(choice, document: document, to: &out) }
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
        for (position, quotation) in result.quotations.enumerated() {
            let (line, column) = result.document.lineIndex.location(of: quotation.content.lowerBound)
            let speaker = quotation.speaker.map { speaker in
                let mention = result.text(speaker.mention)
                return mention == speaker.name ? speaker.name : "\(speaker.name) (as “\(mention)”)"
            } ?? "(no speaker)"
            var text = result.text(quotation.content).split(whereSeparator: \.isNewline).joined(separator: " ")
            if text.count > 160 { text = String(text.prefix(157)) + "…" }
            out += "  \(speaker) — \(quotation.kind.rawValue): “\(text)” — \(result.document.path):\(line):\(column)\n"
            if let choice = result.speakerChoices?[position] { out += explanation(choice) }
        }
        return out
    }

    /// `"explain":[{"origin","name","resolution","score","probability","chosen","features":{name: amount}}]`:
    /// a quotation's speaker candidates, best first, with what each feature added to the score.
    private static func writeExplanation(_ choice: SpeakerChoice, document: UnsafeBufferPointer<UInt8>, to out: inout JSONBytes) {
        out.raw(",\"explain\":[")
        for (written, index) in ranked(choice).enumerated() {
            let candidate = choice.candidates[index]
            if written > 0 { out.raw(",") }
            out.raw("{\"origin\":")
            out.string(candidate.origin.rawValue)
            out.raw(",\"name\":")
            out.optional(candidate.speaker?.name)
            out.raw(",\"resolution\":")
            out.optional(candidate.speaker?.resolution.rawValue)
            out.raw(",\"score\":")
            out.hundredths(candidate.score)
            out.raw(",\"probability\":")
            out.hundredths(candidate.probability)
            out.raw(index == choice.chosen ? ",\"chosen\":true" : ",\"chosen\":false")
            out.raw(",\"features\":{")
            for (number, contribution) in candidate.contributions.enumerated() {
                if number > 0 { out.raw(",") }
                out.string(contribution.feature.name)
                out.raw(":")
                out.hundredths(contribution.amount)
            }
            out.raw("}}")
        }
        out.raw("]")
    }

    /// The candidates' indices, best-scored first.
    private static func ranked(_ choice: SpeakerChoice) -> [Int] {
        choice.candidates.indices.sorted { choice.candidates[$0].score > choice.candidates[$1].score || (choice.candidates[$0].score == choice.candidates[$1].score && $0 < $1) }
    }

    /// The readable form of a choice: one line per candidate, best first, with the features that weighed most.
    static func explanation(_ choice: SpeakerChoice) -> String {
        var out = ""
        for index in ranked(choice) {
            let candidate = choice.candidates[index]
            let name = candidate.speaker.map { "\($0.name) [\($0.resolution.rawValue)]" } ?? "(no speaker)"
            let features = candidate.contributions.prefix(5).map { "\($0.feature.name) \(String(format: "%+.2f", $0.amount))" }
            out += "      \(index == choice.chosen ? "✓" : " ") \(name) from \(candidate.origin.rawValue): "
                + String(format: "score %.2f, p %.2f", candidate.score, candidate.probability)
                + (features.isEmpty ? "" : " — " + features.joined(separator: ", ")) + "\n"
        }
        return out
    }
}
