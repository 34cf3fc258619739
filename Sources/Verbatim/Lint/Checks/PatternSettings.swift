/// The keys of the checks that run one pattern over the text (`existence`, `substitution`, `vague-source`).
struct PatternSettings: LintCheckSettings {
    /// The pattern (placeholders such as `{VERB}` are expanded).
    var pattern: String?
    /// Compile the pattern case-insensitively.
    var caseless: Bool?
    /// The replacement template.
    var suggest: String?
    /// Also fire inside quotations (default: no; quoted words are the speaker's).
    var insideQuotes: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable { case pattern, caseless, suggest, insideQuotes = "inside_quotes" }
    static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }
}

/// A compiled pattern with its replacement template, shared by the pattern checks.
struct CompiledPattern: Sendable {
    let pattern: Pattern
    let suggest: String?
    /// Whether the check fires inside quotations (`inside_quotes: true`).
    let insideQuotes: Bool

    /// Compiles `settings.pattern`, which the rule must have.
    init(_ settings: PatternSettings, builder: LintRuleBuilder, kind: String) throws {
        guard let pattern = try builder.compilePattern(settings.pattern, caseless: settings.caseless) else {
            throw builder.fail(nil, "a \(kind) rule needs a 'pattern'")
        }
        self.pattern = pattern
        suggest = settings.suggest
        insideQuotes = settings.insideQuotes ?? false
    }
}

/// A check that runs one pattern (``PatternSettings``) and reports its matches.
protocol PatternLintCheck: LintCheck where Settings == PatternSettings {
    var compiled: CompiledPattern { get }
}

extension PatternLintCheck {
    static var messageKeys: Set<String> { ["match", "suggestion"] }
    var pattern: Pattern? { compiled.pattern }
    var suggest: String? { compiled.suggest }
    var firesInsideQuotes: Bool { compiled.insideQuotes }
}
