import Testing
@testable import Verbatim

/// Each eight-byte question answers, in every lane, what the same question asks of one byte.
@Suite struct ByteLanesTests {
    @Test func everyLaneAnswersAsOneByte() {
        let questions: [(String, (UInt64) -> UInt64, (UInt8) -> Bool)] = [
            ("letters", ByteLanes.letters, ASCIIByte.isLetter),
            ("uppers", ByteLanes.uppers, ASCIIByte.isUpper),
            ("lowers", ByteLanes.lowers, ASCIIByte.isLower),
            ("digits", ByteLanes.digits, { $0 >= 0x30 && $0 <= 0x39 }),
            ("ascii", ByteLanes.ascii, { $0 < 0x80 }),
            ("equal '", { ByteLanes.equal($0, 0x27) }, { $0 == 0x27 }),
            ("lead bytes", ByteLanes.leadBytes, { $0 >= 0xC0 }),
        ]
        // Each byte value in each lane, beside neighbours that are the byte values around it.
        for value in 0...255 {
            for lane in 0..<8 {
                var chunk: UInt64 = 0
                for other in 0..<8 { chunk |= UInt64(UInt8(truncatingIfNeeded: value + (other - lane) * 37)) << UInt64(8 * other) }
                for (name, lanes, one) in questions {
                    let answers = lanes(chunk)
                    for other in 0..<8 {
                        let byte = UInt8(truncatingIfNeeded: chunk >> UInt64(8 * other))
                        #expect((answers >> UInt64(8 * other + 7) & 1 == 1) == one(byte), "\(name) \(byte)")
                    }
                    #expect(answers & ~ByteLanes.high == 0, "\(name) sets only high bits")
                }
            }
        }
    }

    @Test func countAddsUpTheBytesAnAnswerHoldsFor() {
        // Every set of high bits: the count is the number of bytes, as counting the bits gives it.
        for lanes in 0..<256 {
            var answer: UInt64 = 0
            for lane in 0..<8 where lanes >> lane & 1 == 1 { answer |= 0x80 << UInt64(8 * lane) }
            #expect(ByteLanes.count(answer) == answer.nonzeroBitCount)
        }
    }
}
