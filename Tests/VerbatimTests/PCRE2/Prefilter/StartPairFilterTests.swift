import Testing
@testable import Verbatim

/// Anchored matches at the starts ``StartPairFilter`` offers must find the matches, and groups, of one
/// unanchored search, whatever comes before each start.
@Suite struct StartPairFilterTests {
    /// The matches of `pattern` in `text` with the ranges of `group`, found at the starts and by a full search.
    private func bothWays(_ pattern: Pattern, _ text: String, group: Int = 0) throws
        -> (started: [[Range<Int>?]], full: [[Range<Int>?]]) {
        let matcher = Matcher(pattern)
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var started: [[Range<Int>?]] = []
            let starts = try #require(StartPairFilter.filter(for: pattern))
            try starts.forEachMatch(of: matcher, in: buffer) { started.append([$0, matcher.group(group)]) }
            return (started, try matcher.allMatches(in: buffer).map { [$0.range, $0[group]] })
        }
    }

    /// Random texts of `pieces` and separators.
    private func texts(_ pieces: [String], seed: UInt64) -> [String] {
        RandomTexts.make(pieces, separators: [" ", "", "\n", "\r\n", "\r", "’", "é", "-", "  ", "(", ":", "\t", "_", "9"],
                         count: 200, lengths: 1...30, seed: seed)
    }

    @Test func theOutletPatternMatchesAsOneSearchDoes() throws {
        let pattern = Fixtures.rules.outletPattern
        let group = try #require(pattern.groupNumbers["outlet"])
        let pieces = ["told", "TOLD", "said to", "in an interview with", "CNN", "xCNN", "(Reuters)", "(CNN", "VOA", "AP",
                      "was unable", "reported", "asked", "The New York Times", "New York Times", "Voice of America",
                      "contacted", "BBC —", "AFP:", "Reuters |", "é", "foretold", "insaid", "the", "Th"]
        for text in texts(pieces, seed: 17) {
            let (started, full) = try bothWays(pattern, text, group: group)
            #expect(started == full, "\(text)")
        }
    }

    @Test(arguments: [Fixtures.rules.reportedSpeech.clauseEnd, Fixtures.rules.reportedSpeech.clauseEndAtSpeech?.pattern])
    func theFirstMatchAtTheStartsIsTheFirstOfAFullSearch(pattern: Pattern?) throws {
        let pattern = try #require(pattern)
        let matcher = Matcher(pattern)
        let starts = try #require(StartPairFilter.filter(for: pattern))
        let pieces = ["said", "and", "but", "while", "whereas", ";", ",", "including", "according", "running", "Anding",
                      "he", "she said", "told", "é", "and also said", "but noted"]
        for text in texts(pieces, seed: 29) {
            let bytes = Array(text.utf8)
            let (first, full) = try bytes.withUnsafeBufferPointer { buffer in
                (try starts.firstMatch(of: matcher, in: buffer), try matcher.firstRange(in: buffer))
            }
            #expect(first == full, "\(text)")
        }
    }

    @Test func lineStartsAndWordBoundariesAreJudgedByTheCharacterBefore() throws {
        let pattern = try Pattern("(?m)^\\s*x|\\bab\\B|\\(c\\)|é\\b")
        for text in texts(["x", "ab", "abc", "(c)", "a", "éa", "é", "xab"], seed: 23) {
            let (started, full) = try bothWays(pattern, text)
            #expect(started == full, "\(text)")
        }
    }

    @Test func patternsThatLookFurtherBackOrDependOnTheSearchStartGetNoStarts() throws {
        #expect(StartPairFilter.filter(for: try Pattern("(?<=ab)c")) == nil)
        #expect(StartPairFilter.filter(for: try Pattern("\\Gab")) == nil)
        #expect(StartPairFilter.filter(for: try Pattern("a(*SKIP)b|c")) == nil)
        #expect(StartPairFilter.filter(for: try Pattern("x*")) == nil)
        #expect(StartPairFilter.filter(for: try Pattern("(?m)^x|\\by")) != nil)
    }
}
