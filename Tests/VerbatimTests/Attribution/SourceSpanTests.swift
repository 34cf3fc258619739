import Testing
@testable import Verbatim

/// What may stand between a source and its speech verb, as ``SourceSpan/reachesVerb`` reads it.
@Suite struct SourceSpanTests {
    private let span = SourceSpan(lexicon: Fixtures.rules.lexicon, span: Fixtures.rules.reportedSpeech.sourceSpan)

    /// Whether the verb `verb` (its first occurrence in `text`) is reached from the start of `text`.
    private func reaches(_ text: String, verb: String, freeWords: Int = 0, commaBeforeVerb: Bool = false) -> Bool {
        let bytes = Array(text.utf8)
        let verbStart = text.utf8.count - text[text.range(of: verb)!.lowerBound...].utf8.count
        return bytes.withUnsafeBufferPointer { buffer in
            span.reachesVerb(buffer, from: 0, limit: buffer.count, freeWords: freeWords, commaBeforeVerb: commaBeforeVerb) { from, before in
                from < verbStart + 1 && verbStart < before
            }
        }
    }

    @Test func aNameReachesTheVerbRightAfterIt() {
        #expect(reaches("Xi Jinping said at the summit that ", verb: "said"))
    }

    @Test func anAffiliationBetweenCommasIsCrossed() {
        #expect(reaches("Wang Wen, a spokesman for the ministry, said that ", verb: "said"))
    }

    @Test func clauseTextBetweenCommasDoesNotLeadToALaterVerb() {
        #expect(!reaches("Xi Jinping, met with Putin in China, just days after the leaders announced an ", verb: "announced",
                         freeWords: 1, commaBeforeVerb: true))
    }

    @Test func freeWordsLetAnyLowerCaseWordStandBeforeTheVerb() {
        #expect(!reaches("Cruz sharply called Trump a ", verb: "called"))
        #expect(reaches("Cruz sharply called Trump a ", verb: "called", freeWords: 1))
        #expect(!reaches("Cruz very sharply called Trump a ", verb: "called", freeWords: 1))
    }

    @Test func aCommaBeforeTheVerbIsCrossedOnlyWhenAllowed() {
        #expect(!reaches("Wang Wen, said: ", verb: "said"))
        #expect(reaches("Wang Wen, said: ", verb: "said", commaBeforeVerb: true))
    }
}
