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
    /// The same word sets as byte tables, used when every word in them is ASCII (`hasTables`): then the
    /// `String` comparison with an ASCII word is a byte comparison, and ASCII words are looked up without
    /// building a `String`.
    /// `keyTable` flags each key as a title word, an honorific or a leading word (``Kind``).
    private let keyTable, particleTable: ASCIIWordTable
    private let hasTables: Bool
    /// What the `mention` pattern matches at a capitalised word, when the bytes tell.
    let nameStarts: NameStartFilter

    /// The flags of ``keyTable``.
    private enum Kind: UInt8 { case title = 1, honorific = 2, leading = 4 }

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
        nameStarts = NameStartFilter(lexicon: lexicon)
        let sets = [titleWords, Set(honorifics.keys), leadingWords, particles]
        hasTables = sets.allSatisfy { $0.allSatisfy { word in word.utf8.allSatisfy { $0 < 0x80 } } }
        let keys = titleWords.map { ($0, Kind.title.rawValue) } + honorifics.keys.map { ($0, Kind.honorific.rawValue) }
            + leadingWords.map { ($0, Kind.leading.rawValue) }
        keyTable = ASCIIWordTable(flagged: hasTables ? keys : [])
        particleTable = ASCIIWordTable(hasTables ? particles : [])
    }

    /// Whether a word (any case, with or without a final period) is a title, role or qualifier word.
    public func isTitleWord(_ word: String) -> Bool {
        titleWords.contains(word.lowercased().trimmingSuffix("."))
    }

    /// Whether a word is an honorific ("Mr", "Dr.").
    public func isHonorific(_ word: String) -> Bool {
        honorifics[word.lowercased().trimmingSuffix(".")] != nil
    }

    /// The lexicon key of the word in `range` (lower case, without a final period), as ``key(_:)`` makes it.
    private func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        ASCIIWord.isASCII(bytes, range) ? ASCIIWord.lowercased(bytes, range, droppingPeriod: true)
            : Self.key(ByteText.string(bytes, range))
    }

    /// The ``Kind`` flags of the key of the word in `range`: from ``keyTable`` for an ASCII word, else
    /// from the sets. `ascii` tells whether the word is ASCII (``ASCIIWord/isASCII(_:_:)``), as the
    /// helpers below take it: the caller has looked at the bytes once already.
    private func kinds(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> UInt8 {
        if hasTables, !range.isEmpty, ascii {
            let end = bytes[range.upperBound - 1] == UInt8(ascii: ".") ? range.upperBound - 1 : range.upperBound
            return keyTable.flags(bytes, range.lowerBound..<end, lowercasing: true)
        }
        if hasTables, Self.keyIsWide(bytes, range) { return 0 }
        let key = key(bytes, range)
        return (titleWords.contains(key) ? Kind.title.rawValue : 0) | (honorifics[key] != nil ? Kind.honorific.rawValue : 0)
            | (leadingWords.contains(key) ? Kind.leading.rawValue : 0)
    }

    /// Whether the key of the word in `range` surely holds a character beyond ASCII, so that it is in no
    /// set when every word in them is ASCII: the word holds a byte of U+00C0–U+00FF (letters that lower-case
    /// to letters of the same block) or of U+2000–U+203F (punctuation such as ’, which has no case), or a
    /// scalar up to U+04FF whose lower-case form is not ASCII (``LetterFold/staysWide``).
    private static func keyIsWide(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset + 1 < range.upperBound {
            let byte = bytes[offset], next = bytes[offset + 1]
            if LetterFold.staysWide(bytes, at: offset, end: range.upperBound) { return true }
            if (byte == 0xC3 || byte == 0xE2) && next & 0xC0 == 0x80 {
                if byte == 0xC3 || (next == 0x80 && offset + 2 < range.upperBound && bytes[offset + 2] & 0xC0 == 0x80) {
                    return true
                }
            }
            offset += 1
        }
        return false
    }

    private func isTitleWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> Bool {
        kinds(bytes, range, ascii: ascii) & Kind.title.rawValue != 0
    }

    private func isHonorific(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> Bool {
        kinds(bytes, range, ascii: ascii) & Kind.honorific.rawValue != 0
    }

    /// Whether the word in `range`, as written, is a name particle.
    private func isParticle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ascii: Bool) -> Bool {
        if hasTables, ascii { return particleTable.contains(bytes, range, lowercasing: false) }
        return particles.contains(ByteText.string(bytes, range))
    }

    /// A cheap test before ``clean(_:_:)``: whether the words in `range` may carry a title — the first
    /// word is an honorific, a title, a role or an acronym, the second an honorific, title or role, or a
    /// lower-case letter runs into an upper-case
    /// one inside a word ("MedeirosProfessor").
    public func mayHoldTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // One pass over the first token while it is ASCII: its end, and any lower-case letter running into
        // an upper-case one on the way. A first token that is not all ASCII is found by ``token(_:from:to:)``.
        var end = range.lowerBound, previousLower = false
        while end < range.upperBound {
            let byte = bytes[end]
            guard byte < 0x80, !ASCIIByte.isSpace(byte) else { break }
            if previousLower && ASCIIByte.isUpper(byte) { return true }
            previousLower = ASCIIByte.isLower(byte)
            end += 1
        }
        let first: Range<Int>, ascii: Bool
        if end > range.lowerBound && (end == range.upperBound || bytes[end] < 0x80) {
            first = range.lowerBound..<end
            ascii = true
        } else {
            guard let token = Self.token(bytes, from: range.lowerBound, to: range.upperBound) else { return false }
            first = token
            ascii = ASCIIWord.isASCII(bytes, token)
            end = range.lowerBound
            previousLower = false
        }
        if kinds(bytes, first, ascii: ascii) & (Kind.title.rawValue | Kind.honorific.rawValue) != 0
            || Self.isAcronym(bytes, first, ascii: ascii) {
            return true
        }
        // A title after a place or party word: "Texas Gov. Ann Lee", "State Sen. Ann Lee".
        if let second = Self.token(bytes, from: first.upperBound, to: range.upperBound),
           kinds(bytes, second, ascii: ASCIIWord.isASCII(bytes, second)) & (Kind.title.rawValue | Kind.honorific.rawValue) != 0 {
            return true
        }
        for offset in end..<range.upperBound {
            let byte = bytes[offset]
            if previousLower && ASCIIByte.isUpper(byte) { return true }
            previousLower = ASCIIByte.isLower(byte)
        }
        return false
    }

    /// The person's name in `range`, or `nil` when the range holds only titles or roles ("the Russian president").
    public func clean(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CleanName? {
        // A token holds a byte and is followed by a space unless it is the last: room for every token of the
        // range, on the stack for the short ranges names come in.
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: range.count / 2 + 1) { buffer in
            var count = 0
            var offset = range.lowerBound
            while let token = Self.token(bytes, from: offset, to: range.upperBound) {
                buffer[count] = token
                count += 1
                offset = token.upperBound
            }
            return clean(bytes, tokens: buffer, count: count)
        }
    }

    /// Which of the first 64 tokens of a name are ASCII, one bit each; later tokens are looked at when asked.
    private struct ASCIITokens {
        var bits: UInt64 = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Range<Int>>, count: Int) {
            for index in 0..<min(count, 64) where ASCIIWord.isASCII(bytes, tokens[index]) { bits |= 1 << UInt64(index) }
        }

        func isASCII(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Range<Int>>) -> Bool {
            index < 64 ? bits & (1 << UInt64(index)) != 0 : ASCIIWord.isASCII(bytes, tokens[index])
        }
    }

    /// ``clean(_:_:)`` of the first `count` whitespace-separated tokens in `tokens`.
    private func clean(_ bytes: UnsafeBufferPointer<UInt8>, tokens: UnsafeMutableBufferPointer<Range<Int>>,
                       count: Int) -> CleanName? {
        var count = count
        let fused = cutFusedTitle(bytes, tokens, &count)
        let asciiTokens = ASCIITokens(bytes, tokens, count: count)
        func isASCII(_ index: Int) -> Bool { asciiTokens.isASCII(index, bytes, tokens) }
        var nameStart = 0
        for index in 0..<count where isPrefix(bytes, tokens[index], before: index + 1 < count, ascii: isASCII(index)) {
            nameStart = index + 1
        }
        guard nameStart < count else { return nil }
        // The name is tokens `first...last`.
        var first = nameStart, last = count - 1
        // A sentence ended inside the match ("Central Asia. Putin", "Russia. Evan Medeiros"): the name starts
        // after it. A period after the first name word, when a title stands in front ("NATO chief Jens.
        // Stoltenberg"), is a stray mark inside one name and stays.
        let firstMayBreak = nameStart == 0
        var index = last - 1
        while index >= nameStart {
            if (index > nameStart || firstMayBreak) && endsSentence(bytes, tokens[index], ascii: isASCII(index)) {
                first = index + 1
                break
            }
            index -= 1
        }
        while last > first, isParticle(bytes, tokens[last], ascii: isASCII(last))
                || isTitleWord(bytes, tokens[last], ascii: isASCII(last)) {
            last -= 1
        }
        let nameRange = tokens[first].lowerBound..<tokens[last].upperBound
        var mention = nameRange
        var gender: Lexicon.Gender?
        if nameStart > 0, isHonorific(bytes, tokens[nameStart - 1], ascii: isASCII(nameStart - 1)), let honorific = honorifics[key(bytes, tokens[nameStart - 1])] {
            mention = tokens[nameStart - 1].lowerBound..<nameRange.upperBound
            gender = honorific
        }
        let title = nameStart > 0 ? tokens[0].lowerBound..<tokens[nameStart - 1].upperBound : nil
        let nameTokens = UnsafeBufferPointer(rebasing: tokens[first...last])
        let name = Self.displayName(bytes, nameTokens) { isASCII(first + $0) }
        return CleanName(name: name, nameRange: nameRange, mentionRange: mention,
                         titleRange: title, gender: gender, wordCount: nameTokens.count, hadFusedTitle: fused)
    }

    /// The name words shown without stray punctuation (``display(_:)``), joined by single spaces.
    /// Words of ASCII and of the letters ``LetterFold`` covers are cut from the bytes; others go through `String`.
    /// `isASCII` tells whether the token at an index of `tokens` is ASCII.
    private static func displayName(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Range<Int>>,
                                    isASCII: (Int) -> Bool) -> String {
        func displayEnd(_ index: Int) -> Int? {
            let token = tokens[index]
            return isASCII(index) ? ASCIIWord.displayEnd(bytes, token) : LetterFold.displayEnd(bytes, token)
        }
        guard tokens.indices.allSatisfy({ displayEnd($0) != nil }) else {
            return tokens.map { display(ByteText.string(bytes, $0)) }.joined(separator: " ")
        }
        let capacity = tokens.reduce(0) { $0 + $1.count + 1 }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for index in tokens.indices {
                if index > 0 { buffer[count] = 0x20; count += 1 }
                for offset in tokens[index].lowerBound..<displayEnd(index)! { buffer[count] = bytes[offset]; count += 1 }
            }
            return count
        }
    }

    /// A token that belongs in front of a name: an honorific, a title/role/qualifier word, an acronym
    /// ("NATO", "U.S."), a lowercase word that is not a name particle, or a sentence-leading word.
    private func isPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, before more: Bool, ascii: Bool) -> Bool {
        let kinds = kinds(bytes, token, ascii: ascii)
        if kinds & (Kind.title.rawValue | Kind.honorific.rawValue) != 0 { return true }
        guard more else { return false }
        if kinds & Kind.leading.rawValue != 0 { return true }
        let first = bytes[token.lowerBound]
        let startsLower = first < 0x80 ? ASCIIByte.isLower(first)
            : UTF8Scalars.scalar(at: token.lowerBound, in: bytes)?.0.properties.isLowercase == true
        if startsLower { return !isParticle(bytes, token, ascii: ascii) }
        return Self.isAcronym(bytes, token, ascii: ascii)
    }

    /// Whether a word has at least two letters, all upper case ("NATO", "U.S.").
    private static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, ascii: Bool) -> Bool {
        if ascii { return ASCIIWord.isAcronym(bytes, token) }
        // A lower-case ASCII letter is a letter that is not upper case.
        if bytes[token].contains(where: ASCIIByte.isLower) { return false }
        let letters = ByteText.string(bytes, token).unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }

    /// A name word followed by a period that is not an initial ("Asia.", not "V.").
    private func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, ascii: Bool) -> Bool {
        if ascii { return ASCIIWord.endsWithSentencePeriod(bytes, token) }
        let word = ByteText.string(bytes, token)
        return word.hasSuffix(".") && word.unicodeScalars.filter({ $0.properties.isAlphabetic }).count > 1
            && !word.dropLast().contains(".")
    }

    /// Cuts a title glued to the end of a name word ("MedeirosProfessor" → "Medeiros") and drops the tokens
    /// after it (of the first `count` in `tokens`).
    private func cutFusedTitle(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeMutableBufferPointer<Range<Int>>,
                               _ count: inout Int) -> Bool {
        for index in 0..<count {
            let token = tokens[index]
            var offset = token.lowerBound
            var previousLower = false
            while offset < token.upperBound {
                let byte = bytes[offset]
                var isUpper = ASCIIByte.isUpper(byte), isLower = ASCIIByte.isLower(byte), length = 1
                if byte >= 0x80 {
                    guard let (scalar, width) = UTF8Scalars.scalar(at: offset, in: bytes) else { break }
                    // General punctuation (’, dashes, spaces) has no case.
                    let caseless = scalar.value >= 0x2000 && scalar.value <= 0x203F
                    isUpper = !caseless && scalar.properties.isUppercase
                    isLower = !caseless && scalar.properties.isLowercase
                    length = width
                }
                if previousLower && isUpper,
                   isTitleWord(bytes, offset..<token.upperBound, ascii: ASCIIWord.isASCII(bytes, offset..<token.upperBound)) {
                    tokens[index] = token.lowerBound..<offset
                    count = index + 1
                    return true
                }
                previousLower = isLower
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

    /// The first whitespace-separated token in `start..<end`, or `nil`.
    static func token(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int>? {
        var begun: Int?
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            let space: Bool
            var length = 1
            if byte < 0x80 {
                space = ASCIIByte.isSpace(byte)
            } else if let (scalar, width) = UTF8Scalars.scalar(at: offset, in: bytes) {
                // Latin-1 letters and the dashes and quotation marks of U+2010–U+2027 are no white space.
                let value = scalar.value
                space = !(value >= 0xC0 && value <= 0xFF) && !(value >= 0x2010 && value <= 0x2027) && scalar.isSpace
                length = width
            } else {
                break
            }
            if space {
                if let begun { return begun..<offset }
            } else if begun == nil {
                begun = offset
            }
            offset += length
        }
        return begun.map { $0..<end }
    }
}

extension String {
    /// The string without one trailing `suffix`, if it has it.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
