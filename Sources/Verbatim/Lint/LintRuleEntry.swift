/// The raw YAML shapes of a lint rule file, before validation. Every field is optional here so that
/// ``LintRuleLoader`` can say which rule lacks what, with its id and line.
struct LintRuleFileContents: Decodable {
    var description: String?
    /// Extra placeholders for this file's patterns: `NAME: [words]`.
    var lists: [String: [String]]?
    var rules: [LintRuleEntry]?
}

/// One entry of `rules:` as written.
struct LintRuleEntry: Decodable {
    var id: String?
    var kind: String?
    var severity: String?
    var message: String?
    var description: String?
    var enabled: Bool?
    var pattern: String?
    /// Compile the pattern case-insensitively.
    var caseless: Bool?
    var suggest: String?
    var quoteKinds: [String]?
    var minWords: Int?
    var standaloneMaxWords: Int?
    var skipWhenCueInParagraph: Bool?
    var sourceBefore: String?
    var sourceAfter: String?
    var skipAfterColon: Bool?
    var problem: String?
    var contextWords: Int?
    var maxDistance: Int?
    var minWordLength: Int?
    var examples: Examples?
    /// Keys the entry has that no rule understands (typos such as `enabeld`).
    var unknownKeys: [String] = []

    struct Examples: Decodable {
        var trigger: [Example]?
        var noTrigger: [Example]?
        var unknownKeys: [String] = []

        enum CodingKeys: String, CodingKey, CaseIterable { case trigger, noTrigger = "no_trigger" }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            trigger = try container.decodeIfPresent([Example].self, forKey: .trigger)
            noTrigger = try container.decodeIfPresent([Example].self, forKey: .noTrigger)
            unknownKeys = try LintRuleEntry.unknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
        }
    }

    /// An example: a plain string, or `{text: …, evidence: …}`.
    struct Example: Decodable {
        var text: String
        var evidence: String?

        enum CodingKeys: String, CodingKey { case text, evidence }

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                self.text = text
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            evidence = try container.decodeIfPresent(String.self, forKey: .evidence)
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, severity, message, description, enabled, pattern, caseless, suggest
        case quoteKinds = "quote_kinds", minWords = "min_words", standaloneMaxWords = "standalone_max_words"
        case skipWhenCueInParagraph = "skip_when_cue_in_paragraph", sourceBefore = "source_before"
        case sourceAfter = "source_after", skipAfterColon = "skip_after_colon", problem, contextWords = "context_words"
        case maxDistance = "max_distance", minWordLength = "min_word_length", examples
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        severity = try container.decodeIfPresent(String.self, forKey: .severity)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        pattern = try container.decodeIfPresent(String.self, forKey: .pattern)
        caseless = try container.decodeIfPresent(Bool.self, forKey: .caseless)
        suggest = try container.decodeIfPresent(String.self, forKey: .suggest)
        quoteKinds = try container.decodeIfPresent([String].self, forKey: .quoteKinds)
        minWords = try container.decodeIfPresent(Int.self, forKey: .minWords)
        standaloneMaxWords = try container.decodeIfPresent(Int.self, forKey: .standaloneMaxWords)
        skipWhenCueInParagraph = try container.decodeIfPresent(Bool.self, forKey: .skipWhenCueInParagraph)
        sourceBefore = try container.decodeIfPresent(String.self, forKey: .sourceBefore)
        sourceAfter = try container.decodeIfPresent(String.self, forKey: .sourceAfter)
        skipAfterColon = try container.decodeIfPresent(Bool.self, forKey: .skipAfterColon)
        problem = try container.decodeIfPresent(String.self, forKey: .problem)
        contextWords = try container.decodeIfPresent(Int.self, forKey: .contextWords)
        maxDistance = try container.decodeIfPresent(Int.self, forKey: .maxDistance)
        minWordLength = try container.decodeIfPresent(Int.self, forKey: .minWordLength)
        examples = try container.decodeIfPresent(Examples.self, forKey: .examples)
        unknownKeys = try Self.unknownKeys(in: decoder, known: CodingKeys.allCases.map(\.rawValue))
    }

    /// The keys of the mapping being decoded that are not in `known`.
    static func unknownKeys(in decoder: any Decoder, known: [String]) throws -> [String] {
        let all = try decoder.container(keyedBy: AnyKey.self)
        return all.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}

/// Only the ids of a rule file's entries, read leniently, to name the rule a decoding error is about.
struct LintRuleIDs: Decodable {
    struct Entry: Decodable { var id: String? }
    var rules: [Entry]?
}
