import Testing
@testable import Verbatim

struct OpeningMemoTests {
    private func mayMatch(_ memo: OpeningMemo, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { memo.mayMatch($0) }
    }

    @Test func turnsAwayOnlyOpeningsNoMatchCanStartWith() throws {
        let memo = OpeningMemo(try Pattern("^(?:\\s*,\\s*\\p{Ll}|\\s+(?:also\\s+)?(?:said|told)\\b)"), width: 4)
        #expect(mayMatch(memo, " said on Monday"))
        #expect(mayMatch(memo, " also told"))     // the adverb is still open after four bytes
        #expect(mayMatch(memo, ", who"))
        #expect(!mayMatch(memo, " and the"))
        #expect(!mayMatch(memo, " was"))
        // Asked again, the remembered answer is the same.
        #expect(!mayMatch(memo, " and others"))
        #expect(mayMatch(memo, " said."))
    }

    @Test func leavesShortAndNonASCIITextsToThePattern() throws {
        let memo = OpeningMemo(try Pattern("^\\s+said\\b"), width: 4)
        #expect(mayMatch(memo, " an"))            // shorter than the opening
        #expect(mayMatch(memo, " é said"))        // a non-ASCII byte in the opening
        #expect(!mayMatch(memo, " an é"))
    }

    @Test func answersForTheTextStartAsTheAnchoredPatternDoes() throws {
        // `\b` at the start sees no letter before the text, as the anchored run does.
        let memo = OpeningMemo(try Pattern("^\\bsaid"), width: 4)
        #expect(mayMatch(memo, "said it"))
        #expect(!mayMatch(memo, "sail"))
    }
}
