import Testing
@testable import Verbatim

/// A count from a fixed start that reads on as its end grows gives what reading from the start does
/// (``ByteText/wordCount(_:_:upTo:)``), wherever the ends fall: inside a word, on an apostrophe or hyphen
/// after one, on a curly apostrophe, before an earlier end, past the limit.
@Suite struct WordCountFromTests {
    @Test func countsAsReadingFromTheStartDoes() {
        let pieces = ["Trump", "'s", "long-time", "--", "Peskov", "’s", "Zürich", "façade", "—", "2,000", "rock'n'roll",
                      "\"no\"", "'", "-", "’", "a", "x1", "é", "“Yes”", ":", "."]
        let texts = RandomTexts.make(pieces, separators: [" ", "", ", ", "\n\n", " — "], count: 40, lengths: 1...30, seed: 29)
        var generator = SplitMix(seed: 31)
        for text in texts {
            let bytes = Array(text.utf8)
            let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
            bytes.withUnsafeBufferPointer { buffer in
                for start in boundaries where start % 3 == 0 {
                    for limit in [2, 7, 60] {
                        var counter = WordCountFrom(from: start, upTo: limit)
                        // Ends mostly growing, now and then falling back (or before the start).
                        for _ in 0..<12 {
                            let end = boundaries.randomElement(using: &generator)!
                            #expect(counter.count(to: end, in: buffer)
                                    == ByteText.wordCount(buffer, start..<max(start, end), upTo: limit), "\(text) \(start)..<\(end)")
                        }
                        for end in boundaries where end >= start {
                            #expect(counter.count(to: end, in: buffer) == ByteText.wordCount(buffer, start..<end, upTo: limit))
                        }
                    }
                }
            }
        }
    }
}
