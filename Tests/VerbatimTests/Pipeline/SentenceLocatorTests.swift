import Testing
@testable import Verbatim

/// Finding the sentence around an offset from a cursor gives the answer a fresh search gives, whatever
/// order the offsets come in.
@Suite struct SentenceLocatorTests {
    /// Sentences with gaps between some of them (where no sentence holds an offset).
    private let locator = SentenceLocator(paragraphs: [0..<200], sentences: [0..<10, 10..<25, 30..<31, 31..<60, 75..<120, 120..<121,
                                                                             121..<180, 190..<200])

    @Test func inTextOrder() {
        var cursor = 0
        for offset in -3..<205 {
            #expect(locator.sentence(containing: offset, cursor: &cursor) == locator.sentence(containing: offset), "offset \(offset)")
        }
    }

    @Test func inAnyOrder() {
        var cursor = 0
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let offset = Int.random(in: -3..<205, using: &generator)
            #expect(locator.sentence(containing: offset, cursor: &cursor) == locator.sentence(containing: offset), "offset \(offset)")
        }
    }

    @Test func withoutSentences() {
        var cursor = 5
        #expect(SentenceLocator(paragraphs: [], sentences: []).sentence(containing: 3, cursor: &cursor) == nil)
    }
}
