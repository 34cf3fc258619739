import Foundation
import Testing
@testable import Verbatim

/// Mistakes in a user's rule file are reported with the file, the line and the rule id; a catastrophic
/// pattern fails with an error naming the rule.
@Suite struct LintRuleLoaderTests {
    /// Loads `yaml` as a user rule file and returns the error it raises.
    func loadError(_ yaml: String) throws -> (RuleError, String) {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = "\(folder)/house.yml"
        try LintFixtures.write(yaml, to: file)
        let error = try #require(throws: RuleError.self) {
            try LintRuleSet(book: Fixtures.rules, extraFolders: [folder])
        }
        return (error, file)
    }

    static let header = "description: house rules\nrules:\n  - id: fine\n    kind: existence\n    severity: warning\n    message: 'ok'\n    pattern: 'x'\n"

    @Test func anUnknownKindNamesFileLineAndRule() throws {
        let (error, file) = try loadError(Self.header + "  - id: odd-kind\n    kind: existance\n    severity: error\n    message: 'm'\n    pattern: 'y'\n")
        #expect(error.file == file && error.line == 9)
        #expect(error.reason.contains("rule 'odd-kind'") && error.reason.contains("existance") && error.reason.contains("existence"))
    }

    @Test func aPatternThatDoesNotCompileNamesTheRule() throws {
        let (error, file) = try loadError(Self.header + "  - id: broken\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: '(unclosed'\n")
        #expect(error.file == file && error.line == 12)
        #expect(error.reason.contains("rule 'broken'") && error.reason.contains("(unclosed"))
    }

    @Test func anUnknownPlaceholderIsNamed() throws {
        let (error, _) = try loadError(Self.header + "  - id: placeholder\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: '{NAMES} said'\n")
        #expect(error.line == 12 && error.reason.contains("{NAMES}") && error.reason.contains("TITLE"))
    }

    @Test func missingAndMistypedKeysNameTheRule() throws {
        let (missing, _) = try loadError(Self.header + "  - id: no-pattern\n    kind: existence\n    severity: error\n    message: 'm'\n")
        #expect(missing.line == 8 && missing.reason.contains("rule 'no-pattern'") && missing.reason.contains("pattern"))
        let (typo, _) = try loadError(Self.header + "  - id: typo\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: 'y'\n    enabeld: false\n")
        #expect(typo.line == 13 && typo.reason.contains("enabeld"))
        let (severity, _) = try loadError(Self.header + "  - id: loud\n    kind: existence\n    severity: fatal\n    message: 'm'\n    pattern: 'y'\n")
        #expect(severity.line == 10 && severity.reason.contains("fatal"))
        let (type, _) = try loadError(Self.header + "  - id: typed\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: 'y'\n    enabled: maybe\n")
        #expect(type.reason.contains("rule 'typed'") && type.line == 13)
    }

    @Test func aKeyOfAnotherKindNamesFileLineAndRule() throws {
        let (error, file) = try loadError(Self.header + "  - id: wordy\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: 'y'\n    min_words: 3\n")
        #expect(error.file == file && error.line == 13)
        #expect(error.reason.contains("rule 'wordy'") && error.reason.contains("takes no 'min_words'")
                && error.reason.contains("pattern"))
        let (problem, _) = try loadError(Self.header + "  - id: names\n    kind: name-consistency\n    severity: error\n    message: 'm'\n    problem: stray-closing\n")
        #expect(problem.line == 12 && problem.reason.contains("rule 'names'") && problem.reason.contains("takes no 'problem'"))
    }

    @Test func messagePlaceholdersMustExist() throws {
        let (error, _) = try loadError(Self.header + "  - id: holes\n    kind: existence\n    severity: error\n    message: 'Bad {who}'\n    pattern: '(?<name>y)'\n")
        #expect(error.reason.contains("{who}") && error.reason.contains("{name}"))
    }

    @Test func anIDDefinedTwiceIsAnError() throws {
        let (error, _) = try loadError(Self.header + "  - id: vague-source\n    kind: existence\n    severity: error\n    message: 'm'\n    pattern: 'y'\n")
        #expect(error.reason.contains("vague-source") && error.reason.contains("sourcing.yml"))
    }

    @Test func invalidYAMLGivesALine() throws {
        let (error, _) = try loadError("rules:\n  - id: a\n    message: 'unterminated\n")
        #expect(error.line != nil, "\(error)")
    }

    @Test func aCatastrophicPatternFailsWithTheRuleID() throws {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LintFixtures.write("""
            rules:
              - id: slow-rule
                kind: existence
                severity: warning
                message: 'slow'
                pattern: '(?:a|a|aa)+b'
            """, to: "\(folder)/slow.yml")
        let rules = try LintRuleSet(book: Fixtures.rules, extraFolders: [folder])
        var configuration = LintConfiguration()
        configuration.onlyRules = ["slow-rule"]
        let document = try Document(path: "long.txt", data: Array((String(repeating: "a", count: 60) + "c b\n").utf8))
        let error = try #require(throws: LintError.self) {
            try Linter(rules: rules, configuration: configuration).lint(document, extraction: nil)
        }
        #expect(error.rule == "slow-rule" && error.path == "long.txt")
        #expect(error.description.contains("slow.yml:2") && error.description.contains("slow-rule"))
    }

    @Test func structuralRulesNeedExtractionAndArePatternFree() throws {
        let (error, _) = try loadError(Self.header + "  - id: q\n    kind: unattributed-quote\n    severity: error\n    message: 'm'\n    pattern: 'y'\n")
        #expect(error.reason.contains("takes no 'pattern'"))
        let linter = Linter(rules: LintFixtures.ruleSet, configuration: LintConfiguration())
        let document = try Document(path: "a.txt", data: Array("He said “this never closes.\n".utf8))
        let withoutExtraction = try linter.lint(document, extraction: nil)
        #expect(!withoutExtraction.contains { $0.rule == "unclosed-quote" })
        let withExtraction = try linter.lint(document, extraction: try Extractor(rules: Fixtures.rules).extract(document))
        #expect(withExtraction.contains { $0.rule == "unclosed-quote" })
    }
}
