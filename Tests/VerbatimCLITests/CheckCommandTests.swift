import Foundation
import Testing

/// `verbatim verify`, `lint`, `report` and `bench`: success, finding and usage-error paths.
@Suite struct CheckCommandTests {
    private static let clean = "The minister said: “We will build the bridge.”\n"

    private func withCleanArticle(_ body: (String) throws -> Void) throws {
        try CLIRunner.withTemporaryDirectory { folder in
            try Data(Self.clean.utf8).write(to: URL(fileURLWithPath: "\(folder)/clean.txt"))
            try body("\(folder)/clean.txt")
        }
    }

    @Test func verifyFindsTheSampleArticlesDisagreements() throws {
        let run = try CLIRunner.run(["verify", "Examples/articles"])
        #expect(run.status == 1)
        #expect(run.stdout.contains(" errors, ") && run.stdout.contains("in 5 files"))
        let json = try CLIRunner.run(["verify", "--format", "json", "Examples/articles"])
        #expect(json.status == 1)
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["speakers"] != nil)
    }

    @Test func verifyOfOneCleanArticleSucceedsAndABadFileIsRefused() throws {
        try withCleanArticle { path in
            let run = try CLIRunner.run(["verify", path])
            #expect(run.status == 0 && run.stderr.isEmpty)
            let folder = (path as NSString).deletingLastPathComponent
            try Data([0, 1, 2]).write(to: URL(fileURLWithPath: "\(folder)/bad.txt"))
            let withBad = try CLIRunner.run(["verify", folder])
            #expect(withBad.status == 1 && withBad.stderr.contains("bad.txt: looks like a binary file"))
            let usage = try CLIRunner.run(["verify", "--format", "yaml", path])
            #expect(usage.status == 2 && usage.stdout.isEmpty)
        }
    }

    @Test func lintExitStatusCombinesFindingsAndRefusals() throws {
        try withCleanArticle { path in
            let clean = try CLIRunner.run(["lint", path])
            #expect(clean.status == 0 && clean.stdout.contains("no problems in 1 file"))
            let findings = try CLIRunner.run(["lint", "Examples/articles"])
            #expect(findings.status == 1 && findings.stdout.contains(" errors, ") && findings.stderr.isEmpty)
            let folder = (path as NSString).deletingLastPathComponent
            try Data().write(to: URL(fileURLWithPath: "\(folder)/empty.md"))
            let refused = try CLIRunner.run(["lint", folder])
            #expect(refused.status == 1 && refused.stdout.contains("no problems in 1 file"))
            #expect(refused.stderr.contains("empty.md: no text to read"))
            let nothing = try CLIRunner.run(["lint", "\(folder)/empty.md"])
            #expect(nothing.status == 2 && nothing.stdout.isEmpty)
            let unknownRule = try CLIRunner.run(["lint", "--only", "no-such-rule", path])
            #expect(unknownRule.status == 2 && unknownRule.stderr.contains("unknown rule id no-such-rule"))
        }
    }

    @Test func reportWritesEachFormat() throws {
        let markdown = try CLIRunner.run(["report", "--format", "md", "Examples/articles"])
        #expect(markdown.status == 0 && markdown.stdout.hasPrefix("#"))
        try withCleanArticle { path in
            let folder = (path as NSString).deletingLastPathComponent
            let csv = try CLIRunner.run(["report", "--format", "csv", "-o", folder, path])
            #expect(csv.status == 0 && csv.stdout.isEmpty)
            #expect(FileManager.default.fileExists(atPath: "\(folder)/report.csv"))
            try Data([0, 0]).write(to: URL(fileURLWithPath: "\(folder)/bad.txt"))
            let refused = try CLIRunner.run(["report", "--format", "json", folder])
            #expect(refused.status == 1 && refused.stderr.contains("bad.txt: looks like a binary file"))
            #expect(refused.stdout.contains("\"sources\""))
        }
        let usage = try CLIRunner.run(["report", "--format", "pdf", "Examples/articles"])
        #expect(usage.status == 2 && usage.stdout.isEmpty)
    }

    @Test func benchMeasuresATinyCorpusAndAStream() throws {
        let run = try CLIRunner.run(["bench", "--megabytes", "1", "--runs", "1"])
        #expect(run.status == 0 && run.stdout.contains("MB/s on one core") && run.stdout.contains("peak memory: "))
        let stream = try CLIRunner.run(["bench", "--stream-megabytes", "1"])
        #expect(stream.status == 0 && stream.stdout.contains("(0 refused)") && stream.stdout.contains("peak memory: "))
        let usage = try CLIRunner.run(["bench", "--megabytes", "0"])
        #expect(usage.status == 2 && usage.stderr.contains("--megabytes must be at least 1"))
    }
}
