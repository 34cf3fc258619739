/// What may stand between the start of a leading match and its verb, for the rules whose source comes
/// first (`verb_after_source` in reported-speech.yml): the source (letters, marks, spaces, and the
/// few ASCII signs of the pattern's tokens and the lexicon's source words), then optionally a
/// comma-enclosed affiliation (no `,;:()"` or line break inside) and the words before the verb.
/// A lower-case word there is one of the lexicon's source words or of `source_span` (or one of the
/// free words after an opening "the"); the first other one can only be the verb.
///
/// A start whose text reaches no accepted verb through such a span cannot match, so the pattern is
/// not run there. Bytes from U+0080 up are never ruled out, nor words that run on into them.
struct SourceSpan {
    /// Per ASCII byte, whether a source may hold it.
    private let allowed: [Bool]
    /// The lower-case words a span may hold (folded hashes of their ASCII letters up to the first
    /// other character); `nil` when some word does not begin with an ASCII letter (no word is ruled out).
    private let words: HashPositions?
    private let freeAfter: HashPositions
    private let freeWords: Int
    /// The capitalised words that may open an affiliation (the lexicon's titles and `affiliation_openers`).
    private let affiliationOpeners: HashPositions

    init(lexicon: Lexicon, span: ReportedSpeechRules.SpanWords) {
        var allowed = Array(repeating: false, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") {
            allowed[Int(byte)] = true
            allowed[Int(byte - 0x20)] = true
        }
        // White space (`\s`) and the signs inside the pattern's name tokens and role words.
        for byte in " \t\n\r\u{0B}\u{0C}.'-".utf8 { allowed[Int(byte)] = true }
        let entries = lexicon.pronouns.map(\.form) + lexicon.groups + lexicon.groupQualifiers + lexicon.organisationHeads
            + lexicon.organisationModifiers + lexicon.roles + lexicon.qualifiers + lexicon.titles
            + lexicon.honorifics.map(\.form) + lexicon.nameParticles + span.words
        for entry in entries {
            for byte in entry.utf8 where byte < 0x80 { allowed[Int(byte)] = true }
        }
        // A comma always closes the source (it opens an affiliation).
        allowed[Int(UInt8(ascii: ","))] = false
        self.allowed = allowed
        let prefixes = Self.letterPrefixes(entries)
        words = prefixes.contains(where: \.isEmpty) ? nil : HashPositions(prefixes.map(PersonIndex.foldedHash))
        freeAfter = HashPositions(Self.letterPrefixes(span.freeAfter).map(PersonIndex.foldedHash))
        freeWords = span.freeWords
        affiliationOpeners = HashPositions(Self.letterPrefixes(lexicon.titles + span.affiliationOpeners).map(PersonIndex.foldedHash))
    }

    /// Whether a verb that `verb(from, before)` accepts (one starting after `from`, before `before`)
    /// follows `start` across a source, or across a source and a comma-enclosed affiliation; with
    /// `commaBeforeVerb`, also across a source and a comma. `freeWords` lower-case words of any kind may
    /// stand before the verb besides those of the source.
    func reachesVerb(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, freeWords: Int = 0,
                     commaBeforeVerb: Bool = false, verb: (_ from: Int, _ before: Int) -> Bool) -> Bool {
        let comma = UInt8(ascii: ",")
        let source = spanEnd(bytes, from: start, limit: limit, opening: true, extraFree: freeWords)
        if verb(start, source) { return true }
        guard source < limit, bytes[source] == comma else { return false }
        if commaBeforeVerb, verb(source, spanEnd(bytes, from: source + 1, limit: limit, opening: false, extraFree: freeWords)) {
            return true
        }
        var index = source + 1
        while index < limit, ASCIIByte.isSpace(bytes[index]) { index += 1 }
        guard index < limit, opensAffiliation(bytes, at: index, limit: limit) else { return false }
        // The affiliation, up to its closing comma.
        while index < limit, bytes[index] != comma {
            if Self.endsAffiliation(bytes[index]) { return false }
            index += 1
        }
        guard index < limit else { return false }
        return verb(index, spanEnd(bytes, from: index + 1, limit: limit, opening: false, extraFree: freeWords))
    }

    /// Where the text a span may hold ends from `start`: at a byte no source holds, or just after the
    /// start of a lower-case word it does not hold (where only the verb can begin). The `opening`
    /// word is not checked, and after one of `free_after` the next `free_words` words are not either;
    /// `extraFree` more words of any kind pass besides.
    private func spanEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, opening: Bool,
                         extraFree: Int) -> Int {
        var index = start
        var free = extraFree
        var first = opening
        while index < limit {
            let byte = bytes[index]
            if byte < 0x80 && !allowed[Int(byte)] { return index }
            if ASCIIByte.isSpace(byte) {
                index += 1
                continue
            }
            let letters = LetterRuns.firstNonLetter(in: bytes, index..<limit)
            let runsOn = letters < limit && bytes[letters] >= 0x80
            if first {
                if letters > index, freeAfter.contains(PersonIndex.foldedHash(bytes[index..<letters])) { free = freeWords + extraFree }
                first = false
            } else if let words, byte >= 0x61 && byte <= 0x7A, !runsOn,
                      !words.contains(PersonIndex.foldedHash(bytes[index..<letters])) {
                guard free > 0 else { return index + 1 }
                free -= 1
            }
            index = letters
            while index < limit, !ASCIIByte.isSpace(bytes[index]), bytes[index] >= 0x80 || allowed[Int(bytes[index])] { index += 1 }
        }
        return index
    }

    /// Whether an affiliation may begin at `index`: with a lower-case letter, a byte from U+0080 up, or
    /// a capitalised word of ``affiliationOpeners``.
    private func opensAffiliation(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Bool {
        let byte = bytes[index]
        guard byte >= 0x41 && byte <= 0x5A else { return true }
        let letters = LetterRuns.firstNonLetter(in: bytes, index..<limit)
        if letters < limit && bytes[letters] >= 0x80 { return true }
        return affiliationOpeners.contains(PersonIndex.foldedHash(bytes[index..<letters]))
    }

    /// Each space-separated word of `entries`, lower-cased, up to its first character that is not an
    /// ASCII letter.
    static func letterPrefixes(_ entries: [String]) -> [[UInt8]] {
        entries.flatMap { $0.lowercased().split(separator: " ") }.map { word in
            Array(word.utf8.prefix(while: ASCIIByte.isLetter))
        }
    }

    /// Whether an affiliation cannot hold `byte` (`[^,;:“”"«»()\n]`, the ASCII part).
    private static func endsAffiliation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
    }
}
