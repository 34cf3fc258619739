import Foundation

/// The lines of files changed since a git revision, for `verbatim lint --changed-lines REF` (the way review
/// bots lint only what a pull request touches). It runs `git diff --unified=0 REF -- FILE` in the file's
/// folder and reads the new-side line ranges of its hunk headers (`@@ -a,b +c,d @@`); a file git does not
/// track counts as changed throughout.
public struct ChangedLines: Sendable {
    /// The git revision compared against (`main`, `HEAD~1`, a commit hash).
    public let revision: String
    private let git: String

    /// Changed lines since `revision`; `git` is the executable to run (found on `PATH` by default).
    public init(since revision: String, git: String = "git") {
        self.revision = revision
        self.git = git
    }

    /// The 1-based lines of `path` that differ from `revision` (every line, `nil`, when git does not track
    /// the file).
    /// - Throws: ``ChangedLinesError`` outside a git repository, for an unknown revision, or when git fails.
    public func lines(of path: String) throws -> Set<Int>? {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard try run(["rev-parse", "--is-inside-work-tree"], in: folder).status == 0 else {
            throw ChangedLinesError(path: path, reason: "not inside a git repository (--changed-lines compares with git)")
        }
        guard try run(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"], in: folder).status == 0 else {
            throw ChangedLinesError(path: path, reason: "unknown git revision '\(revision)'")
        }
        let tracked = try run(["ls-files", "--", name], in: folder)
        if tracked.status == 0 && tracked.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return nil }
        let diff = try run(["diff", "--no-color", "--no-ext-diff", "--unified=0", revision, "--", name], in: folder)
        guard diff.status == 0 else {
            throw ChangedLinesError(path: path, reason: "git diff failed: \(diff.errors.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return Self.newLines(inDiff: diff.output)
    }

    /// The new-side lines of every hunk of a unified diff (`@@ -a,b +c,d @@`: lines c ..< c+d; d is 1 when
    /// left out, and 0 for a hunk that only deletes).
    public static func newLines(inDiff diff: String) -> Set<Int> {
        var lines = Set<Int>()
        for line in diff.split(separator: "\n") where line.hasPrefix("@@ ") {
            guard let plus = line.split(separator: " ").first(where: { $0.hasPrefix("+") }) else { continue }
            let numbers = plus.dropFirst().split(separator: ",")
            guard let start = numbers.first.flatMap({ Int($0) }) else { continue }
            let count = numbers.count > 1 ? Int(numbers[1]) ?? 0 : 1
            if count > 0 { lines.formUnion(start..<(start + count)) }
        }
        return lines
    }

    private func run(_ arguments: [String], in folder: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [git, "-C", folder.isEmpty ? "." : folder] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw ChangedLinesError(path: folder, reason: "cannot run git: \(error.localizedDescription)")
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// Why the changed lines of a file could not be found.
public struct ChangedLinesError: Error, CustomStringConvertible, Sendable {
    /// The file (or folder) concerned.
    public let path: String
    /// What went wrong.
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

extension LintReport {
    /// The report with only the findings that start on a line of their file changed since
    /// `changes.revision`. Every path of `paths` (the linted files) is looked up, so a bad revision is an
    /// error even when nothing was found.
    /// - Throws: ``ChangedLinesError`` (see ``ChangedLines/lines(of:)``).
    public func keepingChangedLines(_ changes: ChangedLines, paths: [String]) throws -> LintReport {
        var changed: [String: Set<Int>] = [:]
        var untracked = Set<String>()
        for path in Set(paths) {
            if let lines = try changes.lines(of: path) { changed[path] = lines } else { untracked.insert(path) }
        }
        var report = self
        report.findings = findings.filter { finding in
            untracked.contains(finding.path) || changed[finding.path]?.contains(finding.line) == true
        }
        return report
    }
}
