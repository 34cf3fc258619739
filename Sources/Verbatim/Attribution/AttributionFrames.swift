import Foundation

/// One attribution frame from `Rules/attribution/frames.yml`, compiled.
public struct AttributionFrame: Sendable {
    /// Where the frame is matched relative to the quotation.
    public enum Position: String, Sendable { case after, before }

    /// An example the rule carries: text that must (or must not) match, with expected group values.
    public struct Example: Sendable, Decodable {
        public var text: String
        public var groups: [String: String]

        struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            text = try container.decode(String.self, forKey: AnyKey(stringValue: "text"))
            var groups: [String: String] = [:]
            for key in container.allKeys where key.stringValue != "text" {
                groups[key.stringValue] = try container.decode(String.self, forKey: key)
            }
            self.groups = groups
        }
    }

    public var id: String
    public var position: Position
    public var pattern: Pattern
    public var matching: [Example]
    public var nonMatching: [Example]
    /// Something every text the frame matches contains (`lead:`), searched once per text before the
    /// frame is tried at any of its words; `nil` when the frame names none.
    public var lead: Pattern?
    /// With `verb_after_source: true`, a before-frame opens with its source and only a comma-enclosed
    /// affiliation or a comma, and up to ``wordsBeforeVerb`` lower-case words of any kind, stand between
    /// the source and its speech verb: the frame is not tried at a start whose text reaches no speech
    /// cue that way.
    public var verbAfterSource: Bool
    /// The `words_before_verb` of a `verb_after_source` frame (0 when the file names none).
    public var wordsBeforeVerb: Int
    /// With `verb_after_words: N`, an after-frame opens with `[\s,]*` or `[\s,.]*`, then N words of letters each
    /// followed by spaces, then its verb (a speech cue): it is not tried where no cue stands there.
    public var verbAfterWords: Int?
    /// With `verb_within_words: N`, an after-frame opens with `[\s,]*`, then one to N words (of letters,
    /// digits and `.’'-`) each followed by spaces, then its verb (a speech cue): it is not tried where no
    /// cue stands after one of those words.
    public var verbWithinWords: Int?
}

/// The compiled attribution frames, in the order the rules file lists them.
public struct AttributionFrames: Sendable {
    public var after: [AttributionFrame]
    public var before: [AttributionFrame]
    /// Text between two quotations that makes the second continue the first (`split_between`).
    public var splitBetween: Pattern

    struct File: Decodable {
        var after: [Entry]
        var before: [Entry]
        var split_between: String
    }

    /// A frame as the file writes it: a pattern rule with an optional `lead:` pattern and source span.
    struct Entry: Decodable {
        var rule: PatternRuleEntry
        var lead: String?
        var verbAfterSource: Bool
        var wordsBeforeVerb: Int
        var verbAfterWords: Int?
        var verbWithinWords: Int?

        enum Keys: String, CodingKey {
            case lead, verbAfterSource = "verb_after_source", wordsBeforeVerb = "words_before_verb"
            case verbAfterWords = "verb_after_words", verbWithinWords = "verb_within_words"
        }

        init(from decoder: Decoder) throws {
            rule = try PatternRuleEntry(from: decoder)
            let container = try decoder.container(keyedBy: Keys.self)
            lead = try container.decodeIfPresent(String.self, forKey: .lead)
            verbAfterSource = try container.decodeIfPresent(Bool.self, forKey: .verbAfterSource) ?? false
            wordsBeforeVerb = try container.decodeIfPresent(Int.self, forKey: .wordsBeforeVerb) ?? 0
            verbAfterWords = try container.decodeIfPresent(Int.self, forKey: .verbAfterWords)
            verbWithinWords = try container.decodeIfPresent(Int.self, forKey: .verbWithinWords)
        }

        /// The `lead:` pattern compiled (``PatternRuleEntry/compileLead(_:file:text:template:)``).
        func compileLead(file path: String, text: String, template: PatternTemplate) throws -> Pattern? {
            try rule.compileLead(lead, file: path, text: text, template: template)
        }
    }

    /// Reads and compiles the frames file, reporting a bad pattern with its file, line and rule id.
    public static func load(from path: String, template: PatternTemplate) throws -> AttributionFrames {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        func compile(_ entries: [Entry], _ position: AttributionFrame.Position) throws -> [AttributionFrame] {
            try entries.map { entry in
                let rule = entry.rule
                return AttributionFrame(id: rule.id, position: position,
                                        pattern: try rule.compile(file: path, text: text, template: template),
                                        matching: rule.examples?.match ?? [], nonMatching: rule.examples?.no_match ?? [],
                                        lead: try entry.compileLead(file: path, text: text, template: template),
                                        verbAfterSource: entry.verbAfterSource, wordsBeforeVerb: entry.wordsBeforeVerb,
                                        verbAfterWords: entry.verbAfterWords, verbWithinWords: entry.verbWithinWords)
            }
        }
        let split = try RuleFile.compile(file.split_between, key: "split_between", file: path, text: text, template: template)
        return AttributionFrames(after: try compile(file.after, .after), before: try compile(file.before, .before),
                                 splitBetween: split)
    }
}
