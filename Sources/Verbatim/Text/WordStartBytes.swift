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
            chunk = ByteLanes.load(base, at: range.lowerBound)
        } else {
            for offset in range.reversed() { chunk = chunk << 8 | UInt64(base[offset]) }
        }
        let before = range.lowerBound > 0 && joinsWord(base[range.lowerBound - 1]) ? UInt64(0x80) : 0
        let inRange: UInt64 = range.count == 8 ? ~0 : (1 << UInt64(8 * range.count)) &- 1
        return letterBytes(chunk) & ~(joinBytes(chunk) << 8 | before) & inRange & ByteLanes.high
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

    /// ``beginsWord(_:)`` for the eight bytes of `chunk` (the high bit of each byte).
    @inline(__always)
    private static func letterBytes(_ chunk: UInt64) -> UInt64 { ByteLanes.letters(chunk) | ByteLanes.leadBytes(chunk) }

    /// ``joinsWord(_:)`` for the eight bytes of `chunk` (the high bit of each byte).
    @inline(__always)
    private static func joinBytes(_ chunk: UInt64) -> UInt64 {
        ByteLanes.letters(chunk) | ByteLanes.digits(chunk) | (chunk & ByteLanes.high)
            | ByteLanes.equal(chunk, 0x27) | ByteLanes.equal(chunk, 0x2D) | ByteLanes.equal(chunk, 0x2E)
    }
}
