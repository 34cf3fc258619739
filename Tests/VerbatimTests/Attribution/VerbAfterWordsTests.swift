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

    /// A frame may open with `[\s,.]*` (“…”. Stated.): the verb stands after the period too.
    @Test func periodsBeforeTheVerbAreSkippedWithTheSpaces() {
        #expect(offset(". Stated.", words: 0) == .at(2))
        #expect(offset(" ., Stated.", words: 0) == .at(4))
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

/// Whether a speech cue follows the opening words of a `verb_within_words` frame.
@Suite struct VerbWithinWordsTests {
    private func follows(_ text: String, cues: [Range<Int>], words: Int = 6) -> Bool? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            FrameAttributor.cueFollows(within: words, wordsFrom: 0, in: buffer, limit: buffer.count, cues: CueIndex(cues: cues))
        }
    }

    @Test func aCueAfterOneOfTheWordsIsFound() {
        #expect(follows(", her friend said.", cues: [13..<17]) == true)
        #expect(follows(", the U.S. state's top-ranked official said.", cues: [39..<43]) == true)
    }

    @Test func aCueBeyondTheWordsOrAfterOtherSignsIsNot() {
        #expect(follows(", her friend said.", cues: [13..<17], words: 1) == false)
        #expect(follows(", her (friend) said.", cues: [15..<19]) == false)
        #expect(follows(", her friend", cues: []) == false)
        #expect(follows(", said he", cues: [2..<6]) == false)
    }

    @Test func charactersBeyondASCIIAreLeftToThePattern() {
        #expect(follows(", Zürich officials said", cues: [19..<23]) == nil)
        #expect(follows(", her\u{00A0}friend said", cues: []) == nil)
    }
}
