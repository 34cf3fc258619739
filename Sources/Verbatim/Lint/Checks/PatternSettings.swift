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
    /// A pattern that, matching outside quotations in enough paragraphs, silences the rule in the document.
    var skipDocumentWhen: String?
    /// How many paragraphs `skip_document_when` must match in (default 1).
    var skipDocumentParagraphs: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case pattern, caseless, suggest, insideQuotes = "inside_quotes", skipDocumentWhen = "skip_document_when"
        case skipDocumentParagraphs = "skip_document_paragraphs"
    }
    static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }
}

/// A compiled pattern with its replacement template, shared by the pattern checks.
struct CompiledPattern: Sendable {
    let pattern: Pattern
    let suggest: String?
    /// Whether the check fires inside quotations (`inside_quotes: true`).
    let insideQuotes: Bool
    /// What silences the rule in a whole document (`skip_document_when`), if anything.
    let documentGuard: DocumentGuard?

    /// Compiles `settings.pattern`, which the rule must have.
    init(_ settings: PatternSettings, builder: LintRuleBuilder, kind: String) throws {
        guard let pattern = try builder.compilePattern(settings.pattern, caseless: settings.caseless) else {
            throw builder.fail(nil, "a \(kind) rule needs a 'pattern'")
        }
        self.pattern = pattern
        suggest = settings.suggest
        insideQuotes = settings.insideQuotes ?? false
        if let source = settings.skipDocumentWhen {
            let paragraphs = settings.skipDocumentParagraphs ?? 1
            guard paragraphs >= 1 else { throw builder.fail("skip_document_paragraphs", "'skip_document_paragraphs' is 1 or more") }
            documentGuard = DocumentGuard(pattern: try builder.compile(source, key: "skip_document_when", options: []),
                                          paragraphs: paragraphs)
        } else if settings.skipDocumentParagraphs != nil {
            throw builder.fail("skip_document_paragraphs", "'skip_document_paragraphs' needs 'skip_document_when'")
        } else {
            documentGuard = nil
        }
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
    var documentGuard: DocumentGuard? { compiled.documentGuard }
}
