import Foundation
import Testing
@testable import Verbatim

/// The attribution report: escaping of hostile article text, CSV quoting, diffs, and the freshness of Reports/.
@Suite struct ReportTests {
    static func report(_ texts: [(String, String)]) throws -> AttributionReport {
        let documents = try texts.map { try Document(path: $0.0, data: Array($0.1.utf8)) }
        return try ReportGenerator(rules: Fixtures.rules).report(for: documents)
    }

    @Test func hostileArticleTextIsEscapedInHTML() throws {
        let hostile = """
        “<script>alert(1)</script> We will not <img src=x onerror=alert(2)> stop,” said Eve <b>Mallory</b>.
        """
        let html = ReportHTML.render(try Self.report([("evil<script>.txt", hostile + "\n")]))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Mallory"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("<link") && !html.contains("@import"))
    }

    @Test func markdownEscapesTableMarkup() throws {
        let markdown = ReportMarkdown.render(try Self.report([("a.txt", "“Pipes | and *stars* go here today,” said Ann Lee.\n")]))
        #expect(markdown.contains("Pipes \\| and \\*stars\\*"))
    }

    @Test func csvQuotesFieldsWithCommasAndQuotes() throws {
        let csv = ReportCSV.render(try Self.report([("a.txt", "“Yes, he said \"no\" twice today,” said Ann Lee.\n")]))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "path,line,speaker,canonical_speaker,affiliation,outlet,kind,text")
        #expect(lines[1].hasSuffix("\"Yes, he said \"\"no\"\" twice today\""))
    }

    @Test func sameStatementAcrossSourcesIsOneStatementWithADiff() throws {
        let report = try Self.report([
            ("a.txt", "---\noutlet: Alpha\n---\n“We live in a more dangerous world where powers are increasingly aligning,” said Jens Stoltenberg.\n"),
            ("b.txt", "---\noutlet: Beta\n---\n“We live in a more dangerous world where authoritarian powers are increasingly aligned,” said Jens Stoltenberg.\n"),
        ])
        let statement = try #require(report.statements.first { $0.versions.count == 2 })
        #expect(statement.speaker == "Jens Stoltenberg")
        #expect(statement.diverges)
        let html = ReportHTML.render(report)
        #expect(html.contains("<ins>"))
        let speaker = try #require(report.speakers.first { $0.name == "Jens Stoltenberg" })
        #expect(speaker.quotationsByOutlet == ["Alpha": 1, "Beta": 1])
    }

    @Test func diffNotationIsParsed() {
        #expect(ReportText.diffParts("a {+b+} [-c-] d") == [.same("a "), .added("b"), .same(" "), .removed("c"), .same(" d")])
    }

    /// `make reports` writes Reports/ from Examples/articles; this regenerates them and compares.
    @Test func reportsFolderIsUpToDate() throws {
        let reader = DocumentReader()
        let folder = "\(Fixtures.root)/Examples/articles"
        let documents = try reader.documentPaths(for: [folder]).map { path in
            let document = try reader.read(path: path)
            let relative = "Examples/articles/" + URL(fileURLWithPath: path).lastPathComponent
            return try Document(path: relative, data: document.bytes)
        }
        let report = try ReportGenerator(rules: Fixtures.rules).report(for: documents)
        let expected = ["report.html": ReportHTML.render(report), "report.md": ReportMarkdown.render(report),
                        "report.json": ReportJSON.render(report)]
        for (name, text) in expected {
            let stored = try String(contentsOfFile: "\(Fixtures.root)/Reports/\(name)", encoding: .utf8)
            #expect(stored == text, "Reports/\(name) is stale: run `make reports`")
        }
    }
}
