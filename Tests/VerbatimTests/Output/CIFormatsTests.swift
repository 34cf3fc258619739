import Foundation
import Testing
@testable import Verbatim

/// `lint --format github` (workflow commands) and `lint --format rdjson` (reviewdog's DiagnosticResult).
@Suite struct CIFormatsTests {
    /// "Zoë" puts a two-byte letter before the finding, so byte and scalar columns differ.
    static let text = "Title\nZoë said “Jens. Stoltenberg” here.\n"
    static let path = "drafts/a,b:c.md"
    static var source: FindingSource { FindingSource(path: path, bytes: Array(text.utf8)) }

    static func finding(_ severity: Severity = .error, message: String = "A stray period in a name.",
                        suggestion: String? = "Jens Stoltenberg", rule: String = "stray-period-in-name") -> Finding {
        let bytes = Array(text.utf8)
        let start = bytes.firstIndex(of: UInt8(ascii: "J"))!
        let range = start..<(start + "Jens. Stoltenberg".utf8.count)
        let (line, column) = source.lineIndex.location(of: start)
        return Finding(rule: rule, severity: severity, message: message, path: path, range: range,
                       line: line, column: column, suggestion: suggestion)
    }

    static func report(_ findings: [Finding], rules: [RuleDescriptor] = []) -> LintReport {
        LintReport(findings: findings, sources: FindingSources([source]), rules: rules, documentCount: 1)
    }

    @Test func githubWritesOneCommandPerFindingWithItsRange() {
        let output = FindingsGitHubActions.render(Self.report([Self.finding(), Self.finding(.warning, suggestion: nil),
                                                               Self.finding(.suggestion, suggestion: nil)]))
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4 && lines[3].isEmpty)
        // Column 11 in scalars ("Zoë said “" is ten), the end just after "Stoltenberg".
        #expect(lines[0] == "::error file=drafts/a%2Cb%3Ac.md,line=2,col=11,endLine=2,endColumn=28,"
                + "title=stray-period-in-name::A stray period in a name. Suggestion: Jens Stoltenberg")
        #expect(lines[1].hasPrefix("::warning file="))
        #expect(lines[2].hasPrefix("::notice file="))
        #expect(FindingsGitHubActions.render(Self.report([])) == "")
    }

    @Test func githubEscapesPercentLineBreaksAndColons() {
        let finding = Self.finding(message: "100% wrong\r\nsecond line :: not a command", suggestion: nil, rule: "odd::rule,id")
        let line = FindingsGitHubActions.command(finding, source: Self.source)
        #expect(!line.contains("\n") && !line.contains("\r"))
        #expect(line.hasSuffix("::100%25 wrong%0D%0Asecond line :: not a command"))
        #expect(line.contains(",title=odd%3A%3Arule%2Cid::"))
        // The properties hold no bare colon, so the first "::" after the command ends them.
        let afterCommand = line.dropFirst("::error ".count)
        let properties = afterCommand[..<afterCommand.range(of: "::")!.lowerBound]
        #expect(!properties.contains(":"))
        #expect(FindingsGitHubActions.escapeData("a%0Ab") == "a%250Ab")
        #expect(FindingsGitHubActions.escapeProperty("x:y,z") == "x%3Ay%2Cz")
    }

    @Test func rdjsonHasTheDocumentedFieldsAndTypes() throws {
        let rules = [RuleDescriptor(id: "stray-period-in-name", shortDescription: "…", defaultSeverity: .error,
                                    helpURI: "https://example.org/rules#stray")]
        let output = FindingsRDJSON.render(Self.report([Self.finding(), Self.finding(.suggestion, suggestion: nil, rule: "x")],
                                                       rules: rules))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(Set(result.keys) == ["source", "severity", "diagnostics"])
        let source = try #require(result["source"] as? [String: Any])
        #expect(source["name"] as? String == "verbatim" && source["url"] is String)
        #expect(result["severity"] as? String == "ERROR")
        let diagnostics = try #require(result["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 2)
        let first = diagnostics[0]
        #expect(Set(first.keys) == ["message", "location", "severity", "code", "suggestions"])
        #expect(first["message"] as? String == "A stray period in a name.")
        #expect(first["severity"] as? String == "ERROR")
        let code = try #require(first["code"] as? [String: Any])
        #expect(code["value"] as? String == "stray-period-in-name" && code["url"] as? String == "https://example.org/rules#stray")
        let location = try #require(first["location"] as? [String: Any])
        #expect(location["path"] as? String == Self.path)
        let range = try #require(location["range"] as? [String: [String: Int]])
        // Columns in UTF-8 bytes: "Zoë said “" is 13 bytes, so "J" is at 14; the end is exclusive.
        #expect(range["start"] == ["line": 2, "column": 14])
        #expect(range["end"] == ["line": 2, "column": 14 + "Jens. Stoltenberg".utf8.count])
        let suggestions = try #require(first["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 1 && suggestions[0]["text"] as? String == "Jens Stoltenberg")
        #expect(suggestions[0]["range"] as? [String: [String: Int]] == range)
        let second = diagnostics[1]
        #expect(second["severity"] as? String == "INFO" && second["suggestions"] == nil)
        #expect((second["code"] as? [String: Any])?.keys.sorted() == ["value"])
    }

    @Test func rdjsonWithoutFindingsHasNoOverallSeverity() throws {
        let output = FindingsRDJSON.render(Self.report([]))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(result["severity"] == nil)
        #expect((result["diagnostics"] as? [Any])?.isEmpty == true)
    }

    @Test func lintListsEveryFormatOnceWithADescription() {
        let identifiers = LintReport.reporters.map { $0.identifier }
        #expect(identifiers == ["text", "json", "sarif", "github", "rdjson"])
        #expect(LintReport.reporters.allSatisfy { !$0.description.isEmpty })
        #expect(VerificationRun.reporters.map { $0.identifier } == ["text", "json"])
        #expect(AttributionReport.reporters.map { $0.identifier } == ["html", "md", "json", "csv"])
        let report = Self.report([Self.finding()])
        #expect(report.rendered(as: "github") == FindingsGitHubActions.render(report))
        #expect(report.rendered(as: "yaml") == nil)
    }
}
