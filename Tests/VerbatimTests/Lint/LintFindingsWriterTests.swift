import Foundation
import Testing
@testable import Verbatim

/// The three writers: JSON (the `verify` shape), text with a caret, SARIF 2.1.0.
@Suite struct LintFindingsWriterTests {
    static let text = "First line.\nSaid “Jens. Stoltenberg” here, with a \"quote\"\tand a tab.\n"
    static var source: FindingSource { FindingSource(path: "dir/a story.txt", bytes: Array(text.utf8)) }

    /// A finding on "Jens. Stoltenberg" (line 2) with a related location on "First".
    static var finding: Finding {
        let bytes = Array(text.utf8)
        let start = bytes.firstIndex(of: UInt8(ascii: "J"))!
        let range = start..<(start + "Jens. Stoltenberg".utf8.count)
        let (line, column) = source.lineIndex.location(of: start)
        return Finding(rule: "stray-period-in-name", severity: .error, message: "Stray \"period\"\nin a name",
                       path: "dir/a story.txt", range: range, line: line, column: column, suggestion: "Jens Stoltenberg",
                       related: [Location(path: "dir/a story.txt", range: 0..<5, line: 1, column: 1)])
    }

    @Test func jsonHasTheVerifyShape() throws {
        let json = FindingsJSON.render([Self.finding])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["findings"])
        let findings = try #require(object["findings"] as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(Set(first.keys) == ["rule", "severity", "message", "path", "start", "end", "line", "column", "suggestion", "related"])
        #expect(first["rule"] as? String == "stray-period-in-name")
        #expect(first["severity"] as? String == "error")
        #expect(first["message"] as? String == "Stray \"period\"\nin a name")
        #expect(first["start"] as? Int == Self.finding.range.lowerBound)
        #expect(first["end"] as? Int == Self.finding.range.upperBound)
        #expect(first["line"] as? Int == 2 && first["column"] as? Int == 7)
        #expect(first["suggestion"] as? String == "Jens Stoltenberg")
        let related = try #require(first["related"] as? [[String: Any]])
        #expect(related.count == 1 && Set(related[0].keys) == ["path", "start", "end"])
        #expect(related[0]["start"] as? Int == 0 && related[0]["end"] as? Int == 5)
    }

    @Test func jsonEscapesEverythingItMust() throws {
        var finding = Self.finding
        finding.message = "quote \" backslash \\ tab \t bell \u{07} line\u{2028}sep “curly” é"
        finding.suggestion = nil
        let json = FindingsJSON.render([finding], pretty: false)
        #expect(json.contains(#"quote \" backslash \\ tab \t bell \u0007 line\u2028sep “curly” é"#))
        #expect(json.contains(#""suggestion":null"#))
        let decoded = try JSONDecoder().decode([String: [Finding]].self, from: Data(json.utf8))
        #expect(decoded["findings"]?.first?.message == finding.message)
        #expect(FindingsJSON.render([]) == "{\n  \"findings\": []\n}\n")
    }

    @Test func findingsRoundTripThroughCodable() throws {
        let data = try JSONEncoder().encode(Self.finding)
        let back = try JSONDecoder().decode(Finding.self, from: data)
        #expect(back == Self.finding)
    }

    @Test func textShowsTheLineAndACaretUnderTheColumn() {
        let output = FindingsText().render(Self.finding, source: Self.source)
        #expect(output == """
            dir/a story.txt:2:7: error: Stray "period"
            in a name [stray-period-in-name]
                Said “Jens. Stoltenberg” here, with a "quote"\tand a tab.
                      ^~~~~~~~~~~~~~~~~
                suggestion: Jens Stoltenberg

            """)
        #expect(!output.contains("\u{1B}["))
        #expect(FindingsText(colour: true).render(Self.finding, source: Self.source).contains("\u{1B}[1;31merror:"))
    }

    @Test func textShowsAWindowOfALongLine() {
        let long = String(repeating: "word ", count: 60) + "Jens. Stoltenberg" + String(repeating: " word", count: 60) + "\n"
        let bytes = Array(long.utf8)
        let start = bytes.firstIndex(of: UInt8(ascii: "J"))!
        let source = FindingSource(path: "long.txt", bytes: bytes)
        let finding = Finding(rule: "r", severity: .warning, message: "m", path: "long.txt",
                              range: start..<(start + 17), line: 1, column: start + 1)
        let lines = FindingsText(context: 20).render(finding, source: source).split(separator: "\n")
        #expect(lines[1].hasPrefix("    …") && lines[1].hasSuffix("…"))
        let caret = try! #require(lines[2].firstIndex(of: "^"))
        let name = try! #require(lines[1].range(of: "Jens"))
        #expect(lines[2].distance(from: lines[2].startIndex, to: caret) == lines[1].distance(from: lines[1].startIndex, to: name.lowerBound))
    }

    @Test func summaryCountsBySeverity() {
        var warning = Self.finding
        warning.severity = .warning
        #expect(FindingsText.summary([Self.finding, warning, warning], files: 2) == "1 error, 2 warnings in 2 files")
        #expect(FindingsText.summary([], files: 1) == "no problems in 1 file")
    }

    @Test func sarifHasTheRequiredStructure() throws {
        let rules = [RuleDescriptor(id: "stray-period-in-name", shortDescription: "A period inside a name.", defaultSeverity: .error)]
        var note = Self.finding
        note.rule = "vague-source"
        note.severity = .suggestion
        let sarif = FindingsSARIF().render([Self.finding, note], rules: rules, sources: FindingSources([Self.source]))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Verbatim")
        #expect((driver["informationUri"] as? String)?.hasPrefix("https://") == true)
        let driverRules = try #require(driver["rules"] as? [[String: Any]])
        #expect(driverRules.compactMap { $0["id"] as? String } == ["stray-period-in-name", "vague-source"])
        for rule in driverRules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? [String: Any])?["level"] as? String ?? ""))
        }
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["error", "note"])
        let first = results[0]
        #expect(first["ruleId"] as? String == "stray-period-in-name")
        #expect((first["message"] as? [String: Any])?["text"] as? String == "Stray \"period\"\nin a name Suggestion: Jens Stoltenberg")
        let physical = try #require(((first["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "dir/a%20story.txt")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 2 && region["startColumn"] as? Int == 7)
        #expect(region["endLine"] as? Int == 2 && region["endColumn"] as? Int == 24)
        #expect(region["byteOffset"] as? Int == Self.finding.range.lowerBound && region["byteLength"] as? Int == 17)
        #expect((first["relatedLocations"] as? [[String: Any]])?.count == 1)
    }

    @Test func sarifURIsAreEncoded() {
        #expect(FindingsSARIF.uri(for: "./a b/ü.md") == "a%20b/%C3%BC.md")
        #expect(FindingsSARIF.uri(for: "/abs/x.txt") == "file:///abs/x.txt")
    }
}
