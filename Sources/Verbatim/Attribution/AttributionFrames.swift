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
}

/// The compiled attribution frames, in the order the rules file lists them.
public struct AttributionFrames: Sendable {
    public var after: [AttributionFrame]
    public var before: [AttributionFrame]
    /// Text between two quotations that makes the second continue the first (`split_between`).
    public var splitBetween: Pattern

    struct File: Decodable {
        var after: [PatternRuleEntry]
        var before: [PatternRuleEntry]
        var split_between: String
    }

    /// Reads and compiles the frames file, reporting a bad pattern with its file, line and rule id.
    public static func load(from path: String, template: PatternTemplate) throws -> AttributionFrames {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        func compile(_ rules: [PatternRuleEntry], _ position: AttributionFrame.Position) throws -> [AttributionFrame] {
            try rules.map { rule in
                AttributionFrame(id: rule.id, position: position,
                                 pattern: try rule.compile(file: path, text: text, template: template),
                                 matching: rule.examples?.match ?? [], nonMatching: rule.examples?.no_match ?? [])
            }
        }
        let split = try RuleFile.compile(file.split_between, key: "split_between", file: path, text: text, template: template)
        return AttributionFrames(after: try compile(file.after, .after), before: try compile(file.before, .before),
                                 splitBetween: split)
    }
}
