/// A person's name separated from the titles and honorifics written in front of it.
public struct CleanName: Sendable, Hashable {
    /// The name normalised for display: single spaces, stray periods inside words removed ("Jens Stoltenberg").
    public var name: String
    /// The name as written.
    public var nameRange: Range<Int>
    /// The name with an honorific directly in front of it ("Mr Lee"); the same as `nameRange` without one.
    public var mentionRange: Range<Int>
    /// Titles, roles and qualifiers written before the name ("NATO Secretary General").
    public var titleRange: Range<Int>?
    /// The gender an honorific in front of the name implies.
    public var gender: Lexicon.Gender?
    /// The number of name words.
    public var wordCount: Int
    /// A title was glued to the name ("MedeirosProfessor") and cut off.
    public var hadFusedTitle = false
}

/// Splits a name as a frame matched it ("U.S. State Department spokesperson Vedant Patel",
/// "Evan MedeirosProfessor") into the person's name and the title in front, using the lexicon's titles,
/// roles, qualifiers and honorifics.
public struct NameCleaner: Sendable {
    private let titleWords: Set<String>
    private let honorifics: [String: Lexicon.Gender?]
    private let particles: Set<String>
    private let leadingWords: Set<String>

    public init(lexicon: Lexicon) {
        func key(_ word: String) -> String { word.lowercased().trimmingSuffix(".") }
        var words = Set<String>()
        for phrase in lexicon.titles + lexicon.roles + lexicon.qualifiers {
            for word in phrase.split(separator: " ") { words.insert(key(String(word))) }
        }
        titleWords = words
        var honorifics: [String: Lexicon.Gender?] = [:]
        for honorific in lexicon.honorifics { honorifics[key(honorific.form)] = honorific.gender }
        self.honorifics = honorifics
        particles = Set(lexicon.nameParticles)
        leadingWords = Set(lexicon.leadingWords.map { $0.lowercased() })
    }

    /// Whether a word (any case, with or without a final period) is a title, role or qualifier word.
    public func isTitleWord(_ word: String) -> Bool {
        titleWords.contains(word.lowercased().trimmingSuffix("."))
    }

    /// Whether a word is an honorific ("Mr", "Dr.").
    public func isHonorific(_ word: String) -> Bool {
        honorifics[word.lowercased().trimmingSuffix(".")] != nil
    }

