/// `substitution`: a pattern whose matches should be written another way (`suggest` gives the replacement).
struct SubstitutionCheck: PatternLintCheck {
    static let kind = "substitution"
    static let extractionUse = LintExtractionUse.unused
    let compiled: CompiledPattern

    init(settings: PatternSettings, builder: LintRuleBuilder) throws {
        compiled = try CompiledPattern(settings, builder: builder, kind: Self.kind)
        if settings.suggest == nil { throw builder.fail(nil, "a substitution rule needs 'suggest' (the replacement)") }
    }

    func hits(_ input: LintCheckInput) throws -> [LintHit] { try input.patternHits() }
}
