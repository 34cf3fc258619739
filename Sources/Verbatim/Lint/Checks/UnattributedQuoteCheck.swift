/// `unattributed-quote`: a quotation of one of the rule's kinds with no speaker, unless an editor would see
/// a source beside it: it stands alone in its paragraph, a colon introduces it, a speech cue is in its
/// paragraph, or the rule's `source_before` / `source_after` patterns find a source next to it.
struct UnattributedQuoteCheck: LintCheck {
    static let kind = "unattributed-quote"
    static let messageKeys: Set<String> = ["match", "quote", "kind"]
    static let extractionUse = LintExtractionUse.required

    /// The keys of an `unattributed-quote` rule.
    struct Settings: LintCheckSettings {
        var quoteKinds: [String]?
        var minWords: Int?
        var standaloneMaxWords: Int?
        var skipWhenCueInParagraph: Bool?
        var skipAfterColon: Bool?
        var sourceBefore: String?
        var sourceAfter: String?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case quoteKinds = "quote_kinds", minWords = "min_words", standaloneMaxWords = "standalone_max_words"
            case skipWhenCueInParagraph = "skip_when_cue_in_paragraph", skipAfterColon = "skip_after_colon"
            case sourceBefore = "source_before", sourceAfter = "source_after"
        }
        static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }
    }

    /// The quotation kinds checked (default: direct and partial).
    let quoteKinds: Set<Quotation.Kind>
    /// Quotations with fewer words are left alone.
    let minWords: Int
    /// A quotation with at most this many words beside it in its paragraph stands alone (its speaker is
    /// usually named in the paragraph before, or in a dash credit) and is left alone.
    let standaloneMaxWords: Int
    /// Leave a quotation alone when its paragraph has a speech cue outside it (extraction may have missed
    /// the frame, but an editor sees an attribution).
    let skipWhenCueInParagraph: Bool
    /// Leave a quotation alone when a colon introduces it, in its paragraph or at the end of the paragraph
    /// before ("Caddell continued:").
    let skipAfterColon: Bool
    /// A quotation is left alone when this pattern finds a possible source (a name, a pronoun, an
    /// organisation) in its paragraph before it.
    let sourceBefore: Pattern?
    /// A quotation is left alone when this pattern, anchored right after the closing mark, finds a source
    /// there ("…,” she yells").
    let sourceAfter: Pattern?

    init(settings: Settings, builder: LintRuleBuilder) throws {
        quoteKinds = Set(try (settings.quoteKinds ?? ["direct", "partial"]).map { name in
            guard let kind = Quotation.Kind(rawValue: name) else {
                throw builder.fail("quote_kinds", "unknown quotation kind '\(name)'; known: direct, partial, indirect")
            }
            return kind
        })
        minWords = settings.minWords ?? 1
        standaloneMaxWords = settings.standaloneMaxWords ?? 3
        skipWhenCueInParagraph = settings.skipWhenCueInParagraph ?? true
        skipAfterColon = settings.skipAfterColon ?? true
        sourceBefore = try settings.sourceBefore.map { try builder.compile($0, key: "source_before", options: []) }
        sourceAfter = try settings.sourceAfter.map { try builder.compile($0, key: "source_after", options: []) }
    }

    func hits(_ input: LintCheckInput) throws -> [LintHit] {
        guard let extraction = input.extraction else { return [] }
        let bytes = input.bytes
        let context = QuoteContext(check: self, cue: input.speechCue, bytes: bytes, paragraphs: extraction.paragraphs)
        var hits: [LintHit] = []
        for quotation in extraction.quotations {
            guard quotation.speaker == nil, quoteKinds.contains(quotation.kind), !quotation.content.isEmpty,
                  ByteText.wordCount(bytes, quotation.content) >= minWords,
                  try !context.hasVisibleSource(quotation) else { continue }
            let values = ["match": ByteText.string(bytes, quotation.content),
                          "quote": LintText.excerpt(bytes, quotation.content, words: 8),
                          "kind": quotation.kind.rawValue]
            hits.append(LintHit(range: quotation.content, message: MessageTemplate.render(input.rule.message, values)))
        }
        return hits
    }
}
