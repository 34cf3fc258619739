import Testing
@testable import Verbatim

/// Source starts read backwards eight bytes at a time are those a byte-by-byte reading finds.
@Suite struct WordStartBytesTests {
    /// The starts read one byte at a time, last first, with the same limits.
    private func startsOneByOne(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int, subjects: Set<UInt64>) -> [Int] {
        var starts: [Int] = [], seen = 0, index = to - 1
        while index >= from && starts.count < limit && seen < 3 * limit {
            let previous = index > 0 ? bytes[index - 1] : 0x20
            if WordStartBytes.beginsWord(bytes[index]), !WordStartBytes.joinsWord(previous) {
                seen += 1
                if ASCIIByte.isLower(bytes[index]), index != to - 1 {
                    var end = index
                    while end < to, ASCIIByte.isLetter(bytes[end]) { end += 1 }
                    if subjects.contains(PersonIndex.foldedHash(bytes[index..<end])) { starts.append(index) }
                } else {
                    starts.append(index)
                }
            }
            index -= 1
        }
        return starts
    }

    @Test func backwardChunksFindTheStartsOfAByteByByteReading() {
        let subjects: Set<UInt64> = Set(["he", "the", "some"].map { PersonIndex.foldedHash(Array($0.utf8)) })
        let texts = ["He said the talks, which Xi’s envoy—and some others—attended, went well in 2024.",
                     "o'clock mid-term U.S. e-mail 3rd x.y Ünïcode the the the the the the the the the the the he",
                     "a", "", "   he   "]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for from in 0..<min(buffer.count, 10) {
                    for to in from...buffer.count {
                        for limit in [1, 3, 16] {
                            var found: [Int] = []
                            ReportedSpeechFinder.appendWordStarts(buffer, from: from, to: to, limit: limit, subjects: subjects,
                                                                  into: &found)
                            #expect(found == startsOneByOne(buffer, from: from, to: to, limit: limit, subjects: subjects),
                                    "\(text) \(from)..<\(to) limit \(limit)")
                        }
                    }
                }
            }
        }
    }
}
