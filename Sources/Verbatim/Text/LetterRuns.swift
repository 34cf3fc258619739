/// The runs of ASCII letters in a byte range (the words ``ASCIIByte/isLetter(_:)`` sees), found eight
/// bytes at a time: for loops that visit words rather than bytes.
enum LetterRuns {
    /// Calls `body` with each maximal run of ASCII letters in `range`, in order (a run at the start of
    /// the range counts from there); `body` returns `false` to stop.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Bool) {
        var index = range.lowerBound
        while let start = firstLetter(in: bytes, index..<range.upperBound) {
            let end = firstNonLetter(in: bytes, (start + 1)..<range.upperBound)
            guard body(start..<end) else { return }
            index = end
        }
    }

    /// The offset of the first ASCII letter in `range`, or `nil`.
    static func firstLetter(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let offset = first(in: bytes, range, letters: true)
        return offset < range.upperBound ? offset : nil
    }

    /// The offset of the first byte in `range` that is not an ASCII letter, or `range.upperBound`.
    static func firstNonLetter(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        first(in: bytes, range, letters: false)
    }

    /// The first offset in `range` whose byte is (`letters`) or is not an ASCII letter, or the range's end.
    @inline(__always)
    private static func first(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, letters: Bool) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            let marks = letters ? letterBytes(chunk) : ~letterBytes(chunk) & 0x8080_8080_8080_8080
            if marks != 0 { return offset + marks.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < range.upperBound, ASCIIByte.isLetter(base[offset]) != letters { offset += 1 }
        return offset
    }

    /// The high bit of each byte of `chunk` set where the byte is an ASCII letter, and only there.
    @inline(__always)
    static func letterBytes(_ chunk: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        // For bytes below 0x80, adding 0x80 - k sets a byte's high bit exactly when it is >= k, with no
        // carry into the next byte.
        @inline(__always) func atLeast(_ bytes: UInt64, _ bound: UInt64) -> UInt64 { (bytes &+ (0x80 - bound) &* ones) & high }
        let folded = (chunk & ~high) | 0x20 &* ones
        return atLeast(folded, 0x61) & ~atLeast(folded, 0x7B) & ~chunk
    }
}
