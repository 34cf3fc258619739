/// Byte-level answers about a word of ASCII text: the fast path of ``NameCleaner`` and ``PersonIndex``.
/// Each answer is the one the `String` and `Unicode.Scalar.Properties` code gives for the same ASCII word;
/// callers take the `String` path for words with non-ASCII bytes.
enum ASCIIWord {
    /// Whether every byte of `range` is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for offset in range where bytes[offset] >= 0x80 { return false }
        return true
    }

    /// The end of the run of ASCII letters starting at `start` (`start` itself when none is there), read
    /// eight bytes at a time where the text allows.
    @inline(__always)
    static func letterRunEnd(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        let count = text.count
        if let base = text.baseAddress {
            while end + 8 <= count {
                let block = UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)
                // A byte is a letter when it is ASCII and, with bit 5 set, lies in 0x61...0x7A.
                let seven = (block | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
                let letters = (seven &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(seven &+ 0x0505_0505_0505_0505) & ~block
                let others = ~letters & 0x8080_8080_8080_8080
                if others != 0 { return end + others.trailingZeroBitCount / 8 }
                end += 8
            }
        }
        while end < count, ASCIIByte.isLetter(text[end]) { end += 1 }
        return end
    }

    /// The ASCII bytes of `range` lower-cased, without one final period when `droppingPeriod` is set:
    /// `word.lowercased()` (and `.trimmingSuffix(".")`) for an ASCII word.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, droppingPeriod: Bool) -> String {
        var upper = range.upperBound
        if droppingPeriod, upper > range.lowerBound, bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
        let count = upper - range.lowerBound
        return String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count { buffer[index] = ASCIIByte.lowered(bytes[range.lowerBound + index]) }
            return count
        }
    }

    /// Whether an ASCII word has at least two letters and all of them are upper case ("NATO", "U.S.").
    static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var letters = 0
        for offset in range where ASCIIByte.isLetter(bytes[offset]) {
            guard ASCIIByte.isUpper(bytes[offset]) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The number of letters in an ASCII word.
    static func letterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var letters = 0
        for offset in range where ASCIIByte.isLetter(bytes[offset]) { letters += 1 }
        return letters
    }

    /// Whether an ASCII word ends with a period that is not an initial's: it has more than one letter and
    /// no other period ("Asia.", not "V." or "U.S.").
    static func endsWithSentencePeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 0, bytes[range.upperBound - 1] == UInt8(ascii: ".") else { return false }
        for offset in range.lowerBound..<(range.upperBound - 1) where bytes[offset] == UInt8(ascii: ".") { return false }
        return letterCount(bytes, range) > 1
    }

    /// The end of an ASCII name word shown without stray punctuation (``NameCleaner/display(_:)``):
    /// trailing commas, semicolons and colons dropped, then a sentence period.
    static func displayEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var upper = range.upperBound
        while upper > range.lowerBound, bytes[upper - 1] == UInt8(ascii: ",") || bytes[upper - 1] == UInt8(ascii: ";")
                || bytes[upper - 1] == UInt8(ascii: ":") {
            upper -= 1
        }
        return endsWithSentencePeriod(bytes, range.lowerBound..<upper) ? upper - 1 : upper
    }
}
