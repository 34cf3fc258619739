import Testing
@testable import Verbatim

/// ``LetterRuns`` finds the same runs of ASCII letters as reading the bytes one by one.
@Suite struct LetterRunsTests {
    /// The runs, read byte by byte.
    private func naiveRuns(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = [], index = range.lowerBound
        while index < range.upperBound {
            guard ASCIIByte.isLetter(bytes[index]) else { index += 1; continue }
            var end = index
            while end < range.upperBound, ASCIIByte.isLetter(bytes[end]) { end += 1 }
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    private func runs(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in LetterRuns.forEach(in: buffer, range) { found.append($0); return true } }
        return found
    }

    @Test func runsMatchAByteByByteReading() {
        let texts = ["Xi Jinping said on Tuesday that talks [with] Putin’s envoy went well.", "", "a", "@`[{ZAza",
                     "Ünïcode wörds, 12 digits_and-hyphens", "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
        for text in texts {
            let bytes = Array(text.utf8)
            for lower in 0...min(bytes.count, 9) {
                for upper in lower...bytes.count {
                    #expect(runs(bytes, lower..<upper) == naiveRuns(bytes, lower..<upper), "\(text) \(lower)..<\(upper)")
                }
            }
        }
    }

    @Test func bytesAroundTheLetterRangesAreNotLetters() {
        let bytes: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0xC1, 0xE1, 0xFA, 0x00, 0x7F, 0x20, 0x41, 0x61]
        #expect(runs(bytes, 0..<bytes.count) == [1..<3, 5..<7, 14..<16])
    }

    @Test func readingStopsWhenAsked() {
        let bytes = Array("one two three".utf8)
        var seen = 0
        bytes.withUnsafeBufferPointer { buffer in LetterRuns.forEach(in: buffer, 0..<buffer.count) { _ in seen += 1; return seen < 2 } }
        #expect(seen == 2)
    }

    /// The eight-bytes-at-a-time letter run ends where the byte-by-byte one does, for every byte value
    /// after runs of every length up to 20.
    @Test func letterRunsEndWhereByteLoopsEnd() {
        for length in 0...20 {
            for stop in 0...255 {
                let bytes = Array(repeating: UInt8(ascii: "k"), count: length) + [UInt8(stop)] + Array("abc de".utf8)
                bytes.withUnsafeBufferPointer { text in
                    for start in 0..<text.count {
                        var end = start
                        while end < text.count, ASCIIByte.isLetter(text[end]) { end += 1 }
                        #expect(LetterRuns.firstNonLetter(in: text, start..<text.count) == end)
                    }
                }
            }
        }
    }
}
