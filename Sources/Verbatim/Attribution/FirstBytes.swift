import CPCRE2

/// The ASCII bytes that an anchored match of a pattern can start with, found once by matching each byte
/// alone with PCRE2's hard partial matching: a byte that gives neither a match nor a partial match (more
/// text might complete one) starts no match in any text. A text that is empty or starts with a
/// non-ASCII byte is always left to the pattern.
struct FirstBytes {
    /// One bit per ASCII byte that may start a match (bytes 0–63, then 64–127).
    private var low: UInt64 = ~0, high: UInt64 = ~0

    /// The bytes `pattern` may start a match with (every byte, should PCRE2 refuse the question).
    init(_ pattern: Pattern) {
        guard let data = pcre2_match_data_create_from_pattern_8(pattern.code, nil) else { return }
        defer { pcre2_match_data_free_8(data) }
        let options = UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_PARTIAL_HARD) | UInt32(PCRE2_NO_JIT)
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in 0..<128 {
            var subject = UInt8(byte)
            guard pcre2_match_8(pattern.code, &subject, 1, 0, options, data, nil) != PCRE2_ERROR_NOMATCH else { continue }
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Whether the pattern, anchored at the start of `text`, may match there; `false` only when it cannot.
    @inline(__always)
    func mayStart(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, first < 0x80 else { return true }
        return (first < 64 ? low >> UInt64(first) : high >> UInt64(first - 64)) & 1 != 0
    }
}
