import Testing
@testable import Verbatim

/// `report` and `lint` go on past a document a rule pattern gives up on, when asked to.
@Suite struct ReportRefusalTests {
    @Test func aRunawayDocumentIsRefusedAndTheOthersReported() throws {
        try Fixtures.withRunawayRule { rules in
            let good = try Document(path: "good.txt", data: Array("“We will win,” Jane Smith said.\n".utf8))
            let runaway = try Document(path: "runaway.txt", data: Array(Fixtures.runawayText.utf8))
            let generator = try ReportGenerator(rules: rules)
            #expect(throws: (any Error).self) { try generator.report(for: [good, runaway]) }
            var refused: [DocumentRefusal] = []
            let report = try generator.report(for: [good, runaway, good], refused: { refused.append($0) })
            #expect(report.sources.map(\.path) == ["good.txt", "good.txt"])
            #expect(refused.map(\.path) == ["runaway.txt"] && refused.map(\.code) == [.matchLimit])

            let linter = Linter(rules: try LintRuleSet(book: rules), configuration: LintConfiguration())
            guard linter.needsExtraction else { return }
            var lintRefused: [String] = []
            let lint = try linter.report(for: [runaway, good], refused: { lintRefused.append($0.path) })
            #expect(lintRefused == ["runaway.txt"] && lint.documentCount == 1)
        }
    }
}
