/// A ``Prefilter`` that rules out a text whose first byte no anchored match of the pattern starts with.
///
/// The ASCII bytes that an anchored match of a pattern can start with, found once per pattern: a byte
/// that gives neither a match nor a partial match (more text might complete one) after any of a few
/// contexts (the start of the text, a letter, a space, a line break — what `\b`, `\B` and `^` look at)
/// starts no match. A pattern with a lookbehind, which may look further back, is left to PCRE2 for every
/// byte, and so is a text that is empty or starts with a non-ASCII byte. It answers at the start of a text
/// only (at any other offset: `candidate`).
public struct FirstByteFilter: Prefilter, Sendable {
    /// One bit per ASCII byte that may start a match (bytes 0–63, then 64–127).
    private var low: UInt64 = ~0, high: UInt64 = ~0

    /// The bytes `pattern` may start a match with.
    public init(_ pattern: Pattern) {
        guard !pattern.source.contains("(?<=") && !pattern.source.contains("(?<!") else { return }
        let probe = Pattern.OpeningProbe(pattern)
        let contexts: [[UInt8]] = [[], [UInt8(ascii: "a")], [UInt8(ascii: " ")], [UInt8(ascii: "\n")]]
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in 0..<128 where contexts.contains(where: { probe.canOpen([UInt8(byte)], after: $0) }) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Whether the pattern, anchored at the start of `text` (`offset` 0), may match there.
    @inline(__always)
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        guard offset == 0, let first = text.first, first < 0x80 else { return .candidate }
        return (first < 64 ? low >> UInt64(first) : high >> UInt64(first - 64)) & 1 != 0 ? .candidate : .no
    }
}
