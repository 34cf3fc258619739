import Foundation

/// Folds name words into matching keys: case and accents folded, letters and digits only, and each word
/// mapped to the first spelling of its transliteration group (`Rules/verification/matching.yml`).
///
/// "Duchâtel" → "duchatel", "GÜLTEN" → "gulten", "O’Brien" → "obrien", "Sergey" → "sergei", "Lee" → "li".
struct NameFolder: Sendable {
    private let spellings: [String: String]
    private let endings: [(from: String, to: String)]
    private let letters: [Unicode.Scalar: String]
    private let cleaner: NameCleaner
    private let prefixWords: Set<String>
    /// Lower-case words that may sit inside a name ("von", "bin").
    let particles: Set<String>

    init(settings: NameMatchingSettings, lexicon: Lexicon) {
        var letters: [Unicode.Scalar: String] = [:]
        for (letter, folded) in settings.letters {
            for scalar in letter.unicodeScalars { letters[scalar] = folded }
            for scalar in letter.uppercased().unicodeScalars where scalar.properties.isUppercase { letters[scalar] = folded }
        }
        self.letters = letters
        endings = settings.wordEndings.compactMap { $0.count == 2 ? (from: $0[0], to: $0[1]) : nil }
        cleaner = NameCleaner(lexicon: lexicon)
        particles = Set(lexicon.nameParticles.map { $0.lowercased() })
        prefixWords = Set((Array(lexicon.leadingWords) + lexicon.qualifiers).map { $0.lowercased().trimmingSuffix(".") })
        var spellings: [String: String] = [:]
        for group in settings.transliteration {
            guard let first = group.first.map({ Self.fold($0, letters: letters) }) else { continue }
            for spelling in group { spellings[Self.fold(spelling, letters: letters)] = first }
        }
        self.spellings = spellings
    }

    /// The word in lower case without accents, keeping letters and digits only.
    func fold(_ word: some StringProtocol) -> String { Self.fold(word, letters: letters) }

    private static func fold(_ word: some StringProtocol, letters: [Unicode.Scalar: String]) -> String {
        var output = ""
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x41...0x5A).contains(value) {
                    output.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
                } else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    output.unicodeScalars.append(scalar)
                }
            } else if let folded = letters[scalar] {
                output += folded
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let folded = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                for piece in folded.unicodeScalars where piece.properties.isAlphabetic || piece.properties.numericType != nil {
                    output += letters[piece] ?? String(piece)
                }
            }
        }
        return output
    }

    /// A folded word mapped to its transliteration group's first spelling, or with its ending normalised.
    func transliterate(_ folded: String) -> String {
        if let spelling = spellings[folded] { return spelling }
        for ending in endings where folded.count >= ending.from.count + 3 && folded.hasSuffix(ending.from) {
            return String(folded.dropLast(ending.from.count)) + ending.to
        }
        return folded
    }

    /// The matching key of one word.
    func key(_ word: some StringProtocol) -> String { transliterate(fold(word)) }

    /// Whether a capitalised word in front of a name is not part of it: an honorific, a title, a
    /// qualifier ("Russian") or a word that only starts sentences ("As").
    func isPrefixWord(_ word: String) -> Bool {
        cleaner.isHonorific(word) || cleaner.isTitleWord(word) || prefixWords.contains(word.lowercased().trimmingSuffix("."))
    }

    /// Whether a word is an honorific or a title ("Mr", "President"), the words that mark a person.
    func isTitle(_ word: String) -> Bool { cleaner.isHonorific(word) || cleaner.isTitleWord(word) }

    /// Whether a word is an honorific ("Mr", "Dr.").
    func isHonorific(_ word: String) -> Bool { cleaner.isHonorific(word) }

    /// The key of a whole name as written: its words folded and transliterated, without titles and
    /// honorifics in front, initials ("V."), or empty pieces. "Mr. Vladimir V. Putin" → vladimir, putin.
    /// A name of one written token is one word, hyphens and all ("China-Russia" → chinarussia).
    func key(ofName name: String) -> NameKey {
        // One written token ("China-Russia", "Putin-Xi") is one word: a compound, not a given and family name.
        if !name.contains(where: \.isWhitespace) {
            let folded = transliterate(fold(name))
            return NameKey(words: folded.count > 1 ? [folded] : [])
        }
        var words: [String] = []
        var started = false
        for piece in name.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == "." }) {
            let written = String(piece)
            if !started && isPrefixWord(written) { continue }
            started = true
            let folded = fold(written)
            guard folded.count > 1 || folded.first?.isNumber == true else { continue }
            let word = transliterate(folded)
            if words.last != word { words.append(word) }   // "Xi Xi Jinping": a repeated word is a slip
        }
        return NameKey(words: words)
    }
}

/// The matching key of a name: its folded, transliterated words without initials.
struct NameKey: Hashable, Sendable {
    var words: [String]

    /// The words run together, so that "Ding Li" and "Dingli" agree.
    var joined: String { words.joined() }

    /// How a written form relates to the name.
    enum Form: Sendable { case written, swapped, shortened }

    /// The joined keys this name is found under: as written; with the first word moved to the end and the
    /// last word moved to the front (family name first or last); and, for three words or more, first and
    /// last word only ("George Walker Bush" → "George Bush").
    var forms: [(key: String, form: Form)] {
        guard words.count >= 2 else { return [(joined, .written)] }
        var forms: [(key: String, form: Form)] = [(joined, .written)]
        let firstToEnd = (words.dropFirst() + [words[0]]).joined()
        let lastToFront = ([words[words.count - 1]] + words.dropLast()).joined()
        for key in [firstToEnd, lastToFront] where !forms.contains(where: { $0.key == key }) { forms.append((key, .swapped)) }
        if words.count >= 3 {
            let short = words[0] + words[words.count - 1]
            if !forms.contains(where: { $0.key == short }) { forms.append((short, .shortened)) }
        }
        return forms
    }
}
