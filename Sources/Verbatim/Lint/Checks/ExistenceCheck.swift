/// `existence`: a pattern that must not occur; the finding covers the match, or its `evidence` group.
struct ExistenceCheck: PatternLintCheck {
    static let kind = "existence"
    static let extractionUse = LintExtractionUse.unused
    let compiled: CompiledPattern

    init(settings: PatternSettings, builder: LintRuleBuilder) throws {
        compiled = try CompiledPattern(settings, builder: builder, kind: Self.kind)
    }

    func hits(_ input: LintCheckInput) throws -> [LintHit] { try input.patternHits() }
}