    /// A cheap test before ``clean(_:_:)``: whether the words in `range` may carry a title — the first
    /// word is an honorific, a title, a role or an acronym, or a lower-case letter runs into an upper-case
    /// one inside a word ("MedeirosProfessor").
    public func mayHoldTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let first = Self.tokens(bytes, range).first else { return false }
        let word = ByteText.string(bytes, first)
        if isTitleWord(word) || isHonorific(word) { return true }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        if letters.count >= 2 && letters.allSatisfy({ $0.properties.isUppercase }) { return true }
        var previousLower = false
        for offset in range {
            let byte = bytes[offset]
            if previousLower && byte >= 0x41 && byte <= 0x5A { return true }
            previousLower = byte >= 0x61 && byte <= 0x7A
        }
        return false
    }

    /// The person's name in `range`, or `nil` when the range holds only titles or roles ("the Russian president").
    public func clean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CleanName? {
        var tokens = Self.tokens(bytes, range)
        let fused = cutFusedTitle(bytes, &tokens)
        var nameStart = 0
        for (index, token) in tokens.enumerated() where isPrefix(ByteText.string(bytes, token), before: index + 1 < tokens.count) {
            nameStart = index + 1
        }
        guard nameStart < tokens.count else { return nil }
        var nameTokens = Array(tokens[nameStart...])
        // A sentence ended inside the match ("Central Asia. Putin", "Russia. Evan Medeiros"): the name starts
        // after it. A period after the first name word, when a title stands in front ("NATO chief Jens.
        // Stoltenberg"), is a stray mark inside one name and stays.
        let firstMayBreak = nameStart == 0
        if let end = nameTokens.indices.dropLast().last(where: { ($0 > 0 || firstMayBreak) && endsSentence(ByteText.string(bytes, nameTokens[$0])) }) {
            nameTokens.removeSubrange(...end)
        }
        while let last = nameTokens.last, nameTokens.count > 1,
              particles.contains(ByteText.string(bytes, last)) || isTitleWord(ByteText.string(bytes, last)) {
            nameTokens.removeLast()
        }
        let nameRange = nameTokens.first!.lowerBound..<nameTokens.last!.upperBound
        var mention = nameRange
        var gender: Lexicon.Gender?
        if nameStart > 0, let honorific = honorifics[Self.key(ByteText.string(bytes, tokens[nameStart - 1]))] {
            mention = tokens[nameStart - 1].lowerBound..<nameRange.upperBound
            gender = honorific
        }
        let title = nameStart > 0 ? tokens[0].lowerBound..<tokens[nameStart - 1].upperBound : nil
        let words = nameTokens.map { Self.display(ByteText.string(bytes, $0)) }
        return CleanName(name: words.joined(separator: " "), nameRange: nameRange, mentionRange: mention,
                         titleRange: title, gender: gender, wordCount: words.count, hadFusedTitle: fused)
    }

    /// A token that belongs in front of a name: an honorific, a title/role/qualifier word, an acronym
    /// ("NATO", "U.S."), a lowercase word that is not a name particle, or a sentence-leading word.
    private func isPrefix(_ word: String, before more: Bool) -> Bool {
        let key = Self.key(word)
        if honorifics[key] != nil || titleWords.contains(key) { return true }
        guard more else { return false }
        if leadingWords.contains(key) { return true }
        if let first = word.unicodeScalars.first, first.properties.isLowercase { return !particles.contains(word) }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// Cuts a title glued to the end of a name word ("MedeirosProfessor" → "Medeiros") and drops what follows.
    /// A name word followed by a period that is not an initial ("Asia.", not "V.").
    private func endsSentence(_ word: String) -> Bool {
        word.hasSuffix(".") && word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1 && !word.dropLast().contains(".")
    }

    @discardableResult
    private func cutFusedTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: inout [Range<Int>]) -> Bool {
        for (index, token) in tokens.enumerated() {
            var offset = token.lowerBound
            var previousLower = false
            while offset < token.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) {
                let isUpper = scalar.isASCII ? (scalar.value >= 0x41 && scalar.value <= 0x5A) : scalar.properties.isUppercase
                if previousLower && isUpper,
                   isTitleWord(ByteText.string(bytes, offset..<token.upperBound)) {
                    tokens[index] = token.lowerBound..<offset
                    tokens.removeSubrange((index + 1)...)
                    return true
                }
                previousLower = scalar.isASCII ? (scalar.value >= 0x61 && scalar.value <= 0x7A) : scalar.properties.isLowercase
                offset += length
            }
        }
        return false
    }

    static func key(_ word: String) -> String { word.lowercased().trimmingSuffix(".") }

    /// A name word without stray punctuation: "Jens." → "Jens", but initials keep their period ("V.").
    static func display(_ word: String) -> String {
        var word = word
        while let last = word.last, last == "," || last == ";" || last == ":" { word.removeLast() }
        if word.hasSuffix("."), word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1,
           !word.dropLast().contains(".") {
            word.removeLast()
        }
        return word
    }

    /// Whitespace-separated tokens of a range.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        var tokens: [Range<Int>] = []
        var start: Int?
        var offset = range.lowerBound
        while offset < range.upperBound {
            let byte = bytes[offset]
            let space: Bool
            var length = 1
            if byte < 0x80 {
                space = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            } else if let (scalar, width) = UTF8Scalars.scalar(at: offset, in: bytes) {
                space = scalar.isSpace
                length = width
            } else {
                break
            }
            if space {
                if let begun = start { tokens.append(begun..<offset); start = nil }
            } else if start == nil {
                start = offset
            }
            offset += length
        }
        if let begun = start { tokens.append(begun..<range.upperBound) }
        return tokens
    }
}

extension String {
    /// The string without one trailing `suffix`, if it has it.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
