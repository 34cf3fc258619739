import Foundation

/// Everything `verbatim verify` reads from `Rules/verification/`: how names are matched across articles
/// (`matching.yml`), how quotations are aligned (`alignment.yml`), which findings are reported and how
/// (`findings.yml`), and the newsroom's known names (`known-names.yml`).
public struct VerificationRules: Sendable {
    /// Name matching settings.
    public var names: NameMatchingSettings
    /// Quotation alignment settings.
    public var alignment: AlignmentSettings
    /// The findings, by rule id.
    public var findings: [String: VerificationRule]
    /// Canonical spellings that override the best-attested one.
    public var knownNames: [KnownName]
    /// An appositive after a name (`appositive`, anchored), with an `affiliation` group.
    public let appositive: Pattern
    /// Found inside an appositive, makes it a clause instead (`appositive_stop`: a speech verb).
    public let appositiveStop: Pattern
    /// Text after a name that makes it a credit or byline (`credit_after`, anchored).
    public let creditAfter: Pattern
    /// Text before a name that makes it a credit (`credit_before`, ends with `$`).
    public let creditBefore: Pattern
    /// The start of a line before a name that makes it a byline (`byline_before`, anchored).
    public let bylineBefore: Pattern
    /// Text before a name that marks an organisation or place (`organisation_before`, ends with `$`).
    public let organisationBefore: Pattern

    /// The rule ids `verify` knows; `findings.yml` must describe each.
    public static let ruleIDs = ["name-variant", "garbled-name", "affiliation-mismatch", "speaker-conflict",
                                 "unattributed-quote", "wording-divergence", "quote-paraphrase", "quote-truncated",
                                 "quote-minor-difference"]

    /// Loads `folder` (a `verification/` folder), expanding pattern placeholders with `template`; `{ROLE_WORD}`
    /// stands for any title or role word of `lexicon`.
    /// - Parameter knownNamesFile: a known-names file to use instead of `folder/known-names.yml`.
    /// - Throws: ``RuleError`` naming the file (and line where YAML tells) for a missing or malformed file.
    public static func load(from folder: String, template: PatternTemplate, lexicon: Lexicon,
                            knownNamesFile: String? = nil) throws -> VerificationRules {
        let matchingFile = "\(folder)/matching.yml"
        let matchingText = try RuleFile.read(matchingFile)
        let names = try RuleFile.decode(NameMatchingSettings.self, yaml: matchingText, file: matchingFile)
        let alignment = try RuleFile.decode(AlignmentSettings.self, from: "\(folder)/alignment.yml")
        let findingsFile = "\(folder)/findings.yml"
        let list = try RuleFile.decode(FindingsFile.self, from: findingsFile).rules
        var findings: [String: VerificationRule] = [:]
        for rule in list { findings[rule.id] = rule }
        if let missing = ruleIDs.first(where: { findings[$0] == nil }) {
            throw RuleError(file: findingsFile, reason: "no rule '\(missing)'; verify reports \(ruleIDs.joined(separator: ", "))")
        }
        if let unknown = list.first(where: { !ruleIDs.contains($0.id) }) {
            throw RuleError(file: findingsFile, line: RuleFile.line(ofKey: "id", in: try RuleFile.read(findingsFile), matching: unknown.id),
                            reason: "unknown rule '\(unknown.id)'; verify reports \(ruleIDs.joined(separator: ", "))")
        }
        let knownFile = knownNamesFile ?? "\(folder)/known-names.yml"
        let known = knownNamesFile != nil || FileManager.default.fileExists(atPath: knownFile)
            ? try KnownNames.load(from: knownFile) : []
        // {ROLE_WORD}: any title or role word of the lexicon, in any case.
        let roleWords = Set((lexicon.titles + lexicon.roles).map { $0.lowercased().trimmingSuffix(".") })
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.map(PatternTemplate.escape)
        let roleWord = "(?i:" + roleWords.joined(separator: "|") + ")"
        func compile(_ key: String, _ source: String) throws -> Pattern {
            let origin = PatternOrigin(file: matchingFile, line: RuleFile.line(ofKey: key, in: matchingText), rule: key)
            let expanded = try template.expand(source.replacingOccurrences(of: "{ROLE_WORD}", with: roleWord), origin: origin)
            return try Pattern(expanded, origin: origin)
        }
        return VerificationRules(names: names, alignment: alignment, findings: findings, knownNames: known,
                                 appositive: try compile("appositive", names.appositive),
                                 appositiveStop: try compile("appositive_stop", names.appositiveStop),
                                 creditAfter: try compile("credit_after", names.creditAfter),
                                 creditBefore: try compile("credit_before", names.creditBefore),
                                 bylineBefore: try compile("byline_before", names.bylineBefore),
                                 organisationBefore: try compile("organisation_before", names.organisationBefore))
    }

    /// The rule `id`, which ``load(from:template:knownNamesFile:)`` guarantees exists.
    func rule(_ id: String) -> VerificationRule { findings[id]! }

    struct FindingsFile: Decodable { var rules: [VerificationRule] }
}

