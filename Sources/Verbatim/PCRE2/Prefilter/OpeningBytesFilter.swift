/// A ``Prefilter`` that rules out a text whose opening bytes (the first four) open no anchored match of
/// the pattern.
///
/// Whether a pattern, run anchored at the start of a text, can match there, told from the text's first
/// few bytes and remembered for every opening met: PCRE2's partial matching (``Pattern/OpeningProbe``)
/// answers once per distinct opening, and texts whose opening gives neither a match nor a partial match
/// are turned away without running the pattern. The answer is PCRE2's own, for the same subject start
/// (nothing before the text), so it is exact whatever the pattern looks at, lookbehinds and `\b` included.
///
/// Texts shorter than the opening, or with a non-ASCII byte in it, are always left to the pattern, and so
/// is every offset but the start of the text.
///
/// What is remembered is a fact about the pattern, not about a document, so it is kept for every document
/// a thread reads. A probe (a partial match of a subject built for it) costs more than the run it spares, so
/// the memo pays where openings repeat: four bytes after a name (" said", " and ", ", a ") take a few hundred distinct values in a
/// megabyte of news and grow slowly after that; longer openings would turn more texts away but repeat
/// too seldom.
final class OpeningBytesFilter: Prefilter {
    private let probe: Pattern.OpeningProbe
    /// How many bytes an opening has (at most 8: they are packed into one key).
    let width: Int
    /// Probe answers by opening, packed little-endian; stops growing at `capacity` entries.
    private var known: [UInt64: Bool] = [:]
    private let capacity: Int

    /// A memo for `pattern` over openings of `width` bytes, remembering at most `capacity` of them.
    init(_ pattern: Pattern, width: Int = 4, capacity: Int = 1 << 16) {
        precondition(width > 0 && width <= 8, "an opening is packed into 8 bytes")
        probe = Pattern.OpeningProbe(pattern)
        self.width = width
        self.capacity = capacity
    }

    /// Whether the pattern, anchored at the start of `text` (`offset` 0), may match there.
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        offset == 0 && !mayMatch(text) ? .no : .candidate
    }

    private func mayMatch(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= width else { return true }
        var key: UInt64 = 0, bits: UInt8 = 0
        for index in 0..<width {
            let byte = text[index]
            bits |= byte
            key |= UInt64(byte) << UInt64(8 * index)
        }
        guard bits < 0x80 else { return true }
        if let answer = known[key] { return answer }
        let answer = probe.canOpen(Array(text.prefix(width)))
        if known.count < capacity { known[key] = answer }
        return answer
    }
}
