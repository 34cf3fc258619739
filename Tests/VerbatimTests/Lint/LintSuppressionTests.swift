import Testing
@testable import Verbatim

/// `<!-- verbatim-disable rule-id -->` … `<!-- verbatim-enable rule-id -->` in Markdown.
@Suite struct LintSuppressionTests {
    static var vagueOnly: LintConfiguration {
        var configuration = LintConfiguration()
        configuration.onlyRules = ["vague-source", "stray-period"]
        return configuration
    }

    @Test func aRegionSilencesTheNamedRuleOnly() throws {
        let text = """
            Analysts say the first claim holds.

            <!-- verbatim-disable vague-source -->
            Experts say the second claim holds. It rained on the stage .
            <!-- verbatim-enable vague-source -->

            Observers say the third claim holds.
            """
        let findings = try LintFixtures.lint(text, configuration: Self.vagueOnly)
        #expect(findings.filter { $0.rule == "vague-source" }.map { LintFixtures.text(of: $0, in: text) }
                == ["Analysts say", "Observers say"])
        #expect(findings.filter { $0.rule == "stray-period" }.map { LintFixtures.text(of: $0, in: text) } == ["stage ."])
    }

    @Test func aDirectiveWithoutIDsSilencesEveryRule() throws {
        let text = """
            <!-- verbatim-disable -->
            Experts say it holds. It rained on the stage .
            <!-- verbatim-enable -->
            Observers say it holds.
            """
        let findings = try LintFixtures.lint(text, configuration: Self.vagueOnly)
        #expect(findings.map { LintFixtures.text(of: $0, in: text) } == ["Observers say"])
    }

    @Test func anOpenRegionRunsToTheEndAndListsMayNameSeveralRules() throws {
        let text = """
            Analysts say it holds.
            <!-- verbatim-disable vague-source, stray-period -->
            Experts say it holds. It rained on the stage .
            """
        let findings = try LintFixtures.lint(text, configuration: Self.vagueOnly)
        #expect(findings.map { LintFixtures.text(of: $0, in: text) } == ["Analysts say"])
    }

    @Test func otherCommentsAreIgnored() throws {
        let text = "<!-- a note for the desk -->\nExperts say it holds.\n"
        #expect(try LintFixtures.lint(text, configuration: Self.vagueOnly).count == 1)
    }

    @Test func regionsCoverTheTextBetweenTheComments() {
        let text = "a <!-- verbatim-disable x --> b <!-- verbatim-enable x --> c"
        let suppression = Suppression(bytes: Array(text.utf8))
        let b = text.utf8.count - " b <!-- verbatim-enable x --> c".utf8.count + 1
        let c = text.utf8.count - 1
        #expect(suppression.suppresses(rule: "x", at: b))
        #expect(!suppression.suppresses(rule: "y", at: b))
        #expect(!suppression.suppresses(rule: "x", at: c))
        #expect(!suppression.suppresses(rule: "x", at: 0))
    }
}
