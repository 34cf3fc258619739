/// Where words begin, as the source starts of reported speech count them: a letter (ASCII, or the lead
/// byte of a character from U+0080 up) after a byte that is no letter, digit, apostrophe, hyphen,
/// period or part of such a character. Eight bytes are told at a time.
enum WordStartBytes {
    /// The word starts in `range` (at most eight bytes), as the high bit of byte `i - range.lowerBound` of
    /// the result; the byte before the range, if any, decides whether its first byte starts a word.
    @inline(__always)
    static func starts(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var chunk: UInt64 = 0
        if range.count == 8 {
            chunk = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
        } else {
            for offset in range.reversed() { chunk = chunk << 8 | UInt64(base[offset]) }
        }
        let before = range.lowerBound > 0 && joinsWord(base[range.lowerBound - 1]) ? UInt64(0x80) : 0
        let inRange: UInt64 = range.count == 8 ? ~0 : (1 << UInt64(8 * range.count)) &- 1
        return letterBytes(chunk) & ~(joinBytes(chunk) << 8 | before) & inRange & 0x8080_8080_8080_8080
    }

    /// Whether a word may begin at `byte`: an ASCII letter or the lead byte of a character from U+0080 up.
    @inline(__always)
    static func beginsWord(_ byte: UInt8) -> Bool { ASCIIByte.isLetter(byte) || byte >= 0xC0 }

    /// Whether a letter after `byte` goes on a word: an ASCII letter or digit, `'`, `-`, `.` or any byte
    /// from 0x80 up.
    @inline(__always)
    static func joinsWord(_ byte: UInt8) -> Bool {
        ASCIIByte.isLetter(byte) || byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x27 || byte == 0x2D || byte == 0x2E
    }

    private static let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101

    /// ``beginsWord(_:)`` for the eight bytes of `chunk` (the high bit of each byte).
    @inline(__always)
    private static func letterBytes(_ chunk: UInt64) -> UInt64 {
        LetterRuns.letterBytes(chunk) | (chunk & chunk << 1 & high)
    }

    /// ``joinsWord(_:)`` for the eight bytes of `chunk` (the high bit of each byte).
    @inline(__always)
    private static func joinBytes(_ chunk: UInt64) -> UInt64 {
        @inline(__always) func atLeast(_ bytes: UInt64, _ bound: UInt64) -> UInt64 { (bytes &+ (0x80 - bound) &* ones) & high }
        @inline(__always) func equal(_ value: UInt64) -> UInt64 {
            let difference = chunk ^ (value &* ones)
            return ~((difference | high) &- ones | difference) & high
        }
        let low = chunk & ~high
        let digits = atLeast(low, 0x30) & ~atLeast(low, 0x3A) & ~chunk
        return LetterRuns.letterBytes(chunk) | (chunk & high) | digits | equal(0x27) | equal(0x2D) | equal(0x2E)
    }
}
