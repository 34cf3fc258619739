import Foundation
import Testing
@testable import Verbatim

/// `.verbatim.yml` discovery, loading, and the precedence command line > configuration > rule defaults.
@Suite struct LintConfigurationTests {
    @Test func configurationInAParentIsFoundFromAChildFolder() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("disabled_rules: [vague-source]\n", to: "\(root)/.verbatim.yml")
        let child = "\(root)/drafts/2024/may"
        try FileManager.default.createDirectory(atPath: child, withIntermediateDirectories: true)
        #expect(LintConfiguration.discover(from: child) == "\(root)/.verbatim.yml")
        let configuration = try LintConfiguration.resolve(explicit: nil, from: child)
        #expect(configuration.file == "\(root)/.verbatim.yml")
        #expect(configuration.disabledRules == ["vague-source"])
    }

    @Test func theNearestConfigurationWins() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("disabled_rules: [vague-source]\n", to: "\(root)/.verbatim.yml")
        try LintFixtures.write("disabled_rules: [stray-period]\n", to: "\(root)/desk/.verbatim.yml")
        #expect(LintConfiguration.discover(from: "\(root)/desk") == "\(root)/desk/.verbatim.yml")
        #expect(try LintConfiguration.resolve(explicit: nil, from: "\(root)/desk").disabledRules == ["stray-period"])
    }

    @Test func withoutAConfigurationTheSearchStopsAtTheRoot() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let found = LintConfiguration.discover(from: root)
        // Nothing inside the fresh folder; anything found lies above it (only if someone left one in /tmp).
        #expect(found == nil || !found!.hasPrefix(root))
        #expect(LintConfiguration.discover(from: "/") == (FileManager.default.fileExists(atPath: "/.verbatim.yml") ? "/.verbatim.yml" : nil))
    }

    @Test func anExplicitFileBeatsDiscovery() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("disabled_rules: [vague-source]\n", to: "\(root)/.verbatim.yml")
        try LintFixtures.write("disabled_rules: [stray-period]\n", to: "\(root)/other.yml")
        let configuration = try LintConfiguration.resolve(explicit: "\(root)/other.yml", from: root)
        #expect(configuration.disabledRules == ["stray-period"])
    }

    @Test func precedenceIsCommandLineThenFileThenDefaults() throws {
        let rules = LintFixtures.ruleSet
        let vague = try #require(rules.rule("vague-source"))
        let honorific = try #require(rules.rule("honorific-period"))
        let stray = try #require(rules.rule("stray-period"))
        // Defaults.
        let defaults = LintConfiguration()
        #expect(defaults.isEnabled(vague) && !defaults.isEnabled(honorific))
        #expect(defaults.severity(of: vague) == .suggestion)
        // The file changes them.
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("""
            disabled_rules: [vague-source]
            enabled_rules: [honorific-period]
            severity: {stray-period: error}
            """, to: "\(root)/.verbatim.yml")
        let file = try LintConfiguration.load(file: "\(root)/.verbatim.yml")
        #expect(!file.isEnabled(vague) && file.isEnabled(honorific))
        #expect(file.severity(of: stray) == .error)
        // The command line changes them again.
        let command = file.applying(LintOptions(enable: ["vague-source"], disable: ["honorific-period"],
                                                severities: ["stray-period": .info]))
        #expect(command.isEnabled(vague) && !command.isEnabled(honorific))
        #expect(command.severity(of: stray) == .info)
        // --only runs exactly the named rules, opt-in ones included, whatever the file says.
        let only = file.applying(LintOptions(only: ["vague-source", "curly-quotes"]))
        let curly = try #require(rules.rule("curly-quotes"))
        #expect(only.isEnabled(vague) && only.isEnabled(curly))
        #expect(!only.isEnabled(stray) && !only.isEnabled(honorific))
    }

    @Test func configuredSeverityReachesTheFindings() throws {
        var configuration = LintConfiguration()
        configuration.severities["vague-source"] = .error
        configuration.onlyRules = ["vague-source"]
        let findings = try LintFixtures.lint("Some analysts say the summit failed.\n", configuration: configuration)
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func ruleFoldersAndKnownNamesResolveAgainstTheConfigurationFile() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("""
            rule_folders: [house]
            known_names: people/names.yml
            """, to: "\(root)/.verbatim.yml")
        try LintFixtures.write("""
            rules:
              - id: no-very
                kind: existence
                severity: warning
                message: 'Cut “{match}”.'
                pattern: '\\b(?i:very)\\b'
                examples: {trigger: [It is very hard.], no_trigger: [It is hard.]}
            """, to: "\(root)/house/style.yml")
        try LintFixtures.write("""
            - {name: Li Mingjiang, variants: [Lee Mingjiang]}
            - Shen Dingli
            """, to: "\(root)/people/names.yml")
        let configuration = try LintConfiguration.load(file: "\(root)/.verbatim.yml")
        #expect(configuration.ruleFolders == ["\(root)/house"])
        #expect(configuration.knownNamesFile == "\(root)/people/names.yml")
        #expect(configuration.knownNames == [KnownName(canonical: "Li Mingjiang", variants: ["Lee Mingjiang"]),
                                              KnownName(canonical: "Shen Dingli")])
        let rules = try LintRuleSet(book: Fixtures.rules, extraFolders: configuration.ruleFolders)
        let text = "It is very hard, said Lee Mingjiang, a professor.\n"
        let findings = try LintFixtures.lint(text, configuration: configuration, rules: rules)
        #expect(findings.contains { $0.rule == "no-very" && LintFixtures.text(of: $0, in: text) == "very" })
        let name = try #require(findings.first { $0.rule == "name-spelling" })
        #expect(LintFixtures.text(of: name, in: text) == "Lee Mingjiang")
        #expect(name.suggestion == "Li Mingjiang")
    }

    @Test func knownNamesAlsoReadAMapping() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("names:\n  - {canonical: Wang Wenbin, variants: [Wang Wen]}\n", to: "\(root)/names.yml")
        #expect(try KnownNames.load(from: "\(root)/names.yml") == [KnownName(canonical: "Wang Wenbin", variants: ["Wang Wen"])])
    }

    @Test func mistakesInTheConfigurationNameFileAndLine() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = "\(root)/.verbatim.yml"
        try LintFixtures.write("disabled_rules: [vague-source]\nseverity:\n  stray-period: fatal\n", to: path)
        let severity = try #require(throws: RuleError.self) { try LintConfiguration.load(file: path) }
        #expect(severity.file == path && severity.line == 3 && severity.reason.contains("fatal"))
        try LintFixtures.write("disabled_rules: [vague-source]\ndisable_rules: [x]\n", to: path)
        let typo = try #require(throws: RuleError.self) { try LintConfiguration.load(file: path) }
        #expect(typo.line == 2 && typo.reason.contains("disable_rules"))
        try LintFixtures.write("disabled_rules: [a\nseverity: {b: error}\n", to: path)
        let syntax = try #require(throws: RuleError.self) { try LintConfiguration.load(file: path) }
        #expect(syntax.file == path && syntax.line != nil && syntax.reason.contains("YAML"))
        try LintFixtures.write("disabled_rules: [a]\nenabled_rules: [a]\n", to: path)
        #expect(throws: RuleError.self) { try LintConfiguration.load(file: path) }
    }

    @Test func anEmptyConfigurationIsTheDefaults() throws {
        let root = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try LintFixtures.write("# nothing yet\n", to: "\(root)/.verbatim.yml")
        let configuration = try LintConfiguration.load(file: "\(root)/.verbatim.yml")
        #expect(configuration.disabledRules.isEmpty && configuration.enabledRules.isEmpty && configuration.onlyRules == nil)
    }

    @Test func unknownRuleIDsAreReported() {
        var configuration = LintConfiguration()
        configuration.disabledRules = ["vague-source", "vauge-source"]
        #expect(configuration.unknownRuleIDs(in: LintFixtures.ruleSet) == ["vauge-source"])
    }
}
