import Foundation
import Testing
@testable import Verbatim

/// `verify` on the five sample articles in `Examples/articles`: the people and disagreements an editor
/// would want found, and the corpus generator of `verify-bench`.
@Suite struct VerificationSampleArticlesTests {
    static let verified: (report: VerificationReport, results: [ExtractionResult]) = {
        let reader = DocumentReader()
        let extractor = Extractor(rules: Fixtures.rules)
        let paths = try! reader.documentPaths(for: [Fixtures.articlesFolder])
        let results = paths.map { try! extractor.extract(try! reader.read(path: $0)) }
        return (try! Verifier(book: Fixtures.rules).verify(results), results)
    }()

    private func speaker(_ document: String, _ text: String) -> VerifiedPerson? {
        VerificationSampleArticlesTests.verified.report.speakers.first { person in
            person.mentions.contains { $0.path.hasSuffix(document + ".txt") && $0.text == text }
        }
    }

    private func finding(_ rule: String, in document: String, covering text: String) -> Finding? {
        guard let result = VerificationSampleArticlesTests.verified.results.first(where: { $0.document.path.hasSuffix(document + ".txt") }),
              let start = result.document.text.range(of: text).map({ result.document.text.utf8.distance(
                  from: result.document.text.startIndex, to: $0.lowerBound) + result.document.bodyRange.lowerBound }) else { return nil }
        let span = start..<(start + text.utf8.count)
        return VerificationSampleArticlesTests.verified.report.findings.first { finding in
            finding.rule == rule && ([finding.location] + finding.related).contains {
                $0.path == result.document.path && $0.range.overlaps(span)
            }
        }
    }

    @Test func brokenNameIsOnePersonWithTheFullSpelling() throws {
        let person = try #require(speaker("001_c914ff15d395d375", "Shen Dingli"))
        #expect(person.name == "Shen Dingli")
        #expect(speaker("003_af3454bfe0a5ed21", "Shen")?.name == "Shen Dingli")
        #expect(speaker("003_af3454bfe0a5ed21", "Ding Li")?.name == "Shen Dingli")
        let garbled = try #require(finding("garbled-name", in: "003_af3454bfe0a5ed21", covering: "Ding Li said."))
        #expect(garbled.suggestion == "Shen Dingli")
    }

    @Test func peopleNamedInEveryArticleAreOnePerson() {
        for document in ["000_c2f13e12f7f41075", "001_c914ff15d395d375", "002_f9224fdefd6226ed", "004_242b770402029166"] {
            #expect(speaker(document, "Xi Jinping")?.name == "Xi Jinping", "\(document)")
            #expect(speaker(document, "Vladimir Putin")?.name == "Vladimir Putin", "\(document)")
        }
        #expect(speaker("003_af3454bfe0a5ed21", "Vladimir V. Putin")?.name == "Vladimir Putin")
        #expect(speaker("001_c914ff15d395d375", "Jens. Stoltenberg")?.name == "Jens Stoltenberg")
    }

    @Test func closeNamesAndCreditsStayApart() {
        #expect(speaker("003_af3454bfe0a5ed21", "Xiao Bin")?.name == "Xiao Bin")
        #expect(speaker("003_af3454bfe0a5ed21", "Sun Yun")?.name == "Sun Yun")
        #expect(speaker("001_c914ff15d395d375", "Sergei Lavrov")?.name == "Sergei Lavrov")
        for (document, credit) in [("001_c914ff15d395d375", "Sergey Gneev"), ("003_af3454bfe0a5ed21", "Wang Aoli"),
                                   ("002_f9224fdefd6226ed", "Zeki Talustan GÜLTEN")] {
            #expect(speaker(document, credit) == nil, "\(credit)")
        }
    }

    @Test func disagreementsBetweenTheArticlesAreFound() {
        #expect(finding("garbled-name", in: "001_c914ff15d395d375", covering: "Jens. Stoltenberg")?.suggestion == "Jens Stoltenberg")
        #expect(finding("wording-divergence", in: "001_c914ff15d395d375", covering: "authoritarian powers are increasingly aligned") != nil)
        #expect(finding("wording-divergence", in: "000_c2f13e12f7f41075",
                        covering: "This reminds us that security is not regional, but global") != nil)
        #expect(finding("unattributed-quote", in: "000_c2f13e12f7f41075",
                        covering: "Russia is crucial to China’s grand strategy")?.suggestion == "Manoj Kewalramani")
        #expect(!VerificationSampleArticlesTests.verified.report.findings.contains { $0.rule == "speaker-conflict" })
    }

    @Test func benchCorpusIsDeterministicAndPerturbed() throws {
        let reader = DocumentReader()
        let seeds = try reader.documentPaths(for: [Fixtures.articlesFolder]).map { try reader.read(path: $0) }
        let rules = try Verifier(book: Fixtures.rules).rules
        let corpus = PerturbedCorpus(seeds: seeds, extractor: Extractor(rules: Fixtures.rules), rules: rules, seed: 7)
        let first = try corpus.document(12), again = try corpus.document(12)
        #expect(first.bytes == again.bytes)
        #expect(first.bytes != seeds[12 % seeds.count].bytes)
        #expect(first.path.hasPrefix("bench/12-"))
    }
}
