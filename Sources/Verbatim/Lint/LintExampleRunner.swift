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

    /// Text put in front of every example once more: non-ASCII letters and marks, so a finding must land
    /// on the same words with its byte offsets shifted.
    public static let nonASCIIPrefix = "Ärger über die Straße — Größe 30 €, naïve café.\n\n"

    /// What is wrong with `rule`'s examples: one line per failing example, empty when all pass. Each
    /// example runs as written, behind ``nonASCIIPrefix`` (the same findings, offsets shifted), and a
    /// trigger example also behind a `<!-- verbatim-disable RULE -->` comment (no finding).
    public func failures(of rule: LintRule) throws -> [String] {
        var configuration = LintConfiguration()
        configuration.onlyRules = [rule.id]
        let linter = Linter(rules: rules, configuration: configuration)
        var failures: [String] = []
        for prefix in ["", Self.nonASCIIPrefix] {
            let place = prefix.isEmpty ? "" : " (behind non-ASCII text)"
            for example in rule.triggering {
                let (findings, document) = try lint(prefix + example.text, rule: rule, linter: linter)
                let texts = findings.map { String(decoding: document.bytes[$0.range], as: UTF8.self) }
                if findings.isEmpty {
                    failures.append("\(rule.id): should trigger\(place) on: \(example.text)")
                } else if let evidence = example.evidence, !texts.contains(evidence) {
                    failures.append("\(rule.id): should cover “\(evidence)”\(place) but covered \(texts.map { "“\($0)”" }.joined(separator: ", ")) in: \(example.text)")
                }
            }
            for example in rule.nonTriggering {
                let (findings, document) = try lint(prefix + example.text, rule: rule, linter: linter)
                for finding in findings {
                    let text = String(decoding: document.bytes[finding.range], as: UTF8.self)
                    failures.append("\(rule.id): should not trigger\(place) on “\(text)” in: \(example.text)")
                }
            }
        }
        for example in rule.triggering {
            let (findings, _) = try lint("<!-- verbatim-disable \(rule.id) -->\n" + example.text, rule: rule, linter: linter)
            if !findings.isEmpty {
                failures.append("\(rule.id): should be silenced by a verbatim-disable comment in: \(example.text)")
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
