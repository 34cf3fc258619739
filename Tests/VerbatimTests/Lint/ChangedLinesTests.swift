import Foundation
import Testing
@testable import Verbatim

/// `lint --changed-lines REF` keeps only findings on lines changed since REF, read from `git diff` in a
/// real temporary repository.
@Suite struct ChangedLinesTests {
    /// Runs git in `folder`; fails the test when git fails.
    @discardableResult
    func git(_ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder, "-c", "user.name=Test", "-c", "user.email=test@example.org"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func hunkHeadersGiveTheNewLines() {
        let diff = "diff --git a/s.txt b/s.txt\n@@ -1 +1 @@\n-a\n+b\n@@ -4,0 +5,2 @@\n+c\n+d\n@@ -9,2 +10,0 @@\n-e\n-f\n"
        #expect(ChangedLines.newLines(inDiff: diff) == [1, 5, 6])
    }

    @Test func onlyFindingsOnChangedLinesAreKept() throws {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/story.txt"
        let clean = "He shook the hands of the leaders.\nIt was a long day.\nThey went home.\n"
        try LintFixtures.write(clean.replacingOccurrences(of: "of the", with: "of of the"), to: path)
        try git(["init", "-q"], in: folder)
        try git(["add", "story.txt"], in: folder)
        try git(["commit", "-q", "-m", "first"], in: folder)
        // The old damage on line 1 stays; new damage on line 3 is the change.
        try LintFixtures.write(clean.replacingOccurrences(of: "of the", with: "of of the")
            .replacingOccurrences(of: "went home", with: "went the the home"), to: path)
        var configuration = LintConfiguration()
        configuration.onlyRules = ["repeated-word"]
        let document = try Document(path: path, data: Array(try String(contentsOfFile: path, encoding: .utf8).utf8))
        let report = try Linter(rules: LintFixtures.ruleSet, configuration: configuration).report(for: [document])
        #expect(report.findings.map(\.line) == [1, 3])
        let changed = try report.keepingChangedLines(ChangedLines(since: "HEAD"), paths: [path])
        #expect(changed.findings.map(\.line) == [3])
        // A file git does not track is new throughout.
        let untracked = "\(folder)/new.txt"
        try LintFixtures.write("the the end\n", to: untracked)
        let newDocument = try Document(path: untracked, data: Array("the the end\n".utf8))
        let newReport = try Linter(rules: LintFixtures.ruleSet, configuration: configuration).report(for: [newDocument])
        #expect(try newReport.keepingChangedLines(ChangedLines(since: "HEAD"), paths: [untracked]).findings.count == 1)
        // An unknown revision is a clear error, even with nothing to report.
        let error = try #require(throws: ChangedLinesError.self) {
            try report.keepingChangedLines(ChangedLines(since: "no-such-branch"), paths: [path])
        }
        #expect(error.description.contains("unknown git revision 'no-such-branch'"))
    }

    @Test func outsideARepositoryIsAClearError() throws {
        let folder = try LintFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = "\(folder)/story.txt"
        try LintFixtures.write("text\n", to: path)
        let report = LintReport(findings: [], sources: FindingSources(), rules: [], documentCount: 1)
        let error = try #require(throws: ChangedLinesError.self) {
            try report.keepingChangedLines(ChangedLines(since: "HEAD"), paths: [path])
        }
        #expect(error.description.contains("not inside a git repository"))
    }
}
