import Testing
@testable import Verbatim

/// The quotations of a document come out in text order, those that start together in the order found.
@Suite struct QuotationOrderTests {
    private func pending(_ start: Int, _ frame: String) -> Extractor.Pending {
        Extractor.Pending(quotation: Quotation(kind: .direct, content: start..<(start + 4), frame: frame), source: nil,
                          continuation: false)
    }

    @Test func quotationsAreSortedByContentStartKeepingTiesInOrder() {
        var found = [pending(9, "a"), pending(2, "b"), pending(9, "c"), pending(5, "d"), pending(2, "e")]
        Extractor.sortByContent(&found)
        #expect(found.map(\.quotation.frame) == ["b", "e", "d", "a", "c"])
    }

    @Test func quotationsInOrderStayAsTheyAre() {
        var found = [pending(1, "a"), pending(1, "b"), pending(7, "c")]
        Extractor.sortByContent(&found)
        #expect(found.map(\.quotation.frame) == ["a", "b", "c"])
    }
}
