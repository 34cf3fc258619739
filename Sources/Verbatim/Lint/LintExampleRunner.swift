/// Runs the `examples` a lint rule carries: each `trigger` text must give at least one finding of the rule
/// (covering exactly the `evidence`, when one is named) and each `no_trigger` text none. The test suite runs
/// it for every rule in `Rules/lint/`; rule authors can run it on their own folders.
public struct LintExampleRunner {
    /// The rules whose examples run (and whose word lists the extractor uses).
    public let rules: LintRuleSet
    private let extractor: Extractor

    /// A runner for `rules`, with an extractor for the structural kinds.
    public init(rules: LintRuleSet) {
        self.rules = rules
        extractor = Extractor(rules: rules.book)
    }

    /// What is wrong with `rule`'s examples: one line per failing example, empty when all pass.
    public func failures(of rule: LintRule) throws -> [String] {
        var configuration = LintConfiguration()
        configuration.onlyRules = [rule.id]
        let linter = Linter(rules: rules, configuration: configuration)
        var failures: [String] = []
        for example in rule.triggering {
            let (findings, document) = try lint(example.text, rule: rule, linter: linter)
            let texts = findings.map { String(decoding: document.bytes[$0.range], as: UTF8.self) }
            if findings.isEmpty {
                failures.append("\(rule.id): should trigger on: \(example.text)")
            } else if let evidence = example.evidence, !texts.contains(evidence) {
                failures.append("\(rule.id): should cover “\(evidence)” but covered \(texts.map { "“\($0)”" }.joined(separator: ", ")) in: \(example.text)")
            }
        }
        for example in rule.nonTriggering {
            let (findings, document) = try lint(example.text, rule: rule, linter: linter)
            for finding in findings {
                let text = String(decoding: document.bytes[finding.range], as: UTF8.self)
                failures.append("\(rule.id): should not trigger on “\(text)” in: \(example.text)")
            }
        }
        return failures
    }

    private func lint(_ text: String, rule: LintRule, linter: Linter) throws -> ([Finding], Document) {
        let document = try Document(path: "\(rule.id)-example.txt", data: Array(text.utf8), format: .plainText)
        let extraction = rule.extractionUse != .unused ? try extractor.extract(document) : nil
        return (try linter.lint(document, extraction: extraction), document)
    }
}
