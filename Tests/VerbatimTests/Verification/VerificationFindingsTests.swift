import Foundation
import Testing
@testable import Verbatim

/// The findings of `verify`: who said the words, whether anyone did, the wording, affiliations; rule data;
/// and the JSON and text output.
@Suite struct VerificationFindingsTests {
    static let stoltenberg = [
        ("a.txt", "NATO Secretary General Jens Stoltenberg said: \"We live in a more dangerous world, where powers are increasingly aligning.\""),
        ("b.txt", "\"We live in a more dangerous world, where authoritarian powers are increasingly aligned,\" said NATO chief Jens. Stoltenberg warned."),
    ]

    @Test func wordingDivergenceShowsTheWordDiff() throws {
        let found = try Verified(Self.stoltenberg)
        let finding = try #require(found.findings("wording-divergence").first)
        #expect(finding.path == "b.txt")
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("{+authoritarian+}"))
        #expect(finding.message.contains("[-aligning-] {+aligned+}"))
        #expect(finding.related.map(\.path) == ["a.txt"])
        #expect(found.text(of: finding.related[0]).hasPrefix("We live in a more dangerous world"))
        #expect(finding.line == 1 && finding.column == 2)
    }

    @Test func sameWordsFromDifferentPeopleAreASpeakerConflict() throws {
        let found = try Verified([
            ("a.txt", "Xiao Bin, a Beijing-based expert, said: \"Both sides want to avoid any surprises before the summit in Moscow.\""),
            ("b.txt", "Chinese President Xi Jinping said: \"Both sides want to avoid any surprises before the summit in Moscow.\""),
        ])
        let finding = try #require(found.findings("speaker-conflict").first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("Xi Jinping") && finding.message.contains("Xiao Bin"))
        #expect(found.report.hasErrors)
    }

    @Test func quotationWithoutSpeakerGetsTheOtherArticlesSpeaker() throws {
        let found = try Verified([
            ("a.txt", "For “Russia is crucial to China’s grand strategy,” Beijing does not want escalation."),
            ("b.txt", "“Russia is the cornerstone of China’s grand strategy,” said Manoj Kewalramani, head of research at a think tank."),
        ])
        let finding = try #require(found.findings("unattributed-quote").first)
        #expect(finding.path == "a.txt")
        #expect(finding.suggestion == "Manoj Kewalramani")
        #expect(found.text(of: finding) == "Russia is crucial to China’s grand strategy")
        #expect(found.findings("speaker-conflict").isEmpty)
    }

    @Test func differentOrganisationIsAnAffiliationMismatch() throws {
        let found = try Verified([
            ("a.txt", "Sun Yun, director of the China Program at the Stimson Center, said: \"The purpose is to show close cooperation.\""),
            ("b.txt", "Sun Yun, a senior fellow at the Brookings Institution, said: \"The purpose is to show very close cooperation.\""),
            ("c.txt", "Sun Yun, director of the China Program at the Stimson Center in Washington, said the talks mattered."),
        ])
        let findings = found.findings("affiliation-mismatch")
        #expect(findings.count == 1)
        #expect(findings.first?.path == "b.txt")
        #expect(findings.first?.message.contains("Stimson") == true)
    }

    @Test func severitiesAndMessagesComeFromTheRules() throws {
        let rules = try VerificationRules.load(from: "\(Fixtures.rulesFolder)/verification", template: Fixtures.rules.template,
                                               lexicon: Fixtures.rules.lexicon)
        #expect(Set(rules.findings.keys) == Set(VerificationRules.ruleIDs))
        #expect(rules.rule("garbled-name").severity == .error)
        var quiet = rules
        quiet.findings["wording-divergence"]?.enabled = false
        quiet.findings["garbled-name"]?.severity = .info
        let extractor = Extractor(rules: Fixtures.rules)
        let results = try Self.stoltenberg.map { try extractor.extract(try Document(path: $0.0, data: Array($0.1.utf8))) }
        let report = Verifier(rules: quiet, lexicon: Fixtures.rules.lexicon).verify(results)
        #expect(!report.findings.contains { $0.rule == "wording-divergence" })
        #expect(report.findings.contains { $0.rule == "garbled-name" && $0.severity == .info })
        #expect(!report.hasErrors)
    }

    @Test func aMissingRuleIsReportedWithItsFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verification-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["matching.yml", "alignment.yml"] {
            try FileManager.default.copyItem(atPath: "\(Fixtures.rulesFolder)/verification/\(name)", toPath: "\(folder)/\(name)")
        }
        try "rules:\n  - {id: name-variant, severity: warning, description: x, message: x}\n"
            .write(toFile: "\(folder)/findings.yml", atomically: true, encoding: .utf8)
        #expect(throws: RuleError.self) {
            try VerificationRules.load(from: folder, template: Fixtures.rules.template, lexicon: Fixtures.rules.lexicon)
        }
    }

    @Test func jsonHasSpeakersAndFindingsInTheDocumentedShape() throws {
        let found = try Verified(Self.stoltenberg)
        let json = VerificationJSON.render(found.report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["speakers", "findings"])
        let speakers = try #require(object["speakers"] as? [[String: Any]])
        let speaker = try #require(speakers.first { $0["name"] as? String == "Jens Stoltenberg" })
        let mentions = try #require(speaker["mentions"] as? [[String: Any]])
        #expect(mentions.allSatisfy { Set($0.keys) == ["path", "text", "start", "end"] })
        #expect(mentions.contains { $0["path"] as? String == "b.txt" && $0["text"] as? String == "Jens. Stoltenberg" })
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for finding in findings {
            #expect(Set(finding.keys) == ["rule", "severity", "message", "path", "start", "end", "line", "column", "suggestion", "related"])
            let related = try #require(finding["related"] as? [[String: Any]])
            #expect(related.allSatisfy { ($0["start"] as? Int) != nil && ($0["path"] as? String) != nil })
        }
        // Byte offsets point at the text.
        let mention = mentions.first { $0["text"] as? String == "Jens. Stoltenberg" }!
        let bytes = Array(Self.stoltenberg[1].1.utf8)
        #expect(String(decoding: bytes[(mention["start"] as! Int)..<(mention["end"] as! Int)], as: UTF8.self) == "Jens. Stoltenberg")
    }

    @Test func textGroupsFindingsByDocumentWithDiffsAndRelatedPlaces() throws {
        let found = try Verified(Self.stoltenberg)
        let sources = FindingSources(found.results.map { FindingSource(path: $0.document.path, bytes: $0.document.bytes) })
        let text = VerificationText().render(found.report, sources: sources, files: 2)
        #expect(text.hasPrefix("Speakers ("))
        #expect(text.contains("Jens Stoltenberg — "))
        #expect(text.contains("\nb.txt — "))
        #expect(text.contains("[-aligning-] {+aligned+}"))
        #expect(text.contains("see a.txt:1:"))
        #expect(text.contains("suggestion: Jens Stoltenberg"))
    }
}
