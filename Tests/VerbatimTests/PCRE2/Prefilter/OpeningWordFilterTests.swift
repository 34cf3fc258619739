import Testing
@testable import Verbatim

/// The whole-word test of ``WordStartFilter`` (``OpeningWordFilter``) and its 64-byte blocks must leave the
/// matches exactly those of a full search, whatever the pattern lets follow a word.
@Suite struct OpeningWordFilterTests {
    /// The matches of `pattern` in `text`, found by the scanner and by one full search.
    private func bothWays(_ pattern: Pattern, _ text: String) throws -> (scanned: [Range<Int>], full: [Range<Int>]) {
        let matcher = Matcher(pattern)
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanned: [Range<Int>] = []
            let scanner = try #require(WordStartFilter.filter(for: pattern))
            try scanner.forEachMatch(of: matcher, in: buffer) { scanned.append($0) }
            return (scanned, try matcher.allMatches(in: buffer).map(\.range))
        }
    }

    /// Random texts of `pieces` and separators, long enough to span several 64-byte blocks.
    private func texts(_ pieces: [String], seed: UInt64) -> [String] {
        RandomTexts.make(pieces, separators: [" ", "", "_", "9", ",", "\n", "’", "é", "-", "  "], count: 150, lengths: 1...60, seed: seed)
    }

    @Test func matchesThatEndInsideAWordAreAllFound() throws {
        // `(?![\p{L}\p{N}])` lets "CNN" match in "CNN_x": a match may end where no word ends.
        let pattern = try Pattern("\\b(?:CNN|AP|Associated Press|Voice of America)(?![\\p{L}\\p{N}])")
        for text in texts(["CNN", "AP", "APx", "CNN_", "Associated", "Press", "Voice of", "America", "Voice", "xAP", "A"], seed: 7) {
            let (scanned, full) = try bothWays(pattern, text)
            #expect(scanned == full, "\(text)")
        }
    }

    @Test func wordsAfterDigitsUnderscoresAndOtherScriptsAreJudgedByPCRE2() throws {
        let pattern = try Pattern("\\b(?:said|told|according\\s+to|Noted)\\b")
        for text in texts(["said", "told", "according", "to", "according to", "Noted", "noted", "sai", "saidx", "ToLd"], seed: 11) {
            let (scanned, full) = try bothWays(pattern, text)
            #expect(scanned == full, "\(text)")
        }
    }

    @Test func wordsLongerThanTheWalkAreLetThrough() throws {
        let long = String(repeating: "a", count: OpeningWordFilter.depth + 5)
        // Two first letters, so that PCRE2 builds the first-byte bitmap a scanner needs.
        let pattern = try Pattern("\\b(?:\(long)|ab|b)\\b")
        for text in texts([long, String(long.dropLast(2)), "ab", "a", "b", long + "b"], seed: 5) {
            let (scanned, full) = try bothWays(pattern, text)
            #expect(scanned == full, "\(text)")
        }
    }

    @Test func aPatternWithTooManyOpeningsHasNoWordTest() throws {
        let pattern = try Pattern("\\b(?:x\\w*|y)\\b")
        let probe = Pattern.OpeningProbe(pattern)
        #expect(OpeningWordFilter(probe, starts: [UInt8(ascii: "x"), UInt8(ascii: "y")]) == nil)
        for text in texts(["x", "xy", "xylophone", "y", "yy", "x_1"], seed: 3) {
            let (scanned, full) = try bothWays(pattern, text)
            #expect(scanned == full, "\(text)")
        }
    }

    @Test func theWordTestTurnsDownOnlyWordsNoMatchCanOpenWith() throws {
        let pattern = try Pattern("\\b(?:said|says)\\b")
        let words = try #require(OpeningWordFilter(Pattern.OpeningProbe(pattern), starts: [UInt8(ascii: "s")]))
        func mayOpen(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { words.answer($0, at: 0) == .candidate }
        }
        #expect(mayOpen("said so"))
        #expect(mayOpen("says,"))
        #expect(!mayOpen("sai d"))
        #expect(!mayOpen("saidx "))
        #expect(!mayOpen("sa "))
        // At the end of the text or before a non-ASCII character, PCRE2 decides.
        #expect(mayOpen("said"))
        #expect(mayOpen("saidé"))
    }
}

/// The JIT's hard partial matching answers the opening questions as the interpreter does, so the tables
/// built from it are the ones the interpreter gives. (The two differ only for an empty opening at the end
/// of the text, which no table asks about.)
@Suite struct OpeningProbeJITTests {
    private let patterns = [Fixtures.rules.speechCue, Fixtures.rules.outletNames, Fixtures.rules.people.introducedAfter,
                            Fixtures.rules.people.notAPersonAfter]

    @Test func jitAndInterpreterOpenAlike() throws {
        for pattern in patterns {
            let jit = Pattern.OpeningProbe(pattern), interpreter = Pattern.OpeningProbe(pattern, jit: false)
            for first in UInt8(0)..<0x80 {
                for context in [[], [UInt8(ascii: "a")], [UInt8(ascii: " ")], [UInt8(ascii: "\n")]] {
                    #expect(jit.canOpen([first], after: context) == interpreter.canOpen([first], after: context))
                }
                for second in UInt8(0)..<0x80 {
                    #expect("\(jit.opening([first], then: second))" == "\(interpreter.opening([first], then: second))",
                            "\(pattern.source.prefix(20)): \(first) \(second)")
                }
            }
        }
    }

    @Test func scannersBuiltWithEitherEngineAreTheSame() throws {
        for pattern in [Fixtures.rules.speechCue, Fixtures.rules.outletNames] {
            let jit = try #require(WordStartFilter(pattern))
            let interpreter = try #require(WordStartFilter(pattern, probe: Pattern.OpeningProbe(pattern, jit: false)))
            #expect(jit.hasSameTables(as: interpreter))
        }
    }
}
