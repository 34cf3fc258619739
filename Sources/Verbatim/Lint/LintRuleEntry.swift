/// The raw YAML shapes of a lint rule file, before validation. Every field is optional here so that
/// ``LintRuleLoader`` can say which rule lacks what, with its id and line.
struct LintRuleFileContents: Decodable {
    var description: String?
    /// Extra placeholders for this file's patterns: `NAME: [words]`.
    var lists: [String: [String]]?
    var rules: [LintRuleEntry]?
}

/// One entry of `rules:` as written: the keys every rule has, and the keys of its kind decoded by the kind's
/// ``LintCheck`` type (``settings``).
struct LintRuleEntry: Decodable {
    var id: String?
    var kind: String?
    var severity: String?
    var message: String?
    var description: String?
    var enabled: Bool?
    var examples: Examples?
    /// The keys of the rule's kind, when the kind is known.
    var settings: (any LintCheckSettings)?
    /// Keys the entry has that its kind does not understand (typos such as `enabeld`, or keys of another
    /// kind such as `min_words` on an `existence` rule).
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
        case id, kind, severity, message, description, enabled, examples
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        kind = try container.decodeIfPresent(String.self, forKey: .kind)
        severity = try container.decodeIfPresent(String.self, forKey: .severity)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        enabled = try container.decodeIfPresent(Bool.self, forKey: .enabled)
        examples = try container.decodeIfPresent(Examples.self, forKey: .examples)
        var known = CodingKeys.allCases.map(\.rawValue)
        if let type = kind.flatMap(LintChecks.type(named:)) {
            settings = try type.decodeSettings(from: decoder)
            known += type.settingKeys
        } else {
            known += LintChecks.allKeys
        }
        unknownKeys = try Self.unknownKeys(in: decoder, known: known)
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
