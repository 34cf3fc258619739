/// The quotation findings, one pass over the alignments: `speaker-conflict`, `unattributed-quote`,
/// `wording-divergence`, `quote-paraphrase`, `quote-truncated` and `quote-minor-difference`.
///
/// Differences of wording are reported only between verbatim quotations (direct or partial): reported
/// speech is reworded by nature. Each finding sits on the later quotation and points at the earlier one,
/// except `unattributed-quote`, which sits on the quotation that lacks a speaker.
struct QuoteFindings {
    /// Who said a quotation, as far as verification can tell.
    enum Speaker: Equatable {
        case person(Int, String)
        case source(String)
        case none

        var name: String? {
            switch self {
            case .person(_, let name), .source(let name): return name
            case .none: return nil
            }
        }
    }

    /// The speaker of each quotation: a person (index into the persons), a source, or nobody.
    let speakerOf: (QuoteID) -> Speaker

    func add(_ alignments: [QuoteAlignment], to builder: inout FindingBuilder) {
        for alignment in alignments {
            let this = speakerOf(alignment.quote), other = speakerOf(alignment.other)
            let here = content(alignment.quote, builder), there = content(alignment.other, builder)
            let verbatim = kind(alignment.quote, builder) != .indirect && kind(alignment.other, builder) != .indirect
            var values = ["other": builder.name(of: alignment.other.document), "diff": alignment.diff,
                          "speaker": this.name ?? other.name ?? "The", "other_speaker": other.name ?? "",
                          "shape": shape(alignment.shape), "what": "punctuation, capitals, accents or spelling"]
            if alignment.kind != .paraphrase {
                attribution(alignment, this, other, here, there, &values, &builder)
            }
            guard verbatim else { continue }
            let related = [builder.location(alignment.other.document, there)]
            switch alignment.kind {
            case .identical: break
            case .minor:
                builder.add("quote-minor-difference", alignment.quote.document, here, values: values, related: related)
            case .wordingChanged:
                builder.add("wording-divergence", alignment.quote.document, here, values: values, related: related)
            case .paraphrase:
                builder.add("quote-paraphrase", alignment.quote.document, here, values: values, related: related)
            case .truncated:
                builder.add("quote-truncated", alignment.quote.document, here, values: values, related: related)
            }
        }
    }

    /// Same words, different speakers; or a speaker on one side only.
    private func attribution(_ alignment: QuoteAlignment, _ this: Speaker, _ other: Speaker, _ here: Range<Int>,
                             _ there: Range<Int>, _ values: inout [String: String], _ builder: inout FindingBuilder) {
        switch (this, other) {
        case let (.person(a, thisName), .person(b, otherName)) where a != b:
            values["speaker"] = thisName
            values["other_speaker"] = otherName
            builder.add("speaker-conflict", alignment.quote.document, here, values: values,
                        related: [builder.location(alignment.other.document, there)])
        case (.none, .person(_, let name)), (.none, .source(let name)):
            builder.add("unattributed-quote", alignment.quote.document, here,
                        values: values.merging(["other_speaker": name], uniquingKeysWith: { $1 }),
                        suggestion: name, related: [builder.location(alignment.other.document, there)])
        case (.person(_, let name), .none), (.source(let name), .none):
            let reverse = values.merging(["other": builder.name(of: alignment.quote.document), "other_speaker": name],
                                         uniquingKeysWith: { $1 })
            builder.add("unattributed-quote", alignment.other.document, there, values: reverse,
                        suggestion: name, related: [builder.location(alignment.quote.document, here)])
        default:
            break
        }
    }

    private func content(_ id: QuoteID, _ builder: FindingBuilder) -> Range<Int> {
        builder.results[id.document].quotations[id.quotation].content
    }

    private func kind(_ id: QuoteID, _ builder: FindingBuilder) -> Quotation.Kind {
        builder.results[id.document].quotations[id.quotation].kind
    }

    private func shape(_ shape: QuoteAlignment.Shape) -> String {
        switch shape {
        case .same: return "matches"
        case .shorter: return "is a shorter stretch of"
        case .longer: return "runs longer than"
        case .overlapping: return "overlaps"
        }
    }
}
