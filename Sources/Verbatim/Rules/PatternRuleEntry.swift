/// One pattern rule as a rules file writes it: an id, a pattern with placeholders, and the examples the
/// test suite runs (`match` examples may list the groups they expect).
struct PatternRuleEntry: Decodable {
    struct Examples: Decodable {
        var match: [AttributionFrame.Example]?
        var no_match: [AttributionFrame.Example]?
    }

    var id: String
    var pattern: String
    var examples: Examples?

    /// The entry's pattern, placeholders expanded and compiled, with an origin naming the file, the line of
    /// its `pattern:` key and its id.
    func compile(file path: String, text: String, template: PatternTemplate) throws -> Pattern {
        let idLine = RuleFile.line(ofKey: "id", in: text, matching: id)
        let origin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "pattern", in: text, after: idLine ?? 0), rule: id)
        return try Pattern(try template.expand(pattern, origin: origin), origin: origin)
    }

    /// The entry's `lead:` pattern (something every match of the rule contains) compiled, after checking
    /// that it finds something in each `match` example: it must hold wherever the rule matches, or the
    /// rule would be skipped where it applies. `nil` without a lead.
    func compileLead(_ lead: String?, file path: String, text: String, template: PatternTemplate) throws -> Pattern? {
        guard let lead else { return nil }
        let idLine = RuleFile.line(ofKey: "id", in: text, matching: id)
        let line = RuleFile.line(ofKey: "lead", in: text, after: idLine ?? 0)
        let origin = PatternOrigin(file: path, line: line, rule: id)
        let pattern = try Pattern(try template.expand(lead, origin: origin), origin: origin)
        let matcher = Matcher(pattern)
        for example in examples?.match ?? [] {
            let bytes = Array(example.text.utf8)
            guard try bytes.withUnsafeBufferPointer({ try matcher.firstMatch(in: $0) }) != nil else {
                throw RuleError(file: path, line: line, reason: "the lead of '\(id)' finds nothing in its example: \(example.text)")
            }
        }
        return pattern
    }
}

extension RuleFile {
    /// A top-level pattern (`key: '…'`) of a rules file, compiled with an origin naming the file, line and key.
    static func compile(_ source: String, key: String, file path: String, text: String,
                        template: PatternTemplate) throws -> Pattern {
        let origin = PatternOrigin(file: path, line: line(ofKey: key, in: text), rule: key)
        return try Pattern(try template.expand(source, origin: origin), origin: origin)
    }
}
