import Foundation
import Testing
@testable import Verbatim

/// `unbalanced-mark` rules: what the quotation scanner's unpaired marks become as findings.
@Suite struct UnbalancedMarkTests {
    @Test func aClosingMarkThatOpensItsParagraphIsOneFindingWithTheLaterMarksRelated() throws {
        let text = "”Mr. Trump embodies the legacy of racism. He represents our greatest shame.” ― Sonya Herridge\n\n"
            + "“We know it.” It has avoided relations with Russia, which are now so close. ” said Mr Lee.\n"
        var configuration = LintConfiguration()
        configuration.onlyRules = ["stray-closing-quote"]
        let findings = try LintFixtures.lint(text, configuration: configuration)
        #expect(findings.map { LintFixtures.text(of: $0, in: text) } == ["”Mr. Trump", "so close. ”"])
        let prefix = try #require(text.range(of: "shame.”")).lowerBound
        let shame = text[..<prefix].utf8.count + "shame.".utf8.count
        #expect(findings.first?.related.map(\.range) == [shame..<(shame + "”".utf8.count)])
        #expect(findings.last?.related.isEmpty == true)
    }
}
