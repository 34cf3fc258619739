/// Which commas can open a trailing attribution ("…, NAME said."), told from the words after them: an
/// `after` frame of frames.yml that names a source begins (after spaces and commas) with a capitalised
/// word, a lower-case source word of the lexicon, a speech verb, one of `trailing_openers`, a word
/// followed by a speech verb (`stray-word-verb-then-name`), or a word of one or two letters followed
/// by a pronoun (`name-then-verb`).
///
/// Bytes from U+0080 up are never ruled out, nor words that run on into them.
struct TrailingOpeners {
    /// Folded hashes of the lower-case words that may open a frame; `nil` when some word does not
    /// begin with an ASCII letter (every comma is tried).
    private let openers: HashPositions?
    /// The first words of the speech verbs and the pronouns: what may follow a stray word.
    private let seconds: HashPositions

    init(lexicon: Lexicon, words: [String]) {
        let verbWords = SourceSpan.letterPrefixes(lexicon.allVerbs)
        let sourceWords = lexicon.pronouns.map(\.form) + lexicon.groups + lexicon.groupQualifiers + lexicon.organisationHeads
            + lexicon.organisationModifiers + lexicon.roles + lexicon.qualifiers + lexicon.titles
            + lexicon.honorifics.map(\.form) + words
        let prefixes = SourceSpan.letterPrefixes(sourceWords) + verbWords
        openers = prefixes.contains(where: \.isEmpty) ? nil : HashPositions(prefixes.map(PersonIndex.foldedHash))
        seconds = HashPositions((verbWords + SourceSpan.letterPrefixes(lexicon.pronouns.map(\.form))).map(PersonIndex.foldedHash))
    }

    /// Whether a frame naming a source may match at the comma at `comma`, in text ending at `limit`.
    func mayOpen(_ bytes: UnsafeBufferPointer<UInt8>, at comma: Int, limit: Int) -> Bool {
        guard let openers else { return true }
        let index = ByteText.afterSpacesAndCommas(bytes, from: comma, limit: limit)
        guard index < limit else { return false }
        let byte = bytes[index]
        guard byte >= 0x61 && byte <= 0x7A else { return byte >= 0x41 && byte <= 0x5A || byte >= 0x80 }
        let letters = LetterRuns.firstNonLetter(in: bytes, index..<limit)
        if letters < limit && bytes[letters] >= 0x80 { return true }
        if openers.contains(PersonIndex.foldedHash(bytes[index..<letters])) { return true }
        // A stray word before a speech verb (in either case), or a short one before a pronoun.
        var next = letters
        while next < limit, ASCIIByte.isSpace(bytes[next]) { next += 1 }
        guard next > letters, next < limit else { return false }
        guard ASCIIByte.isLetter(bytes[next]) else { return bytes[next] >= 0x80 }
        let end = LetterRuns.firstNonLetter(in: bytes, next..<limit)
        return end < limit && bytes[end] >= 0x80 || seconds.contains(PersonIndex.foldedHash(bytes[next..<end]))
    }
}
