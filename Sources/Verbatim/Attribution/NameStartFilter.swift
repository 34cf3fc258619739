/// Tells, from the bytes alone, what the `mention` pattern of `Rules/attribution/people.yml` —
/// `(?<name>{NAME})`, with `{NAME}` as ``PatternTemplate`` builds it from the lexicon — matches when run
/// anchored at a capitalised ASCII word, in the two common cases where that is certain:
///
/// - the word is a sentence-leading word ("The", "But") that no honorific, title, role, qualifier or
///   particle starts with, or starts with a letter of a script without case: `{NAME}` cannot match there;
/// - nothing after the word can carry the name on (it is followed by punctuation, or by spaces and a
///   lower-case word that begins no lexicon phrase): the match is the single name token itself;
/// - the word starts a run of honorifics, titles and roles that no longer lexicon phrase starts with
///   ("Chinese President", "Mr."), followed by a plain run of capitalised words that open no prefix: the
///   prefix takes the former and the name is the latter ("Chinese President Xi Jinping").
///
/// Everything else (a capitalised or non-ASCII word next, a lexicon word next, non-ASCII letters nearby)
/// is left to PCRE2. The reasoning holds only while every honorific, title, role, qualifier and particle
/// is an ASCII phrase of letters, periods, apostrophes and hyphens that starts with a letter, and every
/// leading word is ASCII letters; otherwise the filter stays off and every word goes to PCRE2. Debug
/// builds check each answer against PCRE2 (``PersonIndex/scan(_:range:matchers:cleaner:cues:sentenceStart:)``).
struct NameStartFilter: Sendable {
    /// Whether the character at `offset` is a letter of a script without case (Arabic, Hebrew, CJK: `Lo`):
    /// neither `\p{Lu}` nor, even caselessly, the ASCII first letter of a lexicon phrase.
    private static func startsUncasedLetter(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard let (scalar, _) = UTF8Scalars.scalar(at: offset, in: text) else { return false }
        return scalar.properties.generalCategory == .otherLetter
    }

    /// What the pattern matches at a word.
    enum Outcome: Equatable {
        /// Not decided from the bytes: run the pattern.
        case unknown
        /// The pattern does not match here.
        case noMatch
        /// The pattern matches from the word to this offset: one name token, or a run of capitalised words.
        case match(end: Int)

        /// The match this outcome stands for, from `start` (`nil` for `noMatch` and `unknown`).
        func match(from start: Int) -> Range<Int>? {
            if case .match(let end) = self { return start..<end }
            return nil
        }
    }

    private let enabled: Bool
    /// The sentence-leading words, as written.
    private let leading: ASCIIWordTable
    /// The letters each honorific, title, role, qualifier and particle starts with, lower-cased.
    private let continuations: ASCIIWordTable
    /// The letters each role starts with, lower-cased: where `(?=(?i:ROLE)\s)` may find one.
    private let roleStarts: ASCIIWordTable
    /// Those letters, lower-cased, flagged ``longerPhrase`` when a phrase goes on past them (other than
    /// with one period) and ``wholeRole`` when a role or qualifier is just them.
    private let prefixLetters: ASCIIWordTable
    /// Honorifics and titles as written (the prefix matches them case-sensitively), flagged ``wholeForm``
    /// when one is just letters and ``dottedForm`` when one is letters and a period (given without it).
    private let prefixForms: ASCIIWordTable
    private static let longerPhrase: UInt8 = 1, wholeRole: UInt8 = 2, wholeForm: UInt8 = 1, dottedForm: UInt8 = 2

