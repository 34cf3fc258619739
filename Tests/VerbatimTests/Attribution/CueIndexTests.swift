import Testing
@testable import Verbatim

/// The speech cues of a stretch, asked stretch by stretch in text order, are those asked one at a time.
@Suite struct CueIndexTests {
    @Test func cuesAskedInTextOrderAreTheCuesOfEachRange() throws {
        let rules = Fixtures.rules
        let reader = DocumentReader()
        var compared = 0
        for path in try reader.documentPaths(for: [Fixtures.articlesFolder]) {
            let document = try reader.read(path: path)
            try document.bytes.withUnsafeBufferPointer { bytes in
                let index = try CueIndex(bytes: bytes, range: 0..<bytes.count, matcher: Matcher(rules.speechCue),
                                         scanner: WordStartFilter.filter(for: rules.speechCue))
                var cursor = 0
                // Ranges moving on through the text, with an occasional step back that the cursor must survive.
                var lower = 0, step = 0
                while lower < bytes.count {
                    let upper = min(bytes.count, lower + 40 + (step % 7) * 30)
                    #expect(index.cues(in: lower..<upper, cursor: &cursor) == index.cues(in: lower..<upper))
                    compared += index.cues(in: lower..<upper).count
                    step += 1
                    lower = step % 11 == 0 ? max(0, lower - 100) : lower + 37
                }
            }
        }
        #expect(compared > 50)
    }

    @Test func aRangeOverlapsACueWhenTheyShareAByte() throws {
        let rules = Fixtures.rules
        let text = Array("He said that she had told them, and they added more: \u{201C}no\u{201D}, she insisted.".utf8)
        try text.withUnsafeBufferPointer { bytes in
            let index = try CueIndex(bytes: bytes, range: 0..<bytes.count, matcher: Matcher(rules.speechCue),
                                     scanner: WordStartFilter.filter(for: rules.speechCue))
            #expect(index.cues.count >= 3)
            for lower in 0..<bytes.count {
                for upper in (lower + 1)...min(bytes.count, lower + 12) {
                    let expected = index.cues.contains { $0.lowerBound < upper && $0.upperBound > lower }
                    #expect(index.overlaps(lower..<upper) == expected, "\(lower)..<\(upper)")
                }
            }
        }
    }
}
