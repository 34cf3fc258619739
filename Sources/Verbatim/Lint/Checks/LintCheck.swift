/// One generic check a lint rule can be (`kind:` in `Rules/lint/*.yml`): `existence`, `substitution`, … .
///
/// Each kind is one type in `Lint/Checks/`, like Vale's `internal/check/*.go`. It decodes only its own keys
/// (``Settings``; a key of another kind, or of none, is an error naming the file, line and rule id), checks
/// and compiles them when the rule is loaded, and finds the rule's hits in a document.
protocol LintCheck: Sendable {
    /// The rule-file keys of this kind, beside the keys every rule has (`id`, `severity`, `message`, …).
    associatedtype Settings: LintCheckSettings
    /// The `kind:` name in rule files.
    static var kind: String { get }
    /// The `{placeholders}` a message (and `suggest`) of this kind may use besides its pattern's named groups.
    static var messageKeys: Set<String> { get }
    /// How the check uses the extraction pipeline's result.
    static var extractionUse: LintExtractionUse { get }
    /// Checks and compiles `settings` of the rule `builder` is building.
    /// - Throws: ``RuleError`` naming the file, line and rule id.
    init(settings: Settings, builder: LintRuleBuilder) throws
    /// The pattern run over the text (its named groups may appear in the message), if the check has one.
    var pattern: Pattern? { get }
    /// The replacement template of the pattern's matches, if any.
    var suggest: String? { get }
    /// Whether the check fires inside quotations. Style and spelling checks do not (quoted words are the
    /// speaker's) unless a rule says `inside_quotes: true`; the quotation checks always do.
    var firesInsideQuotes: Bool { get }
    /// What silences the rule in a whole document (`skip_document_when`), if anything.
    var documentGuard: DocumentGuard? { get }
    /// The hits of the rule on one document.
    func hits(_ input: LintCheckInput) throws -> [LintHit]
}

/// The keys one check kind reads from a rule entry.
protocol LintCheckSettings: Decodable, Sendable {
    /// Every key the kind understands, as written in rule files.
    static var keys: [String] { get }
}

/// How a check uses the extraction pipeline's result (``ExtractionResult``).
public enum LintExtractionUse: Sendable {
    /// Not at all.
    case unused
    /// It runs without one, and adds to its findings with one (`vague-source` points at the claim).
    case enriches
    /// Without one it finds little or nothing: quotations, mark pairing, people.
    case required
}

/// The check kinds, in the order `--help` and errors list them.
enum LintChecks {
    static let all: [any LintCheck.Type] = [
        ExistenceCheck.self, SubstitutionCheck.self, UnattributedQuoteCheck.self, UnbalancedMarkCheck.self,
        VagueSourceCheck.self, NameConsistencyCheck.self,
    ]

    /// The check type named `kind`.
    static func type(named kind: String) -> (any LintCheck.Type)? { all.first { $0.kind == kind } }

    /// Every key some check kind understands.
    static let allKeys: Set<String> = Set(all.flatMap { $0.settingKeys })
}

extension LintCheck {
    /// The kind's own rule-file keys.
    static var settingKeys: [String] { Settings.keys }

    /// Decodes this kind's settings from a rule entry.
    static func decodeSettings(from decoder: any Decoder) throws -> any LintCheckSettings {
        try Settings(from: decoder)
    }

    /// Builds the check from settings decoded by ``decodeSettings(from:)``.
    static func make(_ settings: any LintCheckSettings, builder: LintRuleBuilder) throws -> any LintCheck {
        guard let own = settings as? Settings else { throw builder.fail(nil, "settings of another kind than '\(kind)'") }
        return try Self(settings: own, builder: builder)
    }

    var pattern: Pattern? { nil }
    var suggest: String? { nil }
    var firesInsideQuotes: Bool { true }
    var documentGuard: DocumentGuard? { nil }
}

/// What a check sees of one document.
struct LintCheckInput {
    /// The rule being run.
    let rule: LintRule
    let document: Document
    /// The document's bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The extraction result, when the linter was given one.
    let extraction: ExtractionResult?
    /// The speech-cue pattern of the rule book.
    let speechCue: Pattern
    /// The configuration's known names.
    let knownNames: [KnownName]
    /// The runner of the rule's pattern, if it has one.
    let patternCheck: PatternCheck?

    /// The hits of the rule's pattern in the document body (none without a pattern).
    /// - Throws: ``LintError`` when the pattern exceeds PCRE2's match limits on this document.
    func patternHits() throws -> [LintHit] {
        guard let patternCheck else { return [] }
        do {
            return try patternCheck.hits(in: bytes, range: document.bodyRange)
        } catch let error as PatternError {
            guard case let .match(_, message, _) = error else { throw error }
            throw LintError(rule: rule.id, origin: rule.origin, path: document.path, reason: message)
        }
    }
}
