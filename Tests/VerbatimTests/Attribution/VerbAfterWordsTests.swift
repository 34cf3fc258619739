import Testing
@testable import Verbatim

/// Where a `verb_after_words` frame's verb would stand after a closing quotation mark.
@Suite struct VerbAfterWordsTests {
    private func offset(_ text: String, words: Int) -> FrameAttributor.VerbOffset {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { FrameAttributor.offset(after: words, wordsFrom: 0, in: $0, limit: $0.count) }
    }

    @Test func theVerbStandsAfterTheOpeningSpacesAndCommas() {
        #expect(offset(", said Sun Yun", words: 0) == .at(2))
    }

    @Test func wordsBeforeTheVerbAreSkippedWithTheirSpaces() {
        #expect(offset(", Shanghai  said Shen", words: 1) == .at(12))
    }

    @Test func aMissingWordOrSpaceMeansNoMatch() {
        #expect(offset(" 12 said", words: 1) == .noMatch)
        #expect(offset(" Shanghai, said", words: 1) == .noMatch)
        #expect(offset(" ", words: 0) == .noMatch)
    }

    @Test func charactersBeyondASCIIAreLeftToThePattern() {
        #expect(offset(" Zürich said", words: 1) == .unknown)
        #expect(offset("\u{00A0}said", words: 0) == .unknown)
    }
}
