/// `Rules/archive/check.yml`: how `verbatim check` compares a draft with the archive, and its findings.
public struct CheckSettings: Sendable, Decodable {
    public var minQuoteWords: Int
    public var maxCandidates: Int
    public var maxQueryWords: Int
    public var nameMaxEdits: Int
    public var nameMinLetters: Int
    public var titleChangeWords: Set<String>
    /// The findings' ids, severities and messages.
    public var rules: [VerificationRule]

    /// The ids of the findings `check` produces.
    public static let ruleIDs = ["quote-verbatim", "quote-altered", "quote-misattributed", "quote-unverified",
                                 "name-not-on-record", "title-mismatch"]

    enum CodingKeys: String, CodingKey {
        case minQuoteWords = "min_quote_words", maxCandidates = "max_candidates", maxQueryWords = "max_query_words"
        case nameMaxEdits = "name_max_edits", nameMinLetters = "name_min_letters"
        case titleChangeWords = "title_change_words", rules
    }

    func rule(_ id: String) -> VerificationRule { rules.first { $0.id == id }! }
}

/// What the archive needs from the rules folder: name matching and quotation alignment (from
/// `verification/`) and the check settings (from `archive/check.yml`).
public struct ArchiveRules: Sendable {
    public let verification: VerificationRules
    public let check: CheckSettings
    let folder: NameFolder

    /// Loads the rules of `book.folder`.
    /// - Throws: ``RuleError`` for a missing or malformed rule file.
    public init(book: RuleBook) throws {
        verification = try VerificationRules.load(from: "\(book.folder)/verification", template: book.template, lexicon: book.lexicon)
        let file = "\(book.folder)/archive/check.yml"
        let check = try RuleFile.decode(CheckSettings.self, from: file)
        if let missing = CheckSettings.ruleIDs.first(where: { id in !check.rules.contains { $0.id == id } }) {
            throw RuleError(file: file, line: nil, reason: "rule '\(missing)' is missing")
        }
        self.check = check
        folder = NameFolder(settings: verification.names, lexicon: book.lexicon)
    }

    /// The matching key of a name as written ("Mr. Shen Dingli" → shen, dingli).
    func key(ofName name: String) -> NameKey { folder.key(ofName: name) }

    /// The content words of a title, folded: without honorifics ("Mr.") and words that carry no content
    /// ("the", "of"). Empty for a title that is only an honorific.
    func titleWords(_ title: String) -> Set<String> {
        let stop = verification.alignment.stopWords
        return Set(ArchiveQuery.words(title, limit: 32).filter { !folder.isHonorific($0) }.map { folder.fold($0) }
            .filter { !$0.isEmpty && !stop.contains($0) })
    }

    /// Descriptors of the check findings, for SARIF.
    public var descriptors: [RuleDescriptor] {
        check.rules.map { RuleDescriptor(id: $0.id, shortDescription: $0.description, defaultSeverity: $0.severity) }
    }
}
