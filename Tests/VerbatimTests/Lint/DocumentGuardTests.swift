import Foundation
import Testing
@testable import Verbatim

/// `skip_document_when` / `skip_document_paragraphs`: a pattern rule is silent in a document where the guard
/// pattern matches, outside quotation marks, in enough paragraphs.
@Suite struct DocumentGuardTests {
    static let rule = """
        rules:
          - id: shout
            kind: existence
            severity: warning
            message: 'shout'
            pattern: 'LOUD'
            skip_document_when: 'voice'
            skip_document_paragraphs: 2
        """

    /// The `shout` findings of `text`, linted with extraction (so quoted guard matches are known).
    func shouts(_ text: String) throws -> Int {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LintFixtures.write(Self.rule, to: "\(folder)/guard.yml")
        let rules = try LintRuleSet(book: Fixtures.rules, extraFolders: [folder])
        var configuration = LintConfiguration()
        configuration.onlyRules = ["shout"]
        let document = try Document(path: "a.txt", data: Array(text.utf8))
        let extraction = try Extractor(rules: Fixtures.rules).extract(document)
        return try Linter(rules: rules, configuration: configuration).lint(document, extraction: extraction).count
    }

    @Test func theGuardInEnoughParagraphsSilencesTheRule() throws {
        #expect(try shouts("A LOUD word.\n\nIn my voice, a voice.\n") == 1)
        #expect(try shouts("A LOUD word.\n\nIn my voice.\n\nAnd in my voice again.\n") == 0)
    }

    @Test func quotedGuardMatchesDoNotCount() throws {
        #expect(try shouts("A LOUD word.\n\n“It is my voice,” she said.\n\nAnd in my voice again.\n") == 1)
    }

    @Test func paragraphsWithoutAGuardPatternAreAnError() throws {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LintFixtures.write(Self.rule.replacingOccurrences(of: "    skip_document_when: 'voice'\n", with: ""),
                               to: "\(folder)/guard.yml")
        let error = try #require(throws: RuleError.self) { try LintRuleSet(book: Fixtures.rules, extraFolders: [folder]) }
        #expect(error.reason.contains("rule 'shout'") && error.reason.contains("skip_document_when"))
        try LintFixtures.write(Self.rule.replacingOccurrences(of: "paragraphs: 2", with: "paragraphs: 0"), to: "\(folder)/guard.yml")
        let zero = try #require(throws: RuleError.self) { try LintRuleSet(book: Fixtures.rules, extraFolders: [folder]) }
        #expect(zero.reason.contains("1 or more"))
    }
}
