import Foundation
@testable import Verbatim

/// Runs extraction and verification on a few articles given as text, for readable tests.
struct Verified {
    let report: VerificationReport
    let results: [ExtractionResult]

    /// `articles`: (file name, text) pairs, verified in this order.
    init(_ articles: [(String, String)], knownNamesFile: String? = nil) throws {
        let extractor = Extractor(rules: Fixtures.rules)
        results = try articles.map { name, text in
            try extractor.extract(try Document(path: name, data: Array((text + "\n").utf8)))
        }
        report = try Verifier(book: Fixtures.rules, knownNamesFile: knownNamesFile).verify(results)
    }

    /// The speaker one of whose mentions in `document` reads `text`.
    func speaker(_ document: String, _ text: String) -> VerifiedPerson? {
        report.speakers.first { person in person.mentions.contains { $0.path == document && $0.text == text } }
    }

    /// Anyone clustered (quoted or not) one of whose mentions in `document` reads `text`.
    func person(_ document: String, _ text: String) -> VerifiedPerson? {
        report.people.first { person in person.mentions.contains { $0.path == document && $0.text == text } }
    }

    /// The findings of one rule.
    func findings(_ rule: String) -> [Finding] { report.findings.filter { $0.rule == rule } }

    /// The text a finding points at.
    func text(of finding: Finding) -> String {
        let result = results.first { $0.document.path == finding.path }!
        return result.text(finding.range)
    }

    /// The text of a related location.
    func text(of location: Location) -> String {
        results.first { $0.document.path == location.path }!.text(location.range)
    }
}
