import Testing
@testable import Verbatim

/// The one generic test behind every lint rule: each rule of each file in `Rules/lint/` carries triggering
/// and non-triggering examples, and they behave as written.
@Suite struct LintRuleExamplesTests {
    static let ruleSet: LintRuleSet = {
        do { return try LintRuleSet(book: Fixtures.rules) } catch { fatalError("cannot load lint rules: \(error)") }
    }()

    @Test(arguments: ruleSet.ids)
    func examples(id: String) throws {
        let rule = try #require(Self.ruleSet.rule(id))
        #expect(!rule.triggering.isEmpty, "rule \(id) carries no triggering example")
        #expect(!rule.nonTriggering.isEmpty, "rule \(id) carries no non-triggering example")
        let failures = try LintExampleRunner(rules: Self.ruleSet).failures(of: rule)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func everyRuleFileLoads() throws {
        let files = try LintRuleSet.ruleFiles(in: "\(Fixtures.rulesFolder)/lint")
        #expect(files.count >= 5)
        let ids = Self.ruleSet.ids
        #expect(Set(ids).count == ids.count)
        for expected in ["stray-period-in-name", "fused-name-title", "truncated-affiliation", "dangling-attribution",
                         "doubled-attribution", "repeated-attribution", "missing-space-bracket", "missing-space-quote",
                         "vague-source", "unattributed-quote", "stray-closing-quote", "unclosed-quote", "name-spelling"] {
            #expect(ids.contains(expected), "missing rule \(expected)")
        }
    }
}

/// Style rules leave quoted words alone unless they opt in with `inside_quotes: true`.
@Suite struct InsideQuotesTests {
    func rules(insideQuotes: Bool?) throws -> LintRuleSet {
        let folder = try LintFixtures.temporaryFolder()
        let option = insideQuotes.map { "    inside_quotes: \($0)\n" } ?? ""
        try LintFixtures.write("rules:\n  - id: no-very\n    kind: existence\n    severity: warning\n    message: 'Cut {match}.'\n"
                               + "    pattern: '\\b(?i:very)\\b'\n" + option, to: "\(folder)/style.yml")
        return try LintRuleSet(book: Fixtures.rules, extraFolders: [folder])
    }

    @Test func styleRulesSkipQuotedWordsUnlessTheyOptIn() throws {
        var configuration = LintConfiguration()
        configuration.onlyRules = ["no-very"]
        let text = "It was very late. “It is very hard,” said Maria Lopez.\n"
        let byDefault = try LintFixtures.lint(text, configuration: configuration, rules: rules(insideQuotes: nil))
        #expect(byDefault.map(\.range.lowerBound) == [Array(text.utf8).firstRange(of: Array("very".utf8))!.lowerBound])
        let optedIn = try LintFixtures.lint(text, configuration: configuration, rules: rules(insideQuotes: true))
        #expect(optedIn.count == 2)
    }

    @Test func quotationChecksFireInsideQuotes() throws {
        var configuration = LintConfiguration()
        configuration.onlyRules = ["repeated-word"]
        let findings = try LintFixtures.lint("“We saw the the end,” said Maria Lopez.\n", configuration: configuration)
        #expect(findings.count == 1)
    }
}
