import Testing
@testable import Verbatim

/// ``ClauseEnd`` stops a reported clause where the first match of `clause_end` or `clause_end_at_speech`
/// begins, running the second only on clauses that hold a speech cue.
@Suite struct ClauseEndTests {
    let rules = Fixtures.rules
    let clauseEnd = ClauseEnd(Fixtures.rules.reportedSpeech)

    /// Where `clauseEnd` stops `text` (from `offset` to its end), and where one search of the two patterns
    /// joined as alternatives begins.
    private func bothWays(_ text: String, from offset: Int = 0) throws -> (stop: Int?, joined: Int?) {
        let atSpeech = try #require(rules.reportedSpeech.clauseEndAtSpeech).pattern
        let joined = Matcher(try Pattern(rules.reportedSpeech.clauseEnd.source + "|" + atSpeech.source))
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            let cues = try CueIndex(bytes: buffer, range: 0..<buffer.count, matcher: Matcher(rules.speechCue),
                                    scanner: WordStartFilter.filter(for: rules.speechCue))
            let clause = UnsafeBufferPointer(rebasing: buffer[offset...])
            return (clauseEnd.stop(in: buffer, offset..<buffer.count, cues: cues),
                    try joined.firstRange(in: clause).map { $0.lowerBound + offset })
        }
    }

    @Test func aSecondAttributionStopsTheClause() throws {
        let text = "the party doesn't care and one in four said it does."
        let (stop, joined) = try bothWays(text)
        #expect(stop == text.utf8.count - " and one in four said it does.".utf8.count)
        #expect(stop == joined)
    }

    @Test func aSemicolonStopsAClauseWithoutASpeechVerb() throws {
        let text = "the plan failed and nobody cared; the rest is history"
        let (stop, joined) = try bothWays(text)
        #expect(stop == Array(text.utf8).firstIndex(of: UInt8(ascii: ";")))
        #expect(stop == joined)
    }

    @Test func aClauseWithoutAnEndRunsOn() throws {
        let (stop, joined) = try bothWays("the plan failed and the party does not care")
        #expect(stop == nil)
        #expect(joined == nil)
    }

    /// Over random texts and every sentence of the sample articles, from several offsets, the clause
    /// stops where the joined pattern's first match begins.
    @Test func theStopIsTheFirstMatchOfEitherPattern() throws {
        let pieces = ["said", "and", "but", "while", "whereas", ";", ",", "including", "according", "running", "he",
                      "she said", "told", "noted", "maintained", "é", "and also said", "but noted", "the party", "adding"]
        var texts = RandomTexts.make(pieces, separators: [" ", "", "\n", "’", "é", "-", "  ", ":", "."],
                                     count: 300, lengths: 1...30, seed: 41)
        let reader = DocumentReader()
        for path in try reader.documentPaths(for: [Fixtures.articlesFolder]) {
            texts += try reader.read(path: path).text.split(separator: "\n").map(String.init)
        }
        var stopped = 0
        for text in texts {
            for offset in [0, 7, 20] where offset < text.utf8.count && Array(text.utf8)[offset] & 0xC0 != 0x80 {
                let (stop, joined) = try bothWays(text, from: offset)
                #expect(stop == joined, "\(text) from \(offset)")
                if stop != nil { stopped += 1 }
            }
        }
        #expect(stopped > 100)
    }
}
