import Foundation

/// A ``Prefilter`` that rules out every place of a text but the word starts whose first three bytes, and
/// then whole opening word (``OpeningWordFilter``), can open a match of a word pattern.
///
/// The places where a word pattern such as `speech_cue` (`\b(?:{VERB}|…)\b`) or the outlet names can match, told from the
/// bytes without running it: one pass over the text offers PCRE2 only the few word starts whose first
/// three letters, and then whole opening word (``OpeningWordFilter``), can open a match, instead of letting it
/// try every letter.
///
/// Nothing here knows the words: the tables come from the compiled pattern. PCRE2's first-code-unit
/// bitmap says which bytes can open a match; partial matching (`PCRE2_PARTIAL_HARD`) of every ASCII
/// opening of two and three bytes says which of them can still lead to one, and of longer openings,
/// letter by letter, which words can. A pattern qualifies only when
/// its matches must start at a word boundary (it opens with `\b`, with no top-level alternative) and
/// nothing in it looks behind that boundary; for any other pattern ``filter(for:)`` is `nil`.
final class WordStartFilter: Prefilter, Sendable {
    /// Whether a match can start with each byte (PCRE2's first-code-unit bitmap).
    private let openers: [Bool]
    /// For the ASCII pair `first << 7 | second` that opens a word: the index of the pair's third-byte
    /// mask in `thirds`, 0 (a mask of nothing) when no match can start so.
    private let pairs: [UInt16]
    /// Two 64-bit words per pair index: which ASCII third bytes keep a match possible.
    private let thirds: [UInt64]
    /// The whole opening words a match can start with, when the pattern has few enough to list.
    private let words: OpeningWordFilter?
    /// Which kinds of ASCII word byte can open a match (``ByteClass``), and whether a non-ASCII one can.
    private let classes: ByteClass
    private let opensNonASCII: Bool

    /// The scanner for `pattern`, its tables asked of `probe` (by default the JIT's partial matching).
    init?(_ pattern: Pattern, probe: Pattern.OpeningProbe? = nil) {
        guard PatternOpening.everyMatch(of: pattern.source, opensWith: "\\b") else { return nil }
        guard pattern.minimumMatchLength > 0, let openers = pattern.possibleFirstBytes else { return nil }
        // Matches open with a word character, so only word starts and non-ASCII characters are candidates.
        guard !(0..<128).contains(where: { openers[$0] && !Self.isASCIIWord(UInt8($0)) }) else { return nil }
        let probe = probe ?? Pattern.OpeningProbe(pattern)
        /// Whether some text that begins with `opening` matches at its start (start of text before it).
        func canOpen(_ opening: [UInt8]) -> Bool { probe.canOpen(opening) }
        var pairs = [UInt16](repeating: 0, count: 128 * 128)
        var thirds: [UInt64] = [0, 0]
        for first in 0..<128 where openers[first] {
            for second in 0..<128 where canOpen([UInt8(first), UInt8(second)]) {
                var mask: (UInt64, UInt64) = (0, 0)
                let pair = [UInt8(first), UInt8(second)]
                for third in 0..<128 where probe.opening(pair, then: UInt8(third)) != .none {
                    if third < 64 { mask.0 |= 1 << UInt64(third) } else { mask.1 |= 1 << UInt64(third - 64) }
                }
                guard mask != (0, 0) else { continue }
                pairs[first << 7 | second] = UInt16(thirds.count / 2)
                thirds += [mask.0, mask.1]
            }
        }
        self.openers = openers
        self.pairs = pairs
        self.thirds = thirds
        words = OpeningWordFilter(probe, starts: (0..<128).filter { openers[$0] }.map(UInt8.init))
        classes = (0..<128).filter { openers[$0] }.reduce(into: []) { $0.formUnion(ByteClass(of: UInt8($1))) }
        opensNonASCII = openers[0x80...].contains(true)
    }

    /// Whether `other` has the same tables (for tests that build one scanner two ways).
    func hasSameTables(as other: WordStartFilter) -> Bool {
        openers == other.openers && pairs == other.pairs && thirds == other.thirds && words == other.words
            && classes == other.classes && opensNonASCII == other.opensNonASCII
    }

