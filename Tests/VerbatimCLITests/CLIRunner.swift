import Foundation

/// Runs the built `verbatim` executable, as a user would, and captures what it prints.
enum CLIRunner {
    /// The project folder (the one holding Package.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let articles = "\(root)/Examples/articles"

    /// What a run printed and how it ended.
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        var stdoutLines: [Substring] { stdout.split(separator: "\n") }
        var stderrLines: [Substring] { stderr.split(separator: "\n") }
    }

    /// The `verbatim` executable beside this test bundle (SwiftPM builds both into the same folder), else in
    /// `.build/debug`.
    static let executable: String = {
        var candidates: [String] = []
        if let test = Bundle.main.executableURL ?? URL(string: "file://" + CommandLine.arguments[0]) {
            var folder = test.deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(folder.appendingPathComponent("verbatim").path)
                folder = folder.deletingLastPathComponent()
            }
        }
        candidates.append("\(root)/.build/debug/verbatim")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs `verbatim arguments…` in `directory` with the project's rules, feeding `input` to standard input.
    static func run(_ arguments: [String], input: [UInt8] = [], in directory: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VERBATIM_RULES"] = "\(root)/Rules"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? root)
        // Standard input, output and error are files: nothing can fill up and block the child.
        let files = ["in", "out", "err"].map {
            FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\($0)-\(UUID().uuidString)")
        }
        try Data(input).write(to: files[0])
        try Data().write(to: files[1])
        try Data().write(to: files[2])
        defer { for file in files { try? FileManager.default.removeItem(at: file) } }
        process.standardInput = try FileHandle(forReadingFrom: files[0])
        process.standardOutput = try FileHandle(forWritingTo: files[1])
        process.standardError = try FileHandle(forWritingTo: files[2])
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: files[1]), as: UTF8.self),
                   stderr: String(decoding: try Data(contentsOf: files[2]), as: UTF8.self))
    }

    /// A fresh temporary folder, removed when `body` returns.
    static func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    /// The sample articles' file names.
    static func articleNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: articles).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Each JSON Lines line of `text` as an object.
    static func records(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
        }
    }
}
