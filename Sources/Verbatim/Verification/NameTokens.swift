/// One word of a document as the name scanner sees it: where it is, its matching key, and what separates
/// it from the word before.
struct NameToken: Sendable {
    /// What lies between a word and the one before it.
    enum Gap: UInt8, Sendable {
        /// The first word.
        case start
        /// Spaces only.
        case space
        /// Nothing: a camel-case join such as "MedeirosProfessor" or "McDonald".
        case fused
        /// A hyphen between two capitalised parts ("Jean-Yves").
        case hyphen
        /// A period and spaces ("Jens. Stoltenberg", or a sentence end).
        case period
        /// A comma and spaces.
        case comma
        /// Anything else: other punctuation, quotation marks, line breaks.
        case other
    }

    /// The word as written, without a possessive "’s".
    var range: Range<Int>
    /// The folded, transliterated key; empty for lower-case words that are not name particles.
    var key: String
    /// Starts with an upper-case letter.
    var capitalised: Bool
    /// Number of letters.
    var letters: Int
    var gap: Gap
    /// The gap before holds a sentence end or a line break (or this is the first word).
    var sentenceStart: Bool
    /// A period follows directly ("V.", "Mr.").
    var periodAfter: Bool

    /// A single capital letter: an initial.
    var isInitial: Bool { capitalised && letters == 1 }
}

/// Cuts a document into ``NameToken``s in one pass over its bytes.
struct NameTokenizer {
    let folder: NameFolder

    /// The words of `range`.
    func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [NameToken] {
        var tokens: [NameToken] = []
        tokens.reserveCapacity(range.count / 6)
        var offset = range.lowerBound
        var gapStart = offset
        var nextGap: NameToken.Gap?
        while offset < range.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) {
            guard Self.kind(of: scalar).word else { offset += length; continue }
            let start = offset
            var letters = 0
            var previousLower = false
            var end = offset
            var fusedNext = false, hyphenNext = false
            while end < range.upperBound, let (current, size) = UTF8Scalars.scalar(at: end, in: bytes) {
                let kind = Self.kind(of: current)
                if kind.word {
                    if previousLower && kind.upper && end > start { fusedNext = true; break }
                    if kind.letter { letters += 1 }
                    previousLower = kind.lower
                    end += size
                } else if current == "'" || current == "’" || current == "-",
                          let (following, _) = UTF8Scalars.scalar(at: end + size, in: bytes), Self.kind(of: following).word {
                    if current == "-" && Self.kind(of: following).upper { hyphenNext = true; break }
                    end += size
                } else {
                    break
                }
            }
            let word = trimPossessive(bytes, start..<end)
            let gap = nextGap ?? classify(bytes, gapStart..<start, first: tokens.isEmpty)
            let capitalised = Self.kind(of: UTF8Scalars.scalar(at: start, in: bytes)!.0).upper
            var key = ""
            let text = ByteText.string(bytes, word)
            if capitalised || (word.count <= 4 && folder.particles.contains(text)) { key = folder.key(text) }
            tokens.append(NameToken(range: word, key: key, capitalised: capitalised, letters: letters, gap: gap,
                                    sentenceStart: gap == .start || (nextGap == nil && endsSentence(bytes, gapStart..<start)),
                                    periodAfter: end < range.upperBound && bytes[end] == UInt8(ascii: ".")))
            nextGap = fusedNext ? .fused : hyphenNext ? .hyphen : nil
            offset = hyphenNext ? end + 1 : end
            gapStart = offset
        }
        return tokens
    }

    /// What a scalar is for tokenizing, with a fast path for ASCII.
    @inline(__always)
    private static func kind(of scalar: Unicode.Scalar) -> (word: Bool, letter: Bool, upper: Bool, lower: Bool) {
        let value = scalar.value
        if value < 0x80 {
            let upper = value >= 0x41 && value <= 0x5A, lower = value >= 0x61 && value <= 0x7A
            let digit = value >= 0x30 && value <= 0x39
            return (upper || lower || digit, upper || lower, upper, lower)
        }
        let properties = scalar.properties
        let letter = properties.isAlphabetic
        let word = letter || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
        return (word, letter, letter && properties.isUppercase, letter && properties.isLowercase)
    }

    /// `word` without a trailing "’s" or "'s".
    private func trimPossessive(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Range<Int> {
        guard word.count >= 3, bytes[word.upperBound - 1] == UInt8(ascii: "s") || bytes[word.upperBound - 1] == UInt8(ascii: "S")
        else { return word }
        if bytes[word.upperBound - 2] == UInt8(ascii: "'") { return word.lowerBound..<(word.upperBound - 2) }
        // ’ is E2 80 99.
        if word.count >= 5, bytes[word.upperBound - 4] == 0xE2, bytes[word.upperBound - 3] == 0x80,
           bytes[word.upperBound - 2] == 0x99 {
            return word.lowerBound..<(word.upperBound - 4)
        }
        return word
    }

    private func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>, first: Bool) -> NameToken.Gap {
        if first { return .start }
        if gap.isEmpty { return .fused }
        var periods = 0, commas = 0, others = 0
        var offset = gap.lowerBound
        while offset < gap.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) {
            offset += length
            if scalar == "\n" || scalar == "\r" { others += 1 } else if scalar.isSpace { continue }
            else if scalar == "." { periods += 1 } else if scalar == "," { commas += 1 } else { others += 1 }
        }
        if others > 0 || periods + commas > 1 { return .other }
        return periods == 1 ? .period : commas == 1 ? .comma : .space
    }

    private func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        gap.contains { [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n")].contains(bytes[$0]) }
    }
}
