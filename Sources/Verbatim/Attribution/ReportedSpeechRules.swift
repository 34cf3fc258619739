import Foundation

/// The compiled patterns of `Rules/attribution/reported-speech.yml`.
public struct ReportedSpeechRules: Sendable {
    /// A lexicon list of speech verbs (`Rules/lexicon/speech-verbs.yml`) that a pattern's verb comes from.
    public enum VerbList: String, Sendable, Decodable {
        case reporting, thinking, characterizing, directive

        /// The verbs of this list in `lexicon`.
        func verbs(in lexicon: Lexicon) -> [String] {
            switch self {
            case .reporting: return lexicon.reportingVerbs
            case .thinking: return lexicon.thinkingVerbs
            case .characterizing: return lexicon.characterizingVerbs
            case .directive: return lexicon.directiveVerbs
            }
        }
    }

    /// A pattern with the examples it carries.
    public struct Rule: Sendable {
        public var id: String
        /// The whole pattern: the rule's `pattern` followed by its `after_verb`.
        public var pattern: Pattern
        /// What follows the verb group (`after_verb`), alone, to tell where the rule can match at all.
        public var afterVerb: Pattern?
        /// Something every match contains at or after its start (`lead:`): the rule is tried only at
        /// starts from which it is found.
        public var lead: Pattern?
        /// Where the verb's words come from: lexicon lists and phrases of the rule's own.
        public var verbLists: [VerbList]
        public var verbPhrases: [String]
        /// The verb never begins where a match does (a source stands before it).
        public var verbFollowsStart: Bool
        /// Only a source, perhaps with a comma-enclosed affiliation, stands before the verb (``SourceSpan``).
        public var verbAfterSource: Bool
        /// The rule is also tried on the text after a quotation inside a sentence (`after_quotation`).
        public var afterQuotation: Bool
        /// The rule names no source: it reads a second reported clause of the source of the clause before
        /// it in the sentence ("… and said …", "…, noting …"), and is tried only there (`continues_source`).
        public var continuesSource: Bool
        public var matching: [AttributionFrame.Example]
        public var nonMatching: [AttributionFrame.Example]
    }

    /// Patterns that end where a reported clause begins ("Putin said that |…").
    public var leading: [Rule]
    /// What may follow a trailing attribution frame for it to close the sentence.
    public var trailingRest: ExamplePattern
    /// Where a reported clause stops before the end of its sentence.
    public var clauseEnd: Pattern
    /// Where a reported clause stops before a second attribution (`clause_end_at_speech`): a pattern every
    /// match of which looks ahead to a speech cue in the clause, run only on a clause that holds one.
    public var clauseEndAtSpeech: ExamplePattern?
    /// What may stand between the start and the verb of a `verb_after_source` rule besides the
    /// lexicon's source words (``SourceSpan``).
    public var sourceSpan: SpanWords
    /// Besides the lexicon's source words and speech verbs, the lower-case words that may open an
    /// `after` frame at a comma (``TrailingOpeners``).
    public var trailingOpeners: [String]
    /// What follows the closing comma of an attribution that interrupts its sentence ("Many of the
    /// closures, he said, have involved public courses"): the reported clause is then the whole sentence.
    public var interruptingRest: ExamplePattern
    /// Fewer words than this is not a clause worth reporting (`minimum_words`).
    public var minimumWords: Int

    /// A pattern anchored at the start of a text, with texts it must and must not match (run by the tests).
    public struct ExamplePattern: Sendable {
        public var pattern: Pattern
        public var matching: [String]
        public var nonMatching: [String]
    }

    /// A leading rule as the file writes it: a pattern rule whose pattern ends with its verb group, the
    /// rest of the pattern after the verb, and where the verb's words come from.
    struct LeadingEntry: Decodable {
        var rule: PatternRuleEntry
        var afterVerb: String?
        var lead: String?
        var verbLists: [VerbList]
        var verbPhrases: [String]
        var verbFollowsStart: Bool
        var verbAfterSource: Bool
        var afterQuotation: Bool
        var continuesSource: Bool

        enum CodingKeys: String, CodingKey {
            case afterVerb = "after_verb", lead, verbLists = "verb_lists", verbPhrases = "verb_phrases"
            case verbFollowsStart = "verb_follows_start", verbAfterSource = "verb_after_source"
            case afterQuotation = "after_quotation", continuesSource = "continues_source"
        }

