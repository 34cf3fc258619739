/// What may stand between the start of a leading match and its verb, for the rules whose source comes
/// first (`verb_after_source` in reported-speech.yml): the source (letters, marks, spaces, and the
/// few ASCII signs of the pattern's tokens and the lexicon's source words), then optionally a
/// comma-enclosed affiliation (no `,;:()"` or line break inside) and the words before the verb.
///
/// A start whose text reaches no accepted verb through such a span cannot match, so the pattern is
/// not run there. Bytes from U+0080 up are never ruled out.
struct SourceSpan {
    /// Per ASCII byte, whether a source may hold it.
    private let allowed: [Bool]

    init(lexicon: Lexicon) {
        var allowed = Array(repeating: false, count: 128)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") {
            allowed[Int(byte)] = true
            allowed[Int(byte - 0x20)] = true
        }
        // White space (`\s`) and the signs inside the pattern's name tokens and role words.
        for byte in " \t\n\r\u{0B}\u{0C}.'-".utf8 { allowed[Int(byte)] = true }
        let words = lexicon.pronouns.map(\.form) + lexicon.groups + lexicon.groupQualifiers + lexicon.organisationHeads
            + lexicon.organisationModifiers + lexicon.roles + lexicon.qualifiers + lexicon.titles
            + lexicon.honorifics.map(\.form) + lexicon.nameParticles
        for word in words {
            for byte in word.utf8 where byte < 0x80 { allowed[Int(byte)] = true }
        }
        // A comma always closes the source (it opens an affiliation).
        allowed[Int(UInt8(ascii: ","))] = false
        self.allowed = allowed
    }

    /// Whether a verb that `verb(from, before)` accepts (one starting after `from`, before `before`)
    /// follows `start` across a source, or across a source and a comma-enclosed affiliation.
    func reachesVerb(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
                     verb: (_ from: Int, _ before: Int) -> Bool) -> Bool {
        let comma = UInt8(ascii: ",")
        var index = start
        while index < limit, bytes[index] >= 0x80 || allowed[Int(bytes[index])] { index += 1 }
        if verb(start, index) { return true }
        guard index < limit, bytes[index] == comma else { return false }
        index += 1
        // The affiliation, up to its closing comma.
        while index < limit, bytes[index] != comma {
            if Self.endsAffiliation(bytes[index]) { return false }
            index += 1
        }
        guard index < limit else { return false }
        let closing = index
        index += 1
        while index < limit, bytes[index] >= 0x80 || allowed[Int(bytes[index])] { index += 1 }
        return verb(closing, index)
    }

    /// Whether an affiliation cannot hold `byte` (`[^,;:“”"«»()\n]`, the ASCII part).
    private static func endsAffiliation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n")
    }
}
