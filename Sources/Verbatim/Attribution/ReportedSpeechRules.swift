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
        struct Entry: Decodable {
            struct Examples: Decodable {
                var match: [AttributionFrame.Example]?
                var no_match: [AttributionFrame.Example]?
            }
            var id: String
            var pattern: String
            var examples: Examples?
        }
        struct Rest: Decodable {
            struct Examples: Decodable { var match: [String]?; var no_match: [String]? }
            var pattern: String
            var examples: Examples?
        }
        var leading: [Entry]
        var clause_end: String
        var trailing_rest: Rest
    }

    /// Reads and compiles the file, naming the file, line and rule id of a bad pattern.
    public static func load(from path: String, template: PatternTemplate) throws -> ReportedSpeechRules {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        let leading = try file.leading.map { entry in
            let idLine = RuleFile.line(ofKey: "id", in: text, matching: entry.id)
            let origin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "pattern", in: text, after: idLine ?? 0),
                                       rule: entry.id)
            return Rule(id: entry.id, pattern: try Pattern(try template.expand(entry.pattern, origin: origin), origin: origin),
                        matching: entry.examples?.match ?? [], nonMatching: entry.examples?.no_match ?? [])
        }
        let restOrigin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "trailing_rest", in: text, after: 0),
                                       rule: "trailing_rest")
        let rest = try Pattern(try template.expand(file.trailing_rest.pattern, origin: restOrigin), origin: restOrigin)
        let endOrigin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "clause_end", in: text), rule: "clause_end")
        let clauseEnd = try Pattern(try template.expand(file.clause_end, origin: endOrigin), origin: endOrigin)
        return ReportedSpeechRules(leading: leading, trailingRest: rest, clauseEnd: clauseEnd,
                                   trailingRestMatching: file.trailing_rest.examples?.match ?? [],
                                   trailingRestNonMatching: file.trailing_rest.examples?.no_match ?? [])
    }
}
