import Testing
@testable import Verbatim

@Suite struct ExtractorReuseTests {
    /// One extractor reused across documents (as `extract` and `bench` do) answers for each document
    /// exactly as a fresh extractor does: nothing read before changes what a document yields.
    @Test func aReusedExtractorAnswersAsAFreshOne() throws {
        let reader = DocumentReader()
        let documents = try reader.documentPaths(for: [Fixtures.articlesFolder]).map { try reader.read(path: $0) }
        #expect(documents.count >= 2)
        let reused = Extractor(rules: Fixtures.rules)
        for document in documents + documents.reversed() {
            let again = QuotationWriters.jsonLine(try reused.extract(document))
            let fresh = QuotationWriters.jsonLine(try Extractor(rules: Fixtures.rules).extract(document))
            #expect(again == fresh, "\(document.path)")
        }
    }
}
