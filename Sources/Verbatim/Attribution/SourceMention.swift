/// The source an attribution frame names, before it is resolved to a person in the document.
public struct SourceMention: Sendable, Hashable {
    /// What kind of source the words name.
    public enum Kind: Sendable, Hashable {
        /// A person by name ("Sun Yun", "Mr Lee", "Duchatel").
        case person(CleanName)
        /// A personal pronoun ("he"), with the gender it implies.
        case pronoun(Lexicon.Gender?)
        /// A title or role without a name ("the Russian president", "the spokesperson").
        case role
        /// An organisation, a government or a publication ("the joint statement", "Chinese state media").
        case organisation
        /// An unnamed group ("analysts", "some experts").
        case group
    }

    public var kind: Kind
    /// The words of the mention as written.
    public var range: Range<Int>
    /// The mention as text, whitespace normalised.
    public var text: String
    /// An appositive title or affiliation ("director of the China Program at …") or the title in
    /// front of the name ("NATO Secretary General").
    public var affiliation: Range<Int>?
    /// The speech verb, with the outlet told when there is one ("told VOA").
    public var cue: Range<Int>?
    /// The frame or pattern that found it.
    public var rule: String

    /// Reads the source out of a frame hit; `nil` when the frame names none (a dangling "Stated.").
    public static func from(_ hit: FrameHit, bytes: UnsafeBufferPointer<UInt8>, cleaner: NameCleaner,
                            lexicon: Lexicon) -> SourceMention? {
        let (verb, outlet, affiliation, pronoun) = (hit[.verb], hit[.outlet], hit[.affiliation], hit[.pronoun])
        let (group, org, role, name) = (hit[.group], hit[.org], hit[.role], hit[.name])
        let cue = verb.map { verb in verb.lowerBound..<max(verb.upperBound, outlet?.upperBound ?? 0) }
        func make(_ kind: Kind, _ range: Range<Int>, affiliation: Range<Int>? = affiliation, text: String? = nil) -> SourceMention {
            SourceMention(kind: kind, range: range, text: text ?? normalised(bytes, range), affiliation: affiliation,
                          cue: cue, rule: hit.frame)
        }
        if let pronoun {
            return make(.pronoun(gender(ofPronoun: pronoun, bytes, lexicon)), pronoun)
        }
        if let group { return make(.group, group) }
        if let org { return make(.organisation, org) }
        if let role {
            // A role that ends in a name behind its title ("CBS This Morning co-anchor DeMarco Morgan",
            // "Sen. Bernie Sanders") names that person.
            guard let clean = cleaner.clean(bytes, role), clean.titleRange != nil, clean.wordCount >= 2,
                  isCapitalised(clean.name) else { return make(.role, role) }
            return make(.person(clean), clean.mentionRange, affiliation: affiliation ?? clean.titleRange, text: clean.name)
        }
        guard let name else { return nil }
        guard let clean = cleaner.clean(bytes, name) else { return make(.role, name) }
        // A person's text is the cleaned name, so the mention's words are not normalised for nothing.
        return make(.person(clean), clean.mentionRange, affiliation: affiliation ?? clean.titleRange, text: clean.name)
    }

    /// Whether every word of a name starts with an upper-case letter.
    private static func isCapitalised(_ name: String) -> Bool {
        name.split(separator: " ").allSatisfy { $0.unicodeScalars.first?.properties.isUppercase == true }
    }

    /// The gender of the first lexicon pronoun that the word in `range` is, ignoring case. An ASCII word
    /// is compared with each ASCII form byte by byte, without lower-casing every form into a new string.
    private static func gender(ofPronoun range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
                               _ lexicon: Lexicon) -> Lexicon.Gender? {
        guard ASCIIWord.isASCII(bytes, range) else {
            let form = ByteText.string(bytes, range).lowercased()
            return lexicon.pronouns.first { $0.form.lowercased() == form }?.gender
        }
        for pronoun in lexicon.pronouns {
            var form = pronoun.form
            let same = form.withUTF8 { utf8 -> Bool? in
                guard ASCIIWord.isASCII(utf8, 0..<utf8.count) else { return nil }
                guard utf8.count == range.count else { return false }
                for index in 0..<utf8.count
                where ASCIIByte.lowered(utf8[index]) != ASCIIByte.lowered(bytes[range.lowerBound + index]) {
                    return false
                }
                return true
            } ?? (pronoun.form.lowercased() == ASCIIWord.lowercased(bytes, range, droppingPeriod: false))
            if same { return pronoun.gender }
        }
        return nil
    }

    /// The text of a range with runs of whitespace collapsed and a leading article dropped.
    static func normalised(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        guard ASCIIWord.isASCII(bytes, range) else {
            let words = ByteText.string(bytes, range).split(whereSeparator: { $0.isWhitespace })
            return words.joined(separator: " ")
        }
        // ASCII text: the whitespace characters are tab, line feed, vertical tab, form feed, return and space.
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            var count = 0, spaceDue = false
            for offset in range {
                let byte = bytes[offset]
                if ASCIIByte.isSpace(byte) {
                    spaceDue = count > 0
                    continue
                }
                if spaceDue {
                    buffer[count] = 0x20
                    count += 1
                    spaceDue = false
                }
                buffer[count] = byte
                count += 1
            }
            return count
        }
    }
}
