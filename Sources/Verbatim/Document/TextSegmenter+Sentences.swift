extension TextSegmenter {
    /// The sentences of a paragraph, as byte ranges without surrounding whitespace that together cover
    /// all of the paragraph's non-space text.
    ///
    /// A sentence ends after `.`, `!` or `?` (or a run of them), plus any closing quotes (`”` `"` `’` `'`
    /// `»` `›`) and brackets (`)` `]`), when whitespace follows and then an uppercase (or uncased) letter,
    /// a digit, or an opening quote or bracket. So `…a crisis.” Next` splits after the `”`.
    /// An ellipsis (`…` or `...`) ends a sentence only before whitespace and an uppercase letter.
    /// A single period does not end a sentence after an abbreviation from ``abbreviations`` (any case:
    /// "Mr.", "Gen.", "U.S."), after a one-letter initial ("Vladimir V. Putin"), or after a dotted
    /// acronym whose parts have one or two letters ("F.B.I.", "p.m.").
    public func sentences(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        appendSentences(in: bytes, paragraph: paragraph, to: &result)
        return result
    }

    /// The sentences of `paragraph`, appended to `result` (one array for a whole document).
    public func appendSentences(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, to result: inout [Range<Int>]) {
        let text = ByteText.trimmed(bytes, paragraph)
        guard !text.isEmpty else { return }
        var start = text.lowerBound
        var offset = text.lowerBound
        let terminators = Self.terminatorBytes
        while offset < text.upperBound {
            // Terminators are ASCII or start with 0xE2 ("…"): other bytes are skipped eight at a time.
            offset = ByteScan.first(ofAny: terminators, in: bytes, offset..<text.upperBound)
            guard offset < text.upperBound else { break }
            guard let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) else { break }
            guard Self.isTerminator(scalar) else {
                offset += length
                continue
            }
            switch boundary(at: offset, in: bytes, within: text) {
            case let .split(end, next):
                let sentence = ByteText.trimmed(bytes, start..<end)
                if !sentence.isEmpty { result.append(sentence) }
                start = next
                offset = next
            case let .noSplit(resume):
                offset = resume
            }
        }
        let last = ByteText.trimmed(bytes, start..<text.upperBound)
        if !last.isEmpty { result.append(last) }
    }

    /// What the terminator run at an offset means.
    enum Boundary: Equatable {
        /// The sentence ends at `end`; the next one starts at `next` (after the whitespace).
        case split(end: Int, next: Int)
        /// No sentence ends here; carry on scanning at `resume` (after the terminator run).
        case noSplit(resume: Int)
    }

    /// Decides whether the run of terminators starting at `offset` ends a sentence.
    func boundary(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, within text: Range<Int>) -> Boundary {
        var cursor = offset
        var periods = 0, others = 0
        var ellipsis = false
        while cursor < text.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: cursor, in: bytes),
              Self.isTerminator(scalar) {
            if scalar == "." { periods += 1 } else if scalar == "…" { ellipsis = true } else { others += 1 }
            cursor += length
        }
        let runEnd = cursor
        while cursor < text.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: cursor, in: bytes),
              Self.isCloser(scalar) {
            cursor += length
        }
        let end = cursor
        var next = end
        while next < text.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: next, in: bytes), scalar.isSpace {
            next += length
        }
        guard next > end, next < text.upperBound,
              let (following, _) = UTF8Scalars.scalar(at: next, in: bytes) else { return .noSplit(resume: runEnd) }

        if others == 0 && (ellipsis || periods >= 2) {
            return Self.isCapital(following) ? .split(end: end, next: next) : .noSplit(resume: runEnd)
        }
        guard Self.isCapital(following) || Self.isDigit(following) || Self.isOpener(following) else {
            return .noSplit(resume: runEnd)
        }
        if periods == 1 && others == 0 && !ellipsis && isAbbreviation(before: offset, in: bytes, from: text.lowerBound) {
            return .noSplit(resume: runEnd)
        }
        return .split(end: end, next: next)
    }

    /// Whether the word just before the period at `period` is an abbreviation, an initial or a dotted acronym.
    func isAbbreviation(before period: Int, in bytes: UnsafeBufferPointer<UInt8>, from lowerBound: Int) -> Bool {
        var start = period
        while start > lowerBound, let (scalar, previous) = UTF8Scalars.scalar(before: start, in: bytes),
              scalar == "." || scalar.isLetter {
            start = previous
        }
        while start < period, bytes[start] == UInt8(ascii: ".") { start += 1 }
        guard start < period else { return false }
        if let answer = isASCIIAbbreviation(start..<period, in: bytes) { return answer }
        let token = ByteText.string(bytes, start..<period)
        if abbreviations.contains(token.lowercased()) { return true }

        let parts = token.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 1 {
            // A one-letter initial: "V." in "Vladimir V. Putin", "J." in "J. Smith".
            return token.unicodeScalars.count == 1 && token.unicodeScalars.first!.properties.isUppercase
        }
        // A dotted acronym: "U.S", "F.B.I", "p.m", "Ph.D".
        return parts.allSatisfy { (1...2).contains($0.count) }
    }

    /// ``isAbbreviation(before:in:from:)`` for an ASCII `token` (letters and periods), read from its bytes;
    /// `nil` when the token is not ASCII.
    private func isASCIIAbbreviation(_ token: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var hasher = FNV1a()
        for index in token {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            hasher.add(ASCIIByte.lowered(byte))
        }
        if let candidates = asciiAbbreviations[hasher.value], candidates.contains(where: { candidate in
            candidate.count == token.count && zip(candidate, token).allSatisfy { folded, index in
                let byte = bytes[index]
                return folded == (ASCIIByte.lowered(byte))
            }
        }) {
            return true
        }
        // Parts between periods, in bytes (one per character in ASCII).
        var part = 0, parts = 1, partsFit = true
        for index in token {
            if bytes[index] == UInt8(ascii: ".") {
                if part < 1 || part > 2 { partsFit = false }
                parts += 1
                part = 0
            } else {
                part += 1
            }
        }
        if part < 1 || part > 2 { partsFit = false }
        // A one-letter initial ("V." in "Vladimir V. Putin"), or a dotted acronym ("U.S", "F.B.I", "p.m").
        return parts == 1 ? token.count == 1 && ASCIIByte.isUpper(bytes[token.lowerBound]) : partsFit
    }

    /// The bytes a terminator can start with: `.`, `!`, `?` and 0xE2, the lead byte of "…".
    static let terminatorBytes = ByteScan.ByteSet([0x2E, 0x21, 0x3F, 0xE2])

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "”", "\"", "’", "'", "»", "›", ")", "]": return true
        default: return false
        }
    }

    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "“", "\"", "‘", "'", "«", "‹", "„", "(", "[", "¿", "¡": return true
        default: return false
        }
    }

    /// An uppercase or titlecase letter, or a letter from a script without case (Arabic, Chinese…).
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isAlphabetic && !scalar.properties.isLowercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return scalar.properties.numericType == .decimal
    }
}
