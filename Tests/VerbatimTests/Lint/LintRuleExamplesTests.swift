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