    init(lexicon: Lexicon) {
        let phrases = lexicon.honorifics.map(\.form) + lexicon.titles + lexicon.roles + lexicon.qualifiers
            + lexicon.nameParticles
        func isPlain(_ phrase: String) -> Bool {
            guard let first = phrase.utf8.first, ASCIIByte.isLetter(first) else { return false }
            return phrase.utf8.allSatisfy { ASCIIByte.isLetter($0) || Self.isWordPunctuation($0) }
        }
        enabled = [lexicon.honorifics.isEmpty, lexicon.titles.isEmpty, lexicon.roles.isEmpty,
                   lexicon.nameParticles.isEmpty, lexicon.leadingWords.isEmpty].allSatisfy { !$0 }
            && phrases.allSatisfy(isPlain)
            && lexicon.leadingWords.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy(ASCIIByte.isLetter) }
        leading = ASCIIWordTable(lexicon.leadingWords)
        func letters(_ phrase: String) -> String {
            String(decoding: phrase.utf8.prefix(while: ASCIIByte.isLetter), as: UTF8.self)
        }
        continuations = ASCIIWordTable(phrases.map { letters($0).lowercased() })
        roleStarts = ASCIIWordTable(lexicon.roles.map { letters($0).lowercased() })
        let wholeRoles = Set((lexicon.roles + lexicon.qualifiers).map { $0.lowercased() })
        prefixLetters = ASCIIWordTable(flagged: phrases.map { phrase in
            let first = letters(phrase).lowercased(), lowered = phrase.lowercased()
            let longer = lowered != first && lowered != first + "." ? Self.longerPhrase : 0
            return (first, longer | (wholeRoles.contains(first) ? Self.wholeRole : 0))
        })
        prefixForms = ASCIIWordTable(flagged: (lexicon.honorifics.map(\.form) + lexicon.titles).map { form in
            let first = letters(form)
            return (first, first == form ? Self.wholeForm : first + "." == form ? Self.dottedForm : 0)
        })
    }

    /// Period, apostrophe or hyphen: the ASCII punctuation a name token or a lexicon phrase may hold.
    @inline(__always)
    private static func isWordPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }

    /// A byte that PCRE2 counts as a word character (`\w`), for an ASCII byte.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
    }

    @inline(__always)
    private static func isHorizontalSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The non-ASCII characters the filter knows, all in General Punctuation: U+2010–U+2027 and
    /// U+2030–U+203E (dashes, quotation marks, bullets, ellipsis, primes). None is a letter, a mark, a
    /// space or a word character; the right single quotation mark (U+2019) alone may stand inside a name token.
    private enum Wide { case rightQuote, punctuation, unknown }

    @inline(__always)
    private static func wide(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Wide {
        guard offset + 2 < text.count, text[offset] == 0xE2, text[offset + 1] == 0x80 else { return .unknown }
        let last = text[offset + 2]
        if last == 0x99 { return .rightQuote }
        return (last >= 0x90 && last <= 0xA7) || (last >= 0xB0 && last <= 0xBE) ? .punctuation : .unknown
    }

    /// What the pattern matches anchored at `start` in `text` (the subject it runs on).
    func outcome(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Outcome {
        guard enabled else { return .unknown }
        guard ASCIIByte.isUpper(text[start]) else {
            // Every way into the pattern starts with an upper-case letter or the ASCII letter of a lexicon phrase.
            guard text[start] >= 0x80 else { return .unknown }
            return Self.wide(text, at: start) != .unknown || Self.startsUncasedLetter(text, at: start) ? .noMatch : .unknown
        }
        guard var word = word(text, at: start) else { return .unknown }
        if word.opensNothing { return .noMatch }
        var wordStart = start, tokens = 1
        while true {
            let tokenEnd = tokenEnd(text, start: wordStart, letterEnd: word.letterEnd)
            let matched: Outcome = word.isLeading ? .noMatch : .match(end: tokenEnd)
            // `(?:…TOKEN){0,4}`: the fifth token ends the match.
            if tokens == 5 { return matched }
            switch following(text, after: word.letterEnd) {
            case .unknown:
                return .unknown
            case .none:
                return matched
            case .word(let next, let runEnd):
                // No part of a name can start at the next word: it is known punctuation, no letter, or letters
                // that open nothing (their ``Letters`` serve below when they are the next name word).
                let nextByte = text[next]
                let nextLetters: Letters?
                if nextByte >= 0x80 {
                    if Self.wide(text, at: next) != .unknown { return matched }
                    nextLetters = nil
                } else {
                    guard ASCIIByte.isLetter(nextByte) else { return matched }
                    nextLetters = self.word(text, at: next)
                    if nextLetters?.opensNothing == true { return matched }
                }
                // Another name word may follow: only a plain run of capitalised words (each a whole token,
                // perhaps with a period, none a lexicon word, the first no acronym or initial, none leading)
                // is decided here, perhaps after whole prefix words.
                // `\.?\h+` may follow a token: the run after it is the token, or the token and one period.
                // After a later token anything else ("Jinping's") ends the name: no separator follows it.
                let wholeToken = tokenEnd == runEnd || (runEnd == tokenEnd + 1 && text[tokenEnd] == UInt8(ascii: "."))
                guard wholeToken else {
                    // No separator follows the token, so the name ends with it, unless the tokens so far are
                    // words of a prefix `{1,4}(?=ROLE\s)` after all (a role follows within reach), or the
                    // first one opens another prefix.
                    guard tokens > 1 || !mayOpenPrefix(text, at: wordStart, letterEnd: word.letterEnd),
                          !roleMayFollow(text, from: next, within: 5 - tokens) else { return .unknown }
                    return matched
                }
                guard ASCIIByte.isUpper(nextByte), let nextWord = nextLetters, !nextWord.isLeading else { return .unknown }
                if tokens == 1 && mayOpenPrefix(text, at: wordStart, letterEnd: word.letterEnd) {
                    // The word may be a prefix: decided only when it is one in exactly one way. The next word
                    // is another prefix or the name's first token, decided at the next step (no prefix may start
                    // at a token: a role after the run, which `{1,4}(?=ROLE\s)` would take, is a lexicon word
                    // the steps after it leave to PCRE2). A prefix may be a leading word ("Mr"); a token may not.
                    guard isWholePrefix(text, letters: wordStart..<word.letterEnd, runEnd: runEnd) else { return .unknown }
                } else {
                    guard !word.isLeading, !continuations.contains(text, next..<nextWord.letterEnd, lowercasing: true)
                    else { return .unknown }
                    tokens += 1
                }
                word = nextWord
                wordStart = next
            }
        }
    }

    /// What follows a word whose letters end at `letterEnd`.
    private enum Following {
        /// A character the filter does not know.
        case unknown
        /// No next word: every way to one passes through horizontal space after the word's run of letters
        /// and word punctuation, and there is none.
        case none
        /// The next word starts at this offset, after horizontal space behind the run ending at `runEnd`.
        case word(at: Int, runEnd: Int)
    }

    private func following(_ text: UnsafeBufferPointer<UInt8>, after letterEnd: Int) -> Following {
        let count = text.count
        var runEnd = letterEnd
        while runEnd < count {
            let byte = text[runEnd]
            if ASCIIByte.isLetter(byte) || Self.isWordPunctuation(byte) {
                runEnd += 1
            } else if byte >= 0x80, Self.wide(text, at: runEnd) == .rightQuote {
                runEnd += 3
            } else {
                break
            }
        }
        guard runEnd < count else { return .none }
        let byte = text[runEnd]
        if byte >= 0x80 { return Self.wide(text, at: runEnd) == .punctuation ? .none : .unknown }
        guard Self.isHorizontalSpace(byte) else { return .none }
        var next = runEnd + 1
        while next < count, Self.isHorizontalSpace(text[next]) { next += 1 }
        return next < count ? .word(at: next, runEnd: runEnd) : .none
    }

    /// What the filter needs to know of the ASCII letters at an offset.
    private struct Letters {
        var letterEnd: Int
        /// `(?!LEADING\b)` fails here.
        var isLeading: Bool
        /// No part of a name can start here: no prefix, token, particle or role.
        var opensNothing: Bool
    }

    /// The run of ASCII letters at `offset` and what can start there, or `nil` when a character the filter
    /// does not know follows.
    private func word(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Letters? {
        let count = text.count
        let letterEnd = LetterRuns.firstNonLetter(in: text, (offset + 1)..<text.count)
        let next = letterEnd < count ? text[letterEnd] : 0x20
        if next >= 0x80, Self.wide(text, at: letterEnd) == .unknown { return nil }
        let letters = offset..<letterEnd
        guard ASCIIByte.isUpper(text[offset]) else {
            // A lexicon phrase starting here would start with exactly these letters.
            let mayOpenPhrase = continuations.contains(text, letters, lowercasing: true)
            return Letters(letterEnd: letterEnd, isLeading: false, opensNothing: !mayOpenPhrase)
        }
        let isLeading = !Self.isWordByte(next) && leading.contains(text, letters, lowercasing: false)
        guard isLeading else { return Letters(letterEnd: letterEnd, isLeading: false, opensNothing: false) }
        // Only a prefix could start here.
        let mayOpen = mayOpenPrefix(text, at: offset, letterEnd: letterEnd)
        return Letters(letterEnd: letterEnd, isLeading: true, opensNothing: !mayOpen)
    }

    /// Whether a prefix may start at the capitalised word at `offset`: a lexicon phrase, or
    /// `\p{Lu}{2,}\h+` and `(?:\p{Lu}\.){2,}\h+`, which need a second capital or a period after one letter.
    private func mayOpenPrefix(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, letterEnd: Int) -> Bool {
        let letters = offset..<letterEnd
        return (letters.count >= 2 && ASCIIByte.isUpper(text[offset + 1]))
            || (letters.count == 1 && letterEnd < text.count && text[letterEnd] == UInt8(ascii: "."))
            || continuations.contains(text, letters, lowercasing: true)
    }

    /// Whether the prefix alternatives take the capitalised word `letters`, whose run (the letters, perhaps
    /// a period) ends at `runEnd` before horizontal space, in one way only: no lexicon phrase goes on past
    /// its letters, and it is an honorific or title as written (`(?:HONORIFIC|TITLE)\.?\h+`, tried first)
    /// or, without a period, a role or qualifier (`(?i:ROLE)\h+`).
    private func isWholePrefix(_ text: UnsafeBufferPointer<UInt8>, letters: Range<Int>, runEnd: Int) -> Bool {
        let flags = prefixLetters.flags(text, letters, lowercasing: true)
        guard flags & Self.longerPhrase == 0 else { return false }
        let forms = prefixForms.flags(text, letters, lowercasing: false)
        if runEnd == letters.upperBound { return forms & Self.wholeForm != 0 || flags & Self.wholeRole != 0 }
        return runEnd == letters.upperBound + 1 && text[letters.upperBound] == UInt8(ascii: ".")
            && forms & (Self.wholeForm | Self.dottedForm) != 0
    }

    /// Whether `(?:\p{Lu}[\p{L}\p{M}.’'-]*\h+){1,4}(?=(?i:ROLE)\s)`, having taken the words before `offset`,
    /// may find its role at `offset` or after more capitalised words, looking at `words` places at most:
    /// where the letters of a word on the way start a role, or a non-ASCII character stands, it may.
    private func roleMayFollow(_ text: UnsafeBufferPointer<UInt8>, from offset: Int, within words: Int) -> Bool {
        let count = text.count
        var position = offset
        for _ in 0..<words {
            guard position < count else { return false }
            let first = text[position]
            if first >= 0x80 { return true }
            guard ASCIIByte.isLetter(first) else { return false }
            let letterEnd = LetterRuns.firstNonLetter(in: text, (position + 1)..<text.count)
            if roleStarts.contains(text, position..<letterEnd, lowercasing: true) { return true }
            guard ASCIIByte.isUpper(first) else { return false }
            var end = letterEnd
            while end < count, ASCIIByte.isLetter(text[end]) || Self.isWordPunctuation(text[end]) { end += 1 }
            guard end < count else { return false }
            if text[end] >= 0x80 { return true }
            guard Self.isHorizontalSpace(text[end]) else { return false }
            while end < count, Self.isHorizontalSpace(text[end]) { end += 1 }
            position = end
        }
        return false
    }

    /// The end of the name token at `start`: `\p{Lu}\.` or `\p{Lu}[\p{L}\p{M}]*(?:[-'’](?![sS]\b)[\p{L}\p{M}]+)*`.
    /// All bytes it looks at lie in the run of letters and word punctuation that ``outcome(_:at:)`` checked,
    /// or are the known character right after it.
    private func tokenEnd(_ text: UnsafeBufferPointer<UInt8>, start: Int, letterEnd: Int) -> Int {
        let count = text.count
        if start + 1 < count, text[start + 1] == UInt8(ascii: ".") { return start + 2 }
        var end = letterEnd
        while end < count {
            let separator = text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: "'") ? 1
                : Self.wide(text, at: end) == .rightQuote ? 3 : 0
            let letter = end + separator
            guard separator > 0, letter < count, ASCIIByte.isLetter(text[letter]) else { break }
            if text[letter] | 0x20 == UInt8(ascii: "s"), letter + 1 >= count || !Self.isWordByte(text[letter + 1]) { break }
            var wordEnd = letter + 1
            while wordEnd < count, ASCIIByte.isLetter(text[wordEnd]) { wordEnd += 1 }
            end = wordEnd
        }
        return end
    }
}