    /// Kinds of ASCII word byte: the candidates a scan offers are the word starts of the kinds that can
    /// open a match.
    struct ByteClass: OptionSet, Sendable {
        let rawValue: UInt8
        static let upper = ByteClass(rawValue: 1), lower = ByteClass(rawValue: 2)
        static let digit = ByteClass(rawValue: 4), underscore = ByteClass(rawValue: 8)
        static let all: ByteClass = [.upper, .lower, .digit, .underscore]

        /// The class of an ASCII word byte; empty for any other byte.
        init(of byte: UInt8) {
            switch byte {
            case 0x41...0x5A: self = .upper
            case 0x61...0x7A: self = .lower
            case 0x30...0x39: self = .digit
            case 0x5F: self = .underscore
            default: self = []
            }
        }

        init(rawValue: UInt8) { self.rawValue = rawValue }
    }

    /// Letters, digits and `_`: the ASCII characters `\w` matches.
    private static func isASCIIWord(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// Whether the non-ASCII character before `offset` is punctuation, a space or a symbol ("’s", "“said"),
    /// which `\w` never matches in any Unicode version, so that `\b` sees the same as at the start of text.
    private static func followsNonWord(_ text: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard let (scalar, _) = UTF8Scalars.scalar(before: offset, in: text) else { return false }
        switch scalar {
        // The commonest in news text, answered without a property lookup: “ ” ‘ ’ – — … and a no-break space.
        case "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{00A0}": return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation, .finalPunctuation,
             .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    /// The bytes of `chunk` (high bit of each byte) that are ASCII word bytes of one of `classes`: eight
    /// ``isASCIIWord(_:)`` questions at once, for some kinds of word byte.
    @inline(__always)
    private static func classBytes(_ chunk: UInt64, _ classes: ByteClass) -> UInt64 {
        var found: UInt64 = 0
        if classes.isSuperset(of: [.upper, .lower]) {
            found = ByteLanes.letters(chunk)
        } else if classes.contains(.upper) {
            found = ByteLanes.uppers(chunk)
        } else if classes.contains(.lower) {
            found = ByteLanes.lowers(chunk)
        }
        if classes.contains(.digit) { found |= ByteLanes.digits(chunk) }
        if classes.contains(.underscore) { found |= ByteLanes.equal(chunk, 0x5F) }
        return found
    }

    /// Whether a match may start at `offset` of `text`: one question of what ``forEachCandidate(in:_:)``
    /// asks of a whole text at once (for tests and single places; the scan is much faster than asking at
    /// every byte).
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        let byte = text[offset]
        // The scan offers the word starts of the classes that open a match (not after an ASCII letter),
        // and the lead bytes of non-ASCII characters when one may open it.
        let offered = byte < 0x80
            ? !ByteClass(of: byte).isDisjoint(with: classes) && !(offset > 0 && ASCIIByte.isLetter(text[offset - 1]))
            : opensNonASCII && byte >= 0xC0
        guard offered else { return .no }
        func probed() -> Bool {
            let third = text[offset + 2]
            let mask = thirds[2 * Int(pairs[Int(byte) << 7 | Int(text[offset + 1])]) + Int(third >> 6)]
            guard mask >> UInt64(third & 63) & 1 != 0 else { return false }
            return words?.answer(text, at: offset) != .no
        }
        if offset + 2 < text.count, (byte | text[offset + 1] | text[offset + 2] | (offset > 0 ? text[offset - 1] : 0)) < 0x80 {
            return probed() ? .candidate : .no
        }
        guard openers[Int(byte)] else { return .no }
        guard byte < 0x80, offset + 2 < text.count, text[offset + 1] < 0x80, text[offset + 2] < 0x80,
              Self.followsNonWord(text, offset) else { return .candidate }
        return probed() ? .candidate : .no
    }

    /// Calls `body` with each offset of `text` where a match may start, in order; `body` returns the
    /// offset to go on from (the end of the match it found there, or any offset up to the next byte).
    func forEachCandidate(in text: UnsafeBufferPointer<UInt8>, _ body: (Int) throws -> Int) rethrows {
        guard let base = text.baseAddress else { return }
        let count = text.count
        try openers.withUnsafeBufferPointer { openers in
            try pairs.withUnsafeBufferPointer { pairs in
                try thirds.withUnsafeBufferPointer { thirds in
                    /// Whether the probes let a match start with the three ASCII bytes at `offset`, and with
                    /// the word they open.
                    func probed(_ offset: Int) -> Bool {
                        let third = base[offset + 2]
                        let mask = thirds[2 * Int(pairs[Int(base[offset]) << 7 | Int(base[offset + 1])]) + Int(third >> 6)]
                        guard mask >> UInt64(third & 63) & 1 != 0 else { return false }
                        return words?.answer(text, at: offset) != .no
                    }
                    /// Whether a match may start at `offset`, a letter that follows no letter or a non-ASCII
                    /// character. The probes saw nothing before the opening: they speak for ASCII openings
                    /// after nothing or a non-word character only (after a digit or `_`, `\b` fails anyway).
                    func mayOpen(_ offset: Int) -> Bool {
                        let byte = base[offset]
                        if offset + 2 < count, (byte | base[offset + 1] | base[offset + 2] | (offset > 0 ? base[offset - 1] : 0)) < 0x80 {
                            return probed(offset)
                        }
                        guard openers[Int(byte)] else { return false }
                        guard byte < 0x80, offset + 2 < count, base[offset + 1] < 0x80, base[offset + 2] < 0x80,
                              Self.followsNonWord(text, offset) else { return true }
                        return probed(offset)
                    }
                    // Candidates are gathered for 64 bytes at a time, one bit per byte, so that the loop over
                    // them ends (a branch the processor cannot foresee) once per 64 bytes, not once per 8.
                    let onlyLetters = classes == [.upper, .lower], classes = classes, opensNonASCII = opensNonASCII
                    /// The candidates among the eight bytes of `chunk`, one bit each (bit `i`: byte `i`), and
                    /// the high bits of its letters, for the next chunk.
                    @inline(__always)
                    func gathered(_ chunk: UInt64, after previousLetters: UInt64) -> (bits: UInt64, letters: UInt64) {
                        // Bytes of the classes that open a match not after a letter, and the lead bytes of
                        // non-ASCII characters when one may open it. These include every word start; the
                        // few more (after a digit or `_`) are turned down by PCRE2's own `\b`.
                        let letters = Self.classBytes(chunk, [.upper, .lower])
                        var candidates = (onlyLetters ? letters : Self.classBytes(chunk, classes))
                            & ~(letters << 8 | previousLetters >> 56)
                        if opensNonASCII { candidates |= ByteLanes.leadBytes(chunk) }
                        // The high bit of byte i becomes bit i: the multiply lands each on its own place
                        // in the top byte, with no carries.
                        return (((candidates >> 7) &* 0x0102_0408_1020_4080) >> 56, letters)
                    }
                    var blockStart = 0, resume = 0, previousLetters: UInt64 = 0
                    while blockStart < count {
                        var block: UInt64 = 0
                        if count - blockStart >= 64 {
                            // A whole block: eight loads the compiler lays out one after another.
                            for lane in 0..<8 {
                                let (bits, letters) = gathered(ByteLanes.load(base, at: blockStart + 8 * lane), after: previousLetters)
                                block |= bits << UInt64(8 * lane)
                                previousLetters = letters
                            }
                        } else {
                            var chunkStart = blockStart
                            while chunkStart < count {
                                var chunk: UInt64 = 0
                                withUnsafeMutableBytes(of: &chunk) {
                                    $0.copyMemory(from: UnsafeRawBufferPointer(start: base + chunkStart, count: min(8, count - chunkStart)))
                                }
                                let (bits, letters) = gathered(UInt64(littleEndian: chunk), after: previousLetters)
                                block |= bits << UInt64(chunkStart - blockStart)
                                previousLetters = letters
                                chunkStart += 8
                            }
                        }
                        while block != 0 {
                            let offset = blockStart + block.trailingZeroBitCount
                            block &= block - 1
                            if offset >= resume, mayOpen(offset) { resume = max(offset + 1, try body(offset)) }
                        }
                        blockStart += 64
                    }
                }
            }
        }
    }

    /// The filter for `pattern`, built once per pattern and kept while the pattern lives, in front of its
    /// pattern (``CheckedPrefilter/forEachMatch(of:in:_:)`` finds the matches at its candidates); `nil`
    /// when the pattern does not qualify.
    static func filter(for pattern: Pattern) -> CheckedPrefilter<WordStartFilter>? {
        cache.value(for: pattern) { WordStartFilter($0) }.map(CheckedPrefilter.init)
    }

    private static let cache = PatternCache<WordStartFilter>()
}
