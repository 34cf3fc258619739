import Foundation

/// The compiled patterns of `Rules/attribution/reported-speech.yml`.
public struct ReportedSpeechRules: Sendable {
    /// A pattern with the examples it carries.
    public struct Rule: Sendable {
        public var id: String
        public var pattern: Pattern
        public var matching: [AttributionFrame.Example]
        public var nonMatching: [AttributionFrame.Example]
    }

    /// Patterns that end where a reported clause begins ("Putin said that |…").
    public var leading: [Rule]
    /// What may follow a trailing attribution frame for it to close the sentence.
    public var trailingRest: Pattern
    /// Where a reported clause stops before the end of its sentence.
    public var clauseEnd: Pattern
    public var trailingRestMatching: [String]
    public var trailingRestNonMatching: [String]

    struct File: Decodable {
        struct Rest: Decodable {
            struct Examples: Decodable { var match: [String]?; var no_match: [String]? }
            var pattern: String
            var examples: Examples?
        }
        var leading: [PatternRuleEntry]
        var clause_end: String
        var trailing_rest: Rest
    }

    /// Reads and compiles the file, naming the file, line and rule id of a bad pattern.
    public static func load(from path: String, template: PatternTemplate) throws -> ReportedSpeechRules {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        let leading = try file.leading.map { entry in
            Rule(id: entry.id, pattern: try entry.compile(file: path, text: text, template: template),
                 matching: entry.examples?.match ?? [], nonMatching: entry.examples?.no_match ?? [])
        }
        let rest = try RuleFile.compile(file.trailing_rest.pattern, key: "trailing_rest", file: path, text: text, template: template)
        let clauseEnd = try RuleFile.compile(file.clause_end, key: "clause_end", file: path, text: text, template: template)
        return ReportedSpeechRules(leading: leading, trailingRest: rest, clauseEnd: clauseEnd,
                                   trailingRestMatching: file.trailing_rest.examples?.match ?? [],
                                   trailingRestNonMatching: file.trailing_rest.examples?.no_match ?? [])
    }
}
