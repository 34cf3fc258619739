/// The keys `extract --format jsonl` adds to each record so that `verify --quotes` and `report --quotes` can
/// work from the records alone (``ExtractionRecordReader`` reads them back): every range as `[start, end]`
/// byte offsets into the document's text.
///
/// Per quotation: `"open_mark"`, `"close_mark"`, `"affiliation_span"`, `"cue_span"` (ranges or `null`) and
/// `"frame"`. Per document: `"document"`: `format`, `body_start`, the front matter's `outlet`, `url`, `date`,
/// `title`, `byline`; and only when asked (`extract --with-text`), what `verify --quotes` and `report --quotes`
/// read besides: `"people"` (`name`, folded `words`, `title_words`, `gender`, `mentions`, `affiliations`),
/// `"labels"`, `"mark_problems"` (`kind`, `mark`), `"dangling"`, `"lost_marks"`, and the document's `text` every
/// offset refers to (cross-source checks look for names all through it, and the lint reads it).
enum ExtractionRecordWriter {
    /// Appends the quotation's keys (inside its object, after the keys it already has).
    static func appendKeys(of quotation: Quotation, to out: inout JSONBytes) {
        out.raw(",\"open_mark\":")
        range(quotation.openMark, &out)
        out.raw(",\"close_mark\":")
        range(quotation.closeMark, &out)
        out.raw(",\"affiliation_span\":")
        range(quotation.affiliation, &out)
        out.raw(",\"cue_span\":")
        range(quotation.cue, &out)
        out.raw(",\"frame\":")
        out.optional(quotation.frame)
    }

    /// Appends the document's keys (inside the record, after `"quotes"`): with `withText`, the cross-source keys
    /// and `text` (the document's bytes) as the last key of `"document"`.
    static func appendKeys(of result: ExtractionResult, text: UnsafeBufferPointer<UInt8>, withText: Bool,
                           to out: inout JSONBytes) {
        if withText { appendCrossSourceKeys(of: result, to: &out) }
        appendDocument(of: result, text: withText ? text : nil, to: &out)
    }

    /// `"people"`, `"labels"`, `"mark_problems"`, `"dangling"` and `"lost_marks"`: what only the cross-source
    /// checks read, written with the text they go with.
    private static func appendCrossSourceKeys(of result: ExtractionResult, to out: inout JSONBytes) {
        out.raw(",\"people\":")
        list(result.people, &out) { person, out in
            out.raw("{\"name\":")
            out.string(person.name)
            out.raw(",\"words\":")
            list(person.words, &out) { $1.string($0) }
            out.raw(",\"title_words\":")
            list(person.titleWords.sorted(), &out) { $1.string($0) }
            out.raw(",\"gender\":")
            out.optional(person.gender?.rawValue)
            out.raw(",\"mentions\":")
            list(person.mentions, &out, range)
            out.raw(",\"affiliations\":")
            list(person.affiliations, &out, range)
            out.raw("}")
        }
        out.raw(",\"labels\":")
        list(result.labels, &out, range)
        out.raw(",\"mark_problems\":")
        list(result.markProblems, &out) { problem, out in
            out.raw("{\"kind\":")
            out.string(problem.kind.rawValue)
            out.raw(",\"mark\":")
            range(problem.mark, &out)
            out.raw("}")
        }
        out.raw(",\"dangling\":")
        list(result.danglingAttributions, &out, range)
        out.raw(",\"lost_marks\":")
        if result.lostQuotationMarks { out.raw("true") } else { out.raw("false") }
    }

    /// `"document"`: the format, the body's start and the front matter, and `text` when given.
    private static func appendDocument(of result: ExtractionResult, text: UnsafeBufferPointer<UInt8>?, to out: inout JSONBytes) {
        let document = result.document, metadata = document.metadata
        out.raw(",\"document\":{\"format\":")
        out.string(document.format.rawValue)
        out.raw(",\"body_start\":")
        out.integer(document.bodyRange.lowerBound)
        out.raw(",\"outlet\":")
        out.optional(metadata.outlet)
        out.raw(",\"url\":")
        out.optional(metadata.url)
        out.raw(",\"date\":")
        out.optional(metadata.date)
        out.raw(",\"title\":")
        out.optional(metadata.title)
        out.raw(",\"byline\":")
        out.optional(metadata.byline)
        if let text {
            out.raw(",\"text\":")
            out.string(bytes: text)
        }
        out.raw("}")
    }

    private static func range(_ range: Range<Int>?, _ out: inout JSONBytes) {
        guard let range else { return out.raw("null") }
        out.raw("[")
        out.integer(range.lowerBound)
        out.raw(",")
        out.integer(range.upperBound)
        out.raw("]")
    }

    /// Appends `items` as a JSON array, each written by `write`.
    private static func list<Item>(_ items: [Item], _ out: inout JSONBytes, _ write: (Item, inout JSONBytes) -> Void) {
        out.raw("[")
        for (position, item) in items.enumerated() {
            if position > 0 { out.raw(",") }
            write(item, &out)
        }
        out.raw("]")
    }
}
