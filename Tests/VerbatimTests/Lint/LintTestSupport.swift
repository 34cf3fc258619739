import Foundation
@testable import Verbatim

/// Shared helpers for the lint tests: the project's lint rules, temporary folders, and one-call linting.
enum LintFixtures {
    static let ruleSet: LintRuleSet = {
        do { return try LintRuleSet(book: Fixtures.rules) } catch { fatalError("cannot load lint rules: \(error)") }
    }()

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.resolvingSymlinksInPath().path
    }

    /// Writes `text` to `path`, creating folders on the way.
    static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// The findings of `text` under `configuration`, with extraction.
    static func lint(_ text: String, path: String = "story.md", configuration: LintConfiguration = LintConfiguration(),
                     rules: LintRuleSet = ruleSet) throws -> [Finding] {
        let document = try Document(path: path, data: Array(text.utf8))
        let linter = Linter(rules: rules, configuration: configuration)
        return try linter.report(for: [document]).findings
    }

    /// The text a finding covers.
    static func text(of finding: Finding, in source: String) -> String {
        let bytes = Array(source.utf8)
        return String(decoding: bytes[finding.range], as: UTF8.self)
    }
}
