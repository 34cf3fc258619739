import CPCRE2

/// A ``Prefilter`` that rules out the places of a text where neither the byte (after the byte before it)
/// nor the pair of bytes there can open a match.
///
/// The places where an unanchored search of a pattern can find a match, told from the bytes, so that
/// PCRE2 is run anchored there only instead of trying every character (as it does for a pattern that
/// gives it no first-code-unit bitmap, such as the outlet pattern with its `(?m:^)` alternative).
///
/// An unanchored search from `s` finds the match that an anchored match finds at the first position
/// from `s` where one succeeds; so running anchored matches at the positions in order, skipping only
/// positions where no match can start, finds the same matches. The tables come from the compiled pattern
/// by partial matching: which ASCII byte can open a match after each ASCII byte (or at the start of the
/// subject), and which ASCII pair can open one after any byte. This holds only when a match looks back
/// at most one character (`PCRE2_INFO_MAXLOOKBEHIND`), and then only through `\b`, `\B` and `^`, which
/// see the class of that character (word character or not, one of the newline characters), and when
/// nothing depends on where the search started: for any other pattern ``filter(for:)`` is `nil`.
/// ``CheckedPrefilter/forEachMatch(of:in:_:)`` runs the anchored matches at its candidates.
final class StartPairFilter: Prefilter, Sendable {
    /// Bit `before << 7 | byte`: whether a match can open with ASCII `byte` after ASCII `before`; the
    /// row `before = 128` is the start of the subject.
    private let firsts: [UInt64]
    /// Bit `first << 7 | second`: whether a match can open with the ASCII pair after some character.
    private let pairs: [UInt64]

    /// The tables for `pattern`; `nil` when it does not qualify.
    init?(_ pattern: Pattern) {
        // No lookbehind, verb, `\G`, `\K` or single code unit: nothing that sees past one character back or
        // depends on where a search started.
        guard !["(?<=", "(?<!", "(*", "\\G", "\\K", "\\C"].contains(where: pattern.source.contains),
              pattern.minimumMatchLength > 0 else { return nil }
        var lookbehind: UInt32 = 0, newline: UInt32 = 0
        pcre2_pattern_info_8(pattern.code, UInt32(PCRE2_INFO_MAXLOOKBEHIND), &lookbehind)
        pcre2_pattern_info_8(pattern.code, UInt32(PCRE2_INFO_NEWLINE), &newline)
        // A CR LF newline makes `^` look back two bytes.
        guard lookbehind <= 1, newline != UInt32(PCRE2_NEWLINE_CRLF) else { return nil }
        let probe = Pattern.OpeningProbe(pattern)
        var firsts = [UInt64](repeating: 0, count: 129 * 128 / 64)
        var opening = [Bool](repeating: false, count: 128)
        for before in 0...128 {
            let context: [UInt8] = before == 128 ? [] : [UInt8(before)]
            for byte in 0..<128 where probe.canOpen([UInt8(byte)], after: context) {
                firsts[(before << 7 | byte) >> 6] |= 1 << UInt64(byte & 63)
                opening[byte] = true
            }
        }
        // One character of each class `\b`, `\B` and `^` tell apart: word, other, each newline character
        // (any non-ASCII character is one of these to them), and the start of the subject.
        let contexts: [[UInt8]] = [[], [0x61], [0x20], [0x0A], [0x0D], [0x0B], [0x0C]]
        var pairs = [UInt64](repeating: 0, count: 128 * 128 / 64)
        for first in 0..<128 where opening[first] {
            for second in 0..<128 where contexts.contains(where: { probe.canOpen([UInt8(first), UInt8(second)], after: $0) }) {
                pairs[(first << 7 | second) >> 6] |= 1 << UInt64(second & 63)
            }
        }
        self.firsts = firsts
        self.pairs = pairs
    }

    /// Whether a match may start at `offset` of `text`, a character boundary or not.
    @inline(__always)
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        mayStart(text, offset) ? .candidate : .no
    }

    @inline(__always)
    private func mayStart(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let byte = text[offset]
        // Inside a character no search starts; a non-ASCII character is left to PCRE2.
        guard byte < 0x80 else { return byte >= 0xC0 }
        // After a non-ASCII character the first byte is not looked up.
        let before = offset == 0 ? 128 : Int(text[offset - 1])
        if before <= 0x7F || offset == 0, firsts[(before << 7 | Int(byte)) >> 6] >> UInt64(byte & 63) & 1 == 0 { return false }
        guard offset + 1 < text.count, text[offset + 1] < 0x80 else { return true }
        let second = text[offset + 1]
        return pairs[(Int(byte) << 7 | Int(second)) >> 6] >> UInt64(second & 63) & 1 != 0
    }

    /// The filter for `pattern`, built once per pattern and kept while the pattern lives, in front of its
    /// pattern; `nil` when the pattern does not qualify.
    static func filter(for pattern: Pattern) -> CheckedPrefilter<StartPairFilter>? {
        cache.value(for: pattern, StartPairFilter.init).map(CheckedPrefilter.init)
    }

    private static let cache = PatternCache<StartPairFilter>()
}
