/// One lint rule read from `Rules/lint/*.yml`: what it looks for (its ``Kind`` and parameters), how serious a
/// hit is by default, and the message an editor sees.
///
/// Rules are data: the handful of check kinds are implemented once in Swift, and each rule is a YAML entry.
public struct LintRule: Sendable {
    /// The generic checks a rule can be.
    public enum Kind: String, Sendable, CaseIterable {
        /// A pattern that must not occur; the finding covers the match, or its `evidence` group.
        case existence
        /// A pattern whose matches should be written another way (`suggest` gives the replacement).
        case substitution
        /// A direct or partial quotation that extraction could not tie to a speaker.
        case unattributedQuote = "unattributed-quote"
        /// A quotation mark that does not pair up (`problem: stray-closing` or `unclosed-opening`), as the
        /// quotation scanner reports it; an optional `pattern` adds marks the scanner paired anyway
        /// (a closing mark set apart from its words: "so close. ”").
        case unbalancedMark = "unbalanced-mark"
        /// A pattern naming an unnamed group as a source ("analysts say"); with extraction, the finding
        /// points at the claim attributed to the group.
        case vagueSource = "vague-source"
        /// One person named in different ways: against the known-names file, or inside the article.
        case nameConsistency = "name-consistency"

        /// Whether the check needs the extraction pipeline's result.
        public var needsExtraction: Bool {
            switch self {
            case .existence, .substitution, .vagueSource: return false
            case .unattributedQuote, .unbalancedMark, .nameConsistency: return true
            }
        }

        /// Whether the check runs a pattern over the text: `true` required, `nil` optional, `false` none.
        public var usesPattern: Bool? {
            switch self {
            case .existence, .substitution, .vagueSource: return true
            case .unbalancedMark: return nil
            case .unattributedQuote, .nameConsistency: return false
            }
        }

        /// The `{placeholders}` the message (and `suggest`) of a rule of this kind may use besides the
        /// pattern's named groups.
        public var messageKeys: Set<String> {
            switch self {
            case .existence, .vagueSource: return ["match", "suggestion"]
            case .substitution: return ["match", "suggestion"]
            case .unattributedQuote: return ["match", "quote", "kind"]
            case .unbalancedMark: return ["match", "mark"]
            case .nameConsistency: return ["match", "name", "canonical", "suggestion"]
            }
        }
    }

    /// A text the rule must (trigger) or must not (no-trigger) fire on. A trigger example may name the
    /// `evidence`: the exact text one of its findings must cover.
    public struct Example: Sendable, Hashable {
        /// The example text, linted as a plain-text document.
        public var text: String
        /// The exact text a finding must cover (trigger examples only).
        public var evidence: String?
        /// An example; `evidence` is optional.
        public init(text: String, evidence: String? = nil) {
            self.text = text
            self.evidence = evidence
        }
    }

    /// Parameters of the structural kinds.
    public struct Parameters: Sendable, Hashable {
        /// `unattributed-quote`: the quotation kinds checked (default: direct and partial).
        public var quoteKinds: Set<Quotation.Kind> = [.direct, .partial]
        /// `unattributed-quote`: quotations with fewer words are left alone.
        public var minWords: Int = 1
        /// `unattributed-quote`: a quotation with at most this many words beside it in its paragraph stands
        /// alone (its speaker is usually named in the paragraph before, or in a dash credit) and is left alone.
        public var standaloneMaxWords: Int = 3
        /// `unattributed-quote`: leave a quotation alone when its paragraph has a speech cue outside it
        /// (extraction may have missed the frame, but an editor sees an attribution).
        public var skipWhenCueInParagraph: Bool = true
        /// `unattributed-quote`: leave a quotation alone when a colon introduces it, in its paragraph or at
        /// the end of the paragraph before ("Caddell continued:").
        public var skipAfterColon: Bool = true
        /// `unbalanced-mark`: which problem the rule reports.
        public var markProblem: MarkProblem.Kind?
        /// `unbalanced-mark`: how many words before the mark the finding covers.
        public var contextWords: Int = 2
        /// `name-consistency`: the largest edit distance between two spellings of one name word; a word
        /// of fewer than eight letters may differ by one edit only.
        public var maxDistance: Int = 2
        /// `name-consistency`: name words shorter than this are not compared.
        public var minWordLength: Int = 5
    }

    /// The rule id: lower-case letters, digits and hyphens, unique across every loaded file.
    public let id: String
    /// The generic check the rule is.
    public let kind: Kind
    /// The default severity (a configuration may change it).
    public let severity: Severity
    /// The message template: `{match}`, the pattern's named groups, and the kind's own keys.
    public let message: String
    /// One line saying what the rule checks (SARIF `shortDescription`).
    public let description: String
    /// Off-by-default rules (house style) run only when a configuration enables them.
    public let enabledByDefault: Bool
    /// The compiled pattern (`existence`, `substitution`, `vague-source`).
    public let pattern: Pattern?
    /// The replacement template (`substitution`; optional for `existence`).
    public let suggest: String?
    /// `unattributed-quote` (`source_before`): a quotation is left alone when this pattern finds a possible
    /// source (a name, a pronoun, an organisation) in its paragraph before it.
    public let sourceBefore: Pattern?
    /// `unattributed-quote` (`source_after`): a quotation is left alone when this pattern, anchored right
    /// after the closing mark, finds a source there ("…,” she yells").
    public let sourceAfter: Pattern?
    /// Parameters of the structural kinds.
    public let parameters: Parameters
    /// Texts the rule must fire on (`examples.trigger`).
    public let triggering: [Example]
    /// Texts the rule must not fire on (`examples.no_trigger`).
    public let nonTriggering: [Example]
    /// The rule file and the line of the rule's `id`.
    public let file: String
    /// The line of the rule's `id` in ``file``.
    public let line: Int?

    /// Where the rule is defined, for error messages: `file:line, rule 'id'`.
    public var origin: PatternOrigin { PatternOrigin(file: file, line: line, rule: id) }

    /// The rule as SARIF and help texts describe it.
    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, shortDescription: description, defaultSeverity: severity)
    }
}
