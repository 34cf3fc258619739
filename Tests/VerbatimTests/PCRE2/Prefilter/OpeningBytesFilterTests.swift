import Testing
@testable import Verbatim

struct OpeningBytesFilterTests {
    private func mayMatch(_ memo: OpeningBytesFilter, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { memo.answer($0, at: 0) == .candidate }
    }

    @Test func turnsAwayOnlyOpeningsNoMatchCanStartWith() throws {
        let memo = OpeningBytesFilter(try Pattern("^(?:\\s*,\\s*\\p{Ll}|\\s+(?:also\\s+)?(?:said|told)\\b)"), width: 4)
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
        let memo = OpeningBytesFilter(try Pattern("^\\s+said\\b"), width: 4)
        #expect(mayMatch(memo, " an"))            // shorter than the opening
        #expect(mayMatch(memo, " é said"))        // a non-ASCII byte in the opening
        #expect(!mayMatch(memo, " an é"))
    }

    @Test func answersForTheTextStartAsTheAnchoredPatternDoes() throws {
        // `\b` at the start sees no letter before the text, as the anchored run does.
        let memo = OpeningBytesFilter(try Pattern("^\\bsaid"), width: 4)
        #expect(mayMatch(memo, "said it"))
        #expect(!mayMatch(memo, "sail"))
    }
}
