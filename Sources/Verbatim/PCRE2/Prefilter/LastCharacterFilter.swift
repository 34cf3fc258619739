/// A ``Prefilter`` that rules out a text whose last character (before its trailing ones) no match ends with.
///
/// A pre-check for a pattern whose matches must reach the end of the text it searches (it ends with `$`,
/// not in multiline mode: at the end or before a final line break, which `trailing` holds), from a promise
/// its rule file makes: every match ends with a character of a `last` class, followed only by characters
/// of a `trailing` class. Both are patterns of one character (a class), asked of PCRE2 once for every ASCII
/// byte. A text whose last character before its run of trailing ones is an ASCII byte outside `last`
/// holds no match; a text that is all trailing characters, or whose character there is non-ASCII, is left
/// to the pattern. ``CheckedPrefilter`` checks the promise in debug builds wherever the pre-check turns a
/// text away. It answers for a search from any offset: the matches it rules out all end at the text's end.
struct LastCharacterFilter: Prefilter, Sendable {
    static var search: PrefilterSearch { .unanchored }

    /// One bit per ASCII byte of `last`, and of `trailing` (bytes 0–63, then 64–127).
    private let last: (low: UInt64, high: UInt64)
    private let trailing: (low: UInt64, high: UInt64)

    /// The pre-check for matches ending with a character of `last` and then only characters of `trailing`.
    init(last: Pattern, trailing: Pattern) throws {
        self.last = try Self.bytes(of: last)
        self.trailing = try Self.bytes(of: trailing)
    }

    /// The ASCII bytes that `pattern`, anchored, matches as a whole one-byte text.
    private static func bytes(of pattern: Pattern) throws -> (low: UInt64, high: UInt64) {
        let matcher = Matcher(pattern)
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in 0..<128 {
            let matched = try [UInt8(byte)].withUnsafeBufferPointer { try matcher.firstRange(in: $0, anchored: true) }
            guard matched == 0..<1 else { continue }
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }

    @inline(__always)
    private static func has(_ byte: UInt8, _ set: (low: UInt64, high: UInt64)) -> Bool {
        (byte < 64 ? set.low >> UInt64(byte) : set.high >> UInt64(byte - 64)) & 1 != 0
    }

    /// Whether the pattern may match in `text` from `offset` on; `no` only when the promise rules every match out.
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        var end = text.count
        while end > 0, text[end - 1] < 0x80, Self.has(text[end - 1], trailing) { end -= 1 }
        guard end > 0 else { return .candidate }
        let byte = text[end - 1]
        return byte >= 0x80 || Self.has(byte, last) ? .candidate : .no
    }
}
