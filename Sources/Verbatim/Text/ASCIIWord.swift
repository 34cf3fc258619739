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
