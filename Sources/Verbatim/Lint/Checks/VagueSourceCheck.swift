/// `vague-source`: a pattern naming an unnamed group as a source ("analysts say"); with extraction, the
/// finding points at the claim attributed to the group.
struct VagueSourceCheck: PatternLintCheck {
    static let kind = "vague-source"
    static let extractionUse = LintExtractionUse.enriches
    let compiled: CompiledPattern

    init(settings: PatternSettings, builder: LintRuleBuilder) throws {
        compiled = try CompiledPattern(settings, builder: builder, kind: Self.kind)
    }

    func hits(_ input: LintCheckInput) throws -> [LintHit] {
        let found = try input.patternHits()
        guard let extraction = input.extraction else { return found }
        return found.map { hit in
            var hit = hit
            let claims = extraction.quotations.filter { quotation in
                let source = [quotation.speaker?.mention, quotation.cue].compactMap { $0 }
                return source.contains { $0.overlaps(hit.range) }
            }
            hit.related = claims.map(\.content)
            return hit
        }
    }
}