/// One finding rule of `findings.yml`.
public struct VerificationRule: Sendable, Decodable {
    /// The rule id findings carry ("garbled-name").
    public var id: String
    /// How serious its findings are.
    public var severity: Severity
    /// One line saying what the rule finds.
    public var description: String
    /// The message template, with `{placeholders}`.
    public var message: String
    /// Off when `false`.
    public var enabled: Bool
    /// Wordings of `{reason}` (name-variant), by kind.
    public var reasons: [String: String]
    /// Wordings of `{problem}` (garbled-name), by kind.
    public var problems: [String: String]

    enum CodingKeys: String, CodingKey { case id, severity, description, message, enabled, reasons, problems }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        severity = try container.decode(Severity.self, forKey: .severity)
        description = try container.decode(String.self, forKey: .description)
        message = try container.decode(String.self, forKey: .message)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        reasons = try container.decodeIfPresent([String: String].self, forKey: .reasons) ?? [:]
        problems = try container.decodeIfPresent([String: String].self, forKey: .problems) ?? [:]
    }

    /// The message with `values` filled in.
    func render(_ values: [String: String]) -> String {
        MessageTemplate.render(message, values)
    }
}

/// `Rules/verification/matching.yml`.
public struct NameMatchingSettings: Sendable, Decodable {
    /// Groups of spellings of one name word; each is matched as the group's first.
    public var transliteration: [[String]]
    /// Word endings written either way, `[from, to]`.
    public var wordEndings: [[String]]
    /// Letters accent folding leaves alone, and their folded form.
    public var letters: [String: String]
    /// How far a name word may be split into parts (`split_join`).
    public var splitJoin: SplitJoin
    /// When two fragments are one broken name (`detached_name`).
    public var detachedName: DetachedName
    /// Tie a short mention in an article without the full name to the one quoted person who has that word.
    public var globalShortMentions: Bool
    /// The patterns as written (compiled into ``VerificationRules``): `appositive`, `appositive_stop`,
    /// `organisation_before`, `credit_after`, `credit_before`, `byline_before`.
    public var appositive: String
    public var appositiveStop: String
    public var organisationBefore: String
    public var creditAfter: String
    public var creditBefore: String
    public var bylineBefore: String
    /// Words left out when comparing affiliations.
    public var contextStopWords: Set<String>

    /// `split_join`: parts per name word, letters per part, words per written name.
    public struct SplitJoin: Sendable, Decodable {
        public var maxParts: Int
        public var minPartLetters: Int
        public var maxWords: Int
        enum CodingKeys: String, CodingKey {
            case maxParts = "max_parts", minPartLetters = "min_part_letters", maxWords = "max_words"
        }
    }

    /// `detached_name`: the window between fragments, how many capitalised words may sit between them,
    /// how many context words they must share with the person elsewhere, and the largest fragment.
    public struct DetachedName: Sendable, Decodable {
        public var windowBytes: Int
        public var maxFragmentsBetween: Int
        public var minSharedContextWords: Int
        public var maxFragmentWords: Int
        enum CodingKeys: String, CodingKey {
            case windowBytes = "window_bytes", maxFragmentsBetween = "max_fragments_between"
            case minSharedContextWords = "min_shared_context_words", maxFragmentWords = "max_fragment_words"
        }
    }

    enum CodingKeys: String, CodingKey {
        case transliteration, letters, appositive
        case wordEndings = "word_endings", splitJoin = "split_join", detachedName = "detached_name"
        case globalShortMentions = "global_short_mentions", creditAfter = "credit_after"
        case creditBefore = "credit_before", bylineBefore = "byline_before"
        case organisationBefore = "organisation_before", appositiveStop = "appositive_stop"
        case contextStopWords = "context_stop_words"
    }
}

/// `Rules/verification/alignment.yml`.
public struct AlignmentSettings: Sendable, Decodable {
    /// The keys of `alignment.yml`, each described there.
    public var shingleWords: Int
    public var minQuoteWords: Int
    public var maxWords: Int
    public var maxPosting: Int
    public var maxCandidates: Int
    public var minCommonWords: Int
    public var minCoverage: Double
    public var wordingMinOverlap: Double
    public var indirectMinOverlap: Double
    public var similarWordPrefix: Int
    public var spellingMaxEdits: Int
    public var spellingMinLetters: Int
    public var paraphraseMinOverlap: Double
    public var paraphraseMinStems: Int
    public var stemLetters: Int
    public var diffContextWords: Int
    public var stopWords: Set<String>

    enum CodingKeys: String, CodingKey {
        case shingleWords = "shingle_words", minQuoteWords = "min_quote_words", maxWords = "max_words"
        case maxPosting = "max_posting", maxCandidates = "max_candidates", minCommonWords = "min_common_words"
        case minCoverage = "min_coverage"
        case wordingMinOverlap = "wording_min_overlap", indirectMinOverlap = "indirect_min_overlap"
        case similarWordPrefix = "similar_word_prefix", spellingMaxEdits = "spelling_max_edits"
        case spellingMinLetters = "spelling_min_letters", paraphraseMinOverlap = "paraphrase_min_overlap"
        case paraphraseMinStems = "paraphrase_min_stems"
        case stemLetters = "stem_letters", diffContextWords = "diff_context_words", stopWords = "stop_words"
    }
}
