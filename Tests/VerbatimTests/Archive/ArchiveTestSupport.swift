import Foundation
@testable import Verbatim

/// Shared pieces of the archive tests: the rules, temporary archive files, and small hand-made documents.
enum ArchiveFixtures {
    static let rules: ArchiveRules = {
        do { return try ArchiveRules(book: Fixtures.rules) } catch { fatalError("cannot load archive rules: \(error)") }
    }()

    /// A fresh folder under the temporary directory, for one test's archive and files.
    static func temporaryFolder() -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-archive-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A document of quotations `(text, speaker)`, each spoken by a person, with its own content hash.
    static func document(_ path: String, _ quotes: [(String, String)], version: Int = 0) -> ArchiveDocument {
        var offset = 0
        let quotations = quotes.map { text, speaker -> ArchiveQuotation in
            defer { offset += text.utf8.count + 1 }
            return ArchiveQuotation(kind: .direct, text: text, place: ArchivePlace(range: offset..<(offset + text.utf8.count), line: 1, column: 1),
                                    speakerWritten: speaker, speaker: speaker, speakerIsPerson: true, affiliation: nil, cue: "said",
                                    confidence: 0.9)
        }
        let spellings = quotes.map { ArchiveNameUse(person: $0.1, text: $0.1, place: ArchivePlace(range: 0..<1, line: 1, column: 1)) }
        let content = "\(path)|\(version)|" + quotes.map { "\($0.0)|\($0.1)" }.joined(separator: "|")
        return ArchiveDocument(path: path, contentHash: ArchiveDocument.hash(Array(content.utf8)),
                               quotations: quotations, spellings: spellings, titles: [])
    }

    /// The extraction result of a draft text.
    static func extract(_ text: String, path: String = "draft.txt") throws -> ExtractionResult {
        try Extractor(rules: Fixtures.rules).extract(try Document(path: path, data: Array(text.utf8)))
    }

    /// The `verbatim` executable built next to the tests, if there is one.
    static var executable: String? {
        let candidates = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("verbatim").path,
                          Bundle.main.bundleURL.appendingPathComponent("verbatim").path,
                          "\(Fixtures.root)/.build/debug/verbatim"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `verbatim` with `arguments` and the project's rules; returns the exit status and standard error.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = try start(arguments)
        let errorPipe = process.standardError as! Pipe
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: error, as: UTF8.self))
    }

    /// Starts `verbatim` with `arguments` (output discarded, standard error in a pipe).
    static func start(_ arguments: [String]) throws -> Process {
        guard let executable else { throw ArchiveError(file: "verbatim", reason: "the executable is not built") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["VERBATIM_RULES"] = Fixtures.rulesFolder
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = Pipe()
        try process.run()
        return process
    }
}