        init(from decoder: Decoder) throws {
            rule = try PatternRuleEntry(from: decoder)
            let container = try decoder.container(keyedBy: CodingKeys.self)
            afterVerb = try container.decodeIfPresent(String.self, forKey: .afterVerb)
            lead = try container.decodeIfPresent(String.self, forKey: .lead)
            verbLists = try container.decodeIfPresent([VerbList].self, forKey: .verbLists) ?? []
            verbPhrases = try container.decodeIfPresent([String].self, forKey: .verbPhrases) ?? []
            verbFollowsStart = try container.decodeIfPresent(Bool.self, forKey: .verbFollowsStart) ?? false
            verbAfterSource = try container.decodeIfPresent(Bool.self, forKey: .verbAfterSource) ?? false
            afterQuotation = try container.decodeIfPresent(Bool.self, forKey: .afterQuotation) ?? false
            continuesSource = try container.decodeIfPresent(Bool.self, forKey: .continuesSource) ?? false
        }
    }

    /// The words of `source_span`: lower-case words the patterns themselves allow before the verb,
    /// and how many words of any kind may follow one of `free_after` at the start.
    public struct SpanWords: Sendable, Decodable {
        public var words: [String]
        public var freeAfter: [String]
        public var freeWords: Int
        /// Besides the lexicon's titles, the capitalised words that may open an affiliation.
        public var affiliationOpeners: [String]

        enum CodingKeys: String, CodingKey {
            case words, freeAfter = "free_after", freeWords = "free_words", affiliationOpeners = "affiliation_openers"
        }
    }

    struct File: Decodable {
        struct Rest: Decodable {
            struct Examples: Decodable { var match: [String]?; var no_match: [String]? }
            var pattern: String
            var examples: Examples?

            /// The pattern compiled, with its examples; `key` names it in errors.
            func compile(key: String, file path: String, text: String, template: PatternTemplate) throws -> ExamplePattern {
                ExamplePattern(pattern: try RuleFile.compile(pattern, key: key, file: path, text: text, template: template),
                               matching: examples?.match ?? [], nonMatching: examples?.no_match ?? [])
            }
        }
        var leading: [LeadingEntry]
        var clause_end: String
        var clause_end_at_speech: Rest?
        var source_span: SpanWords
        var trailing_openers: [String]
        var trailing_rest: Rest
        var interrupting_rest: Rest
        var minimum_words: Int?
    }

    /// Reads and compiles the file, naming the file, line and rule id of a bad pattern.
    public static func load(from path: String, template: PatternTemplate) throws -> ReportedSpeechRules {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        let leading = try file.leading.map { entry in
            var whole = entry.rule
            whole.pattern += entry.afterVerb ?? ""
            let afterVerb = try entry.afterVerb.map { source in
                let idLine = RuleFile.line(ofKey: "id", in: text, matching: entry.rule.id)
                let origin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "after_verb", in: text, after: idLine ?? 0),
                                           rule: entry.rule.id + " after_verb")
                return try Pattern(try template.expand(source, origin: origin), origin: origin)
            }
            return Rule(id: entry.rule.id, pattern: try whole.compile(file: path, text: text, template: template),
                        afterVerb: afterVerb,
                        lead: try entry.rule.compileLead(entry.lead, file: path, text: text, template: template),
                        verbLists: entry.verbLists, verbPhrases: entry.verbPhrases,
                        verbFollowsStart: entry.verbFollowsStart, verbAfterSource: entry.verbAfterSource,
                        afterQuotation: entry.afterQuotation, continuesSource: entry.continuesSource,
                        matching: entry.rule.examples?.match ?? [], nonMatching: entry.rule.examples?.no_match ?? [])
        }
        let clauseEnd = try RuleFile.compile(file.clause_end, key: "clause_end", file: path, text: text, template: template)
        return ReportedSpeechRules(leading: leading,
                                   trailingRest: try file.trailing_rest.compile(key: "trailing_rest", file: path, text: text, template: template),
                                   clauseEnd: clauseEnd,
                                   clauseEndAtSpeech: try file.clause_end_at_speech?.compile(key: "clause_end_at_speech", file: path,
                                                                                             text: text, template: template),
                                   sourceSpan: file.source_span, trailingOpeners: file.trailing_openers,
                                   interruptingRest: try file.interrupting_rest.compile(key: "interrupting_rest", file: path,
                                                                                         text: text, template: template),
                                   minimumWords: file.minimum_words ?? 4)
    }
}
