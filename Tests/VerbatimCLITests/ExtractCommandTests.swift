import Foundation
import Testing

/// `verbatim extract`: results on standard output, refusals on standard error, exit status 0, 1 or 2.
@Suite struct ExtractCommandTests {
    @Test func oneArticleListsItsQuotations() throws {
        let name = try CLIRunner.articleNames()[0]
        let run = try CLIRunner.run(["extract", "Examples/articles/\(name)"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Examples/articles/\(name)") && run.stdout.contains(" quotations\n"))
        #expect(run.stderr.isEmpty)
    }

    /// Five good articles, a binary file and an empty file: five results, two error records, exit 1.
    @Test func aBadInputFolderKeepsGoing() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            let names = try CLIRunner.articleNames().prefix(5)
            #expect(names.count == 5)
            for name in names { try FileManager.default.copyItem(atPath: "\(CLIRunner.articles)/\(name)", toPath: "\(folder)/\(name)") }
            try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: "\(folder)/binary.txt"))
            try Data().write(to: URL(fileURLWithPath: "\(folder)/empty.txt"))
            let run = try CLIRunner.run(["extract", "--format", "jsonl", folder])
            #expect(run.status == 1)
            let records = try CLIRunner.records(run.stdout)
            #expect(records.count == 7)
            let results = records.filter { $0["quotes"] != nil }.compactMap { $0["path"] as? String }
            #expect(results == names.map { "\(folder)/\($0)" })
            let errors = records.compactMap { $0["error"] as? [String: Any] }
            #expect(errors.compactMap { $0["code"] as? String } == ["binary", "empty"])
            #expect(errors.first?["byte"] as? Int == 4)
            #expect(run.stderrLines.count == 2)
            #expect(run.stderrLines.first?.contains("binary.txt: looks like a binary file (control byte at byte 4)") == true)
            // The articles' results are those of a run on the good files alone.
            let alone = try CLIRunner.run(["extract", "--format", "jsonl"] + names.map { "\(folder)/\($0)" })
            #expect(alone.status == 0)
            #expect(run.stdoutLines.filter { !$0.contains("\"error\":") } == alone.stdoutLines)
        }
    }

    /// `--with-text` adds the documents' text and the keys only cross-source checks read; `verify --quotes`
    /// needs them and says so, naming the file and line of the first record without them.
    @Test func verifyFromRecordsNeedsTheText() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            let bare = try CLIRunner.run(["extract", "--format", "jsonl", CLIRunner.articles])
            let full = try CLIRunner.run(["extract", "--format", "jsonl", "--with-text", CLIRunner.articles])
            #expect(bare.status == 0 && full.status == 0)
            // The quotations come first and are the same; the text is the last key of "document", itself the
            // last key of the record.
            #expect(bare.stdoutLines.count == full.stdoutLines.count && !bare.stdoutLines.isEmpty)
            for (line, withText) in zip(bare.stdoutLines, full.stdoutLines) {
                let people = try #require(withText.range(of: ",\"people\":"))
                #expect(line.hasPrefix(withText[..<people.lowerBound] + ",\"document\":"))
                #expect(!line.contains("\"people\":") && line.count < withText.count)
                let cut = try #require(withText.range(of: ",\"text\":", options: .backwards))
                #expect(withText[cut.lowerBound...].hasSuffix("}}") && line.hasSuffix("}}"))
            }
            try bare.stdout.write(toFile: "\(folder)/bare.jsonl", atomically: true, encoding: .utf8)
            try full.stdout.write(toFile: "\(folder)/full.jsonl", atomically: true, encoding: .utf8)
            let refused = try CLIRunner.run(["verify", "--quotes", "\(folder)/bare.jsonl"])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("\(folder)/bare.jsonl:1: ") && refused.stderr.contains("--with-text"), "\(refused.stderr)")
            let verified = try CLIRunner.run(["verify", "--quotes", "\(folder)/full.jsonl"])
            let fromArticles = try CLIRunner.run(["verify", CLIRunner.articles])
            #expect(verified.stdout == fromArticles.stdout && verified.status == fromArticles.status)
            #expect(try CLIRunner.run(["extract", "--with-text", CLIRunner.articles]).status != 0)
        }
    }

    @Test func nothingReadableExitsWith2() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            try Data().write(to: URL(fileURLWithPath: "\(folder)/empty.txt"))
            let run = try CLIRunner.run(["extract", "\(folder)/empty.txt", "\(folder)/missing.txt"])
            #expect(run.status == 2)
            #expect(run.stdout.isEmpty)
            #expect(run.stderrLines.count == 2 && run.stderr.contains("missing.txt: no such file or directory"))
        }
    }

    @Test func aFolderWithALinkLoopAndAFIFODoesNotHang() throws {
        try CLIRunner.withTemporaryDirectory { folder in
            let name = try CLIRunner.articleNames()[0]
            try FileManager.default.copyItem(atPath: "\(CLIRunner.articles)/\(name)", toPath: "\(folder)/\(name)")
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/loop.txt", withDestinationPath: "loop.txt")
            try FileManager.default.createSymbolicLink(atPath: "\(folder)/up", withDestinationPath: ".")
            #expect(mkfifo("\(folder)/pipe.md", 0o600) == 0)
            let run = try CLIRunner.run(["extract", "--format", "jsonl", folder])
            #expect(run.status == 1)
            let codes = try CLIRunner.records(run.stdout).map { ($0["error"] as? [String: Any])?["code"] as? String ?? "result" }
            #expect(codes == ["result", "unreadable", "unreadable"])
        }
    }

    @Test func usageErrorsExitWith2() throws {
        let unknown = try CLIRunner.run(["extract", "--no-such-option", "x.txt"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty && unknown.stderr.contains("Unknown option '--no-such-option'"))
        let noPath = try CLIRunner.run(["extract"])
        #expect(noPath.status == 2 && noPath.stderr.contains("Give at least one article"))
        let badFormat = try CLIRunner.run(["extract", "--format", "xml", "x.txt"])
        #expect(badFormat.status == 2 && badFormat.stderr.contains("xml"))
    }
}

