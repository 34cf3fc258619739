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
            let chunk = ByteLanes.load(base, at: offset)
            let marks = letters ? ByteLanes.letters(chunk) : ~ByteLanes.letters(chunk) & ByteLanes.high
            if marks != 0 { return offset + marks.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < range.upperBound, ASCIIByte.isLetter(base[offset]) != letters { offset += 1 }
        return offset
    }
}
