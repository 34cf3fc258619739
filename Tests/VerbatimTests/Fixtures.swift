import Foundation
@testable import Verbatim

/// Paths and shared objects for tests: the project's own `Rules/` and `Examples/` folders.
enum Fixtures {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let rulesFolder = "\(root)/Rules"
    static let articlesFolder = "\(root)/Examples/articles"
    /// Short political news stories in several attribution styles (written for the tests).
    static let newsFolder = "\(root)/Tests/Fixtures/news"

    /// The project's rules, loaded once.
    static let rules: RuleBook = {
        do { return try RuleBook(folder: rulesFolder) } catch { fatalError("cannot load rules: \(error)") }
    }()

    /// Runs `body` with a temporary copy of the project's rules folder, removed afterwards, for tests that
    /// edit rule files.
    static func withRulesCopy(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-rules-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: rulesFolder, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    /// In the rules copy at `folder`, replaces the first `marker` of `file` (a path inside the rules folder)
    /// with `replacement`: how a test adds a rule of its own.
    static func editRules(in folder: String, file: String, replacing marker: String, with replacement: String) throws {
        let path = "\(folder)/\(file)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard let range = text.range(of: marker) else { fatalError("\(marker) not found in \(file)") }
        try text.replacingCharacters(in: range, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Runs `body` with the project's rules plus an after-frame `runaway` (in `attribution/frames.yml`) that
    /// backtracks past PCRE2's match limit on ``runawayText``.
    static func withRunawayRule(_ body: (RuleBook) throws -> Void) throws {
        try withRulesCopy { folder in
            try editRules(in: folder, file: "attribution/frames.yml", replacing: "after:\n", with: """
            after:
              - id: runaway
                pattern: '\\s*(?:\\w|\\w\\w)+\\d'
                examples:
                  match:
                    - {text: " a1"}

            """)
            try body(try RuleBook(folder: folder))
        }
    }

    /// A quotation followed by a long run of word characters without a digit: the `runaway` frame of
    /// ``withRunawayRule(_:)`` fails on it with a match-limit error.
    static let runawayText = "“This is the quoted statement in full,” " + String(repeating: "wordy", count: 60) + "\n"
}
