import Foundation
import Testing
@testable import Verbatim

/// The five sample articles in `Examples/articles/`: every damaged spot an editor listed is found, the
/// pattern rules fire exactly where expected (no hits on good copy), and the SARIF log is well formed.
@Suite struct SampleArticlesLintTests {
    static let report: LintReport = {
        do {
            let reader = DocumentReader()
            let documents = try reader.documentPaths(for: [Fixtures.articlesFolder]).map { try reader.read(path: $0) }
            let linter = Linter(rules: LintFixtures.ruleSet, configuration: LintConfiguration())
            return try linter.report(for: documents)
        } catch {
            fatalError("cannot lint the sample articles: \(error)")
        }
    }()

    /// (document prefix, rule, text the finding covers).
    static func hits() -> [(String, String, String)] {
        report.findings.map { finding in
            let document = (finding.path as NSString).lastPathComponent
            let text = String(decoding: report.sources[finding.path]!.bytes[finding.range], as: UTF8.self)
            return (String(document.prefix(3)), finding.rule, text)
        }
    }

    /// What an editor marked in the samples (evidence of the expected lint findings).
    static let expected: [(String, String)] = [
        ("001", "Jens. Stoltenberg"), ("003", "MedeirosProfessor"), ("001", "based in ."), ("001", "Stated."),
        ("003", "Ding Li said."), ("001", "Bangalore. said"), ("000", "Russia is crucial to China’s grand strategy"),
        ("001", "so close. ”"), ("003", "Threats, even enemies. “"), ("003", "Sino-Russian relations. “"),
        ("001", "order[that"),
    ]

    @Test func everyMarkedSpotIsFound() throws {
        for (document, evidence) in Self.expected {
            let path = try #require(Self.report.findings.map(\.path).first { ($0 as NSString).lastPathComponent.hasPrefix(document) })
            let bytes = try #require(Self.report.sources[path]).bytes
            let start = try #require(String(decoding: bytes, as: UTF8.self).utf8.indexOf(Array(evidence.utf8)))
            let span = start..<(start + evidence.utf8.count)
            #expect(Self.report.findings.contains { $0.path == path && $0.range.overlaps(span) }, "\(document): \(evidence)")
        }
    }

    @Test func patternRulesFireOnlyOnDamagedCopy() {
        let patternRules: Set<String> = Set(LintFixtures.ruleSet.rules.filter { $0.extractionUse != .required }.map(\.id))
        let found = Self.hits().filter { patternRules.contains($0.1) }.map { "\($0.0) \($0.1) \($0.2)" }
        #expect(found.sorted() == [
            "000 vague-source Analysts say",
            "001 doubled-attribution Bangalore. said",
            "001 dangling-attribution Stated.",
            "001 missing-space-bracket create]while",
            "001 missing-space-bracket order[that",
            "001 missing-space-quote West.”It",
            "001 stray-period stage. .",
            "001 stray-period to. .",
            "001 stray-period-in-name Jens. Stoltenberg",
            "001 truncated-affiliation based in .",
            "001 two-speech-verbs said NATO chief Jens. Stoltenberg warned",
            "001 vague-source Analysts also say",
            "001 vague-source Experts say",
            "001 vague-source Some observers have argued",
            "001 vague-source analysts say",
            "001 vague-source observers say",
            "003 fused-name-title MedeirosProfessor",
            "003 missing-space-after-period Ukraine.When",
            "003 missing-space-after-period interests.His",
            "003 repeated-attribution Ding Li said.",
            "003 vague-source analysts believe",
            "004 stray-period Putin .",
            "004 stray-period fruition. .",
            "004 unmarked-first-person-quote I am quite",
            "004 unmarked-first-person-quote I am skeptical",
            "004 unmarked-first-person-quote I don't think",
            "004 unmarked-first-person-quote I have not",
            "004 unmarked-first-person-quote I think Beijing",
            "004 vague-source Some analysts say",
            "004 vague-source Some experts say",
            "004 vague-source Some experts say",
            "004 vague-source some analysts say",
        ].sorted())
    }

    @Test func theSuggestionsRepairTheNames() {
        let suggestions = Dictionary(Self.report.findings.compactMap { finding in finding.suggestion.map { (finding.rule, $0) } },
                                     uniquingKeysWith: { first, _ in first })
        #expect(suggestions["stray-period-in-name"] == "Jens Stoltenberg")
        #expect(suggestions["fused-name-title"] == "Medeiros Professor")
    }

    @Test func theSampleRunFailsOnItsErrors() {
        #expect(Self.report.fails(strict: false))
        #expect(Self.report.documentCount == 5)
    }

    @Test func theSARIFLogIsStructurallyValid() throws {
        let sarif = FindingsSARIF.render(Self.report)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0" && log["$schema"] is String)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "Verbatim" && driver["informationUri"] is String)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == rules.count && Set(ids).count == ids.count)
        let results = try #require(runs[0]["results"] as? [[String: Any]])
        #expect(results.count == Self.report.findings.count)
        for result in results {
            let ruleID = try #require(result["ruleId"] as? String)
            #expect(ids.contains(ruleID))
            #expect(result["ruleIndex"] as? Int == ids.firstIndex(of: ruleID))
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect(((result["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let locations = try #require(result["locations"] as? [[String: Any]])
            let physical = try #require(locations.first?["physicalLocation"] as? [String: Any])
            #expect(((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)?.hasPrefix("file:///") == true)
            let region = try #require(physical["region"] as? [String: Any])
            for key in ["startLine", "startColumn", "endLine", "endColumn"] {
                #expect((region[key] as? Int ?? 0) >= 1, "\(key) in \(ruleID)")
            }
            #expect((region["endLine"] as? Int ?? 0) >= (region["startLine"] as? Int ?? 0))
            #expect((region["byteLength"] as? Int ?? 0) > 0 && (region["byteOffset"] as? Int ?? -1) >= 0)
        }
    }

    @Test func theJSONMatchesTheScorersShape() throws {
        let json = FindingsJSON.render(Self.report)
        let decoded = try #require(try JSONDecoder().decode([String: [Finding]].self, from: Data(json.utf8))["findings"])
        // `related` carries only path, start and end in the JSON shape.
        func key(_ finding: Finding) -> String {
            "\(finding.rule) \(finding.severity) \(finding.message) \(finding.path) \(finding.range) \(finding.line):\(finding.column) "
                + "\(finding.suggestion ?? "-") \(finding.related.map { "\($0.path) \($0.range)" })"
        }
        #expect(decoded.map(key) == Self.report.findings.map(key))
    }
}

private extension String.UTF8View {
    /// The offset of the first occurrence of `needle`.
    func indexOf(_ needle: [UInt8]) -> Int? {
        let bytes = Array(self)
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
