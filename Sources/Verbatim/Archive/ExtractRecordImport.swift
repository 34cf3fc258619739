import Foundation

/// Reads the JSON lines of `verbatim extract --format jsonl` (one document per line: `path`, `outlet`,
/// `quotes` with `text`, `kind`, offsets, `speaker`, `affiliation`, `cue`, `confidence`) as archive
/// documents, for archiving quotations extracted elsewhere or earlier.
public enum ExtractRecordImport {
    private struct Record: Decodable {
        var path: String
        var outlet: String?
        var url: String?
        var date: String?
        var title: String?
        var quotes: [Quote]
    }

    private struct Quote: Decodable {
        var text: String
        var kind: Quotation.Kind
        var start: Int
        var end: Int
        var line: Int?
        var column: Int?
        var speaker: Speaker?
        var affiliation: String?
        var cue: String?
        var confidence: Double?
    }

    private struct Speaker: Decodable {
        var name: String
        var mention: String?
        var start: Int?
        var end: Int?
        var resolution: Quotation.Speaker.Resolution?
    }

    /// The document of one JSON line; `file` and `line` name it in errors.
    /// - Throws: ``ArchiveError`` naming the file and line of a line that is not an extract record.
    public static func document(fromLine text: Data, file: String, line: Int) throws -> ArchiveDocument {
        let record: Record
        do { record = try JSONDecoder().decode(Record.self, from: text) } catch {
            throw ArchiveError(file: "\(file):\(line)", reason: "not an extract record (\(Self.describe(error)))")
        }
        var quotations: [ArchiveQuotation] = [], spellings: [ArchiveNameUse] = [], titles: [ArchiveNameUse] = []
        for quote in record.quotes {
            guard quote.start <= quote.end else {
                throw ArchiveError(file: "\(file):\(line)", reason: "a quotation ends before it starts (\(quote.start)–\(quote.end))")
            }
            let place = ArchivePlace(range: quote.start..<quote.end, line: quote.line ?? 1, column: quote.column ?? 1)
            let resolution = quote.speaker?.resolution ?? .named
            let isPerson = quote.speaker != nil && resolution != .source && resolution != .unresolved
            quotations.append(ArchiveQuotation(kind: quote.kind, text: quote.text, place: place,
                                               speakerWritten: quote.speaker?.mention, speaker: quote.speaker?.name,
                                               speakerIsPerson: isPerson, affiliation: quote.affiliation, cue: quote.cue,
                                               confidence: quote.confidence ?? 0))
            guard isPerson, let speaker = quote.speaker else { continue }
            // The record gives the mention's offsets but not its line: the quotation's line stands in.
            let mentionStart = speaker.start ?? quote.start
            let mentionPlace = ArchivePlace(range: mentionStart..<max(mentionStart, speaker.end ?? mentionStart),
                                            line: place.line, column: 1)
            if resolution == .named { spellings.append(ArchiveNameUse(person: speaker.name, text: speaker.mention ?? speaker.name, place: mentionPlace)) }
            if let affiliation = quote.affiliation { titles.append(ArchiveNameUse(person: speaker.name, text: affiliation, place: mentionPlace)) }
        }
        return ArchiveDocument(path: record.path, outlet: record.outlet, url: record.url, date: record.date, title: record.title,
                               contentHash: ArchiveDocument.hash(Array(text)), quotations: quotations,
                               spellings: spellings, titles: titles)
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error.localizedDescription)" }
        switch error {
        case .keyNotFound(let key, _): return "no '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "bad '\(path)': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