/// The streaming contract `make spark-demo` relies on: JSON Lines in on standard input, one JSON Lines
/// record out per line in the same order, ids kept, bad lines as error records.
@Suite struct ExtractStreamTests {
    private func line(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func standardInputJSONLinesInJSONLinesOut() throws {
        let names = try CLIRunner.articleNames().prefix(3)
        var input = ""
        for (number, name) in names.enumerated() {
            let text = try String(contentsOfFile: "\(CLIRunner.articles)/\(name)", encoding: .utf8)
            input += try line(["id": "doc-\(number)", "text": text, "outlet": "Outlet \(number)"]) + "\n"
        }
        input += "{\"id\": \"broken\", \"text\": \n"
        input += try line(["id": 99, "text": "   "]) + "\n"
        let run = try CLIRunner.run(["extract", "--input", "jsonl", "--format", "jsonl", "-"], input: Array(input.utf8))
        #expect(run.status == 1)
        let records = try CLIRunner.records(run.stdout)
        #expect(records.count == 5)
        #expect(records.prefix(3).compactMap { $0["id"] as? String } == ["doc-0", "doc-1", "doc-2"])
        #expect(records.prefix(3).compactMap { $0["outlet"] as? String } == ["Outlet 0", "Outlet 1", "Outlet 2"])
        #expect(records.prefix(3).allSatisfy { ($0["quotes"] as? [Any])?.isEmpty == false })
        let malformed = records[3]["error"] as? [String: Any]
        #expect(malformed?["code"] as? String == "malformed-json" && malformed?["line"] as? Int == 4)
        #expect(records[4]["id"] as? Int == 99 && (records[4]["error"] as? [String: Any])?["code"] as? String == "empty")
        #expect(run.stderrLines.count == 2 && run.stderr.contains("-:4: malformed JSON"))
        // The quotations are those of the files themselves.
        let files = try CLIRunner.run(["extract", "--format", "jsonl"] + names.map { "Examples/articles/\($0)" })
        let fileQuotes = try CLIRunner.records(files.stdout).map { ($0["quotes"] as? [[String: Any]])?.count }
        #expect(records.prefix(3).map { ($0["quotes"] as? [[String: Any]])?.count } == fileQuotes)
    }

    @Test func anEmptyStreamIsASuccess() throws {
        let run = try CLIRunner.run(["extract", "--input", "jsonl", "--format", "jsonl", "-"])
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
    }
}
