/// Where the leading patterns of `reported-speech.yml` can match in a sentence, told by their verbs.
///
/// Every leading pattern holds a verb (a whole word or words of its `verb_lists` or `verb_phrases`) at
/// or after its start, and its `after_verb` part matches where that verb ends. The check finds those
/// verbs once per sentence and runs `after_verb` at the last of them, so that a pattern is tried only at
/// the starts before a verb it accepts: skipping the other starts cannot change what the pattern finds.
final class LeadingVerbCheck {
    /// A verb phrase of one rule, as lower-case ASCII words.
    private struct Phrase {
        var rule: Int
        var words: [[UInt8]]
    }

    /// A verb in the current sentence: the rule it belongs to and the bytes of its phrase.
    private struct Verb {
        var rule: Int
        var start: Int
        var end: Int
    }

    /// The phrases, and their positions by the folded hash of their first word.
    private var phrases: [Phrase] = []
    private let firstWords: HashPositions
    /// Per pair of first letters (26 × first + second), bit `n` is set when a first word with those
    /// letters is `n` letters long (bit 63: 63 or more); one-letter words by their letter in `single`.
    private let lengths: [UInt64]
    private let single: UInt32
    /// The `after_verb` matcher of each rule; `nil` where a rule cannot be checked (it is tried everywhere).
    private let tails: [Matcher?]
    /// Per rule, whether its verb always stands after the start of its match.
    private let follows: [Bool]
    private var verbs: [Verb] = []
    /// Per rule, the start of the last verb that its `after_verb` accepts (-1: none), once asked.
    private var reach: [Int?]
    private var range: Range<Int> = 0..<0

    init(rules: [ReportedSpeechRules.Rule], lexicon: Lexicon) {
        var tails: [Matcher?] = []
        var phrases: [Phrase] = []
        for (index, rule) in rules.enumerated() {
            let verbs = rule.verbPhrases + rule.verbLists.flatMap { $0.verbs(in: lexicon) }
            let split = verbs.map { $0.lowercased().split(separator: " ").map { Array($0.utf8) } }
            // Only verbs made of ASCII letters can be found by their words.
            let checkable = !split.isEmpty && split.allSatisfy { phrase in
                !phrase.isEmpty && phrase.allSatisfy { $0.allSatisfy(Self.isLetter) }
            }
            guard checkable, let afterVerb = rule.afterVerb else {
                tails.append(nil)
                continue
            }
            tails.append(Matcher(afterVerb))
            phrases += split.map { Phrase(rule: index, words: $0) }
        }
        self.tails = tails
        follows = rules.map(\.verbFollowsStart)
        self.phrases = phrases
        firstWords = HashPositions(phrases.map { PersonIndex.foldedHash($0.words[0]) })
        var lengths = Array(repeating: UInt64(0), count: 26 * 26)
        var single: UInt32 = 0
        for word in phrases.map({ $0.words[0] }) {
            if word.count == 1 {
                single |= 1 << UInt32(word[0] - 0x61)
            } else {
                lengths[Self.pair(word[0], word[1])] |= 1 << UInt64(min(word.count, 63))
            }
        }
        self.lengths = lengths
        self.single = single
        reach = Array(repeating: nil, count: rules.count)
    }

    /// Finds the verbs of `range` (the text a leading pattern runs on) from `first` (a word start, the
    /// first place a pattern is tried at) for later ``reach(of:_:)`` calls.
    func prepare(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, from first: Int) {
        self.range = range
        verbs.removeAll(keepingCapacity: true)
        for rule in reach.indices { reach[rule] = nil }
        guard !phrases.isEmpty else { return }
        var index = max(first, range.lowerBound)
        while index < range.upperBound {
            guard Self.isLetter(bytes[index]) else {
                index += 1
                continue
            }
            let end = Self.wordEnd(bytes, from: index, limit: range.upperBound)
            // Most words are told apart from the verbs by their first two letters and length alone.
            let possible = end - index == 1 ? single & 1 << UInt32((bytes[index] | 0x20) - 0x61) != 0
                : lengths[Self.pair(bytes[index] | 0x20, bytes[index + 1] | 0x20)] & 1 << UInt64(min(end - index, 63)) != 0
            guard possible else {
                index = end
                continue
            }
            firstWords.forEach(PersonIndex.foldedHash(bytes[index..<end])) { position in
                let phrase = phrases[position]
                if let phraseEnd = Self.end(of: phrase.words, in: bytes, at: index, limit: range.upperBound) {
                    verbs.append(Verb(rule: phrase.rule, start: index, end: phraseEnd))
                }
            }
            index = end
        }
    }

    /// The last offset at which rule `rule` can start to match in the prepared range: the start of the
    /// last of its verbs that `after_verb` accepts (or just before it), -1 when there is none, `Int.max`
    /// when the rule has no check.
    func reach(of rule: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let tail = tails[rule] else { return Int.max }
        if let known = reach[rule] { return known }
        var result = -1
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        for verb in verbs.reversed() where verb.rule == rule {
            // A match error here leaves the decision to the pattern itself.
            let accepted: Bool
            do {
                accepted = try tail.firstMatch(in: slice, from: verb.end - range.lowerBound, anchored: true) != nil
            } catch {
                accepted = true
            }
            if accepted {
                result = follows[rule] ? verb.start - 1 : verb.start
                break
            }
        }
        reach[rule] = result
        return result
    }

    /// The index of two lower-case ASCII letters in ``lengths``.
    private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first - 0x61) * 26 + Int(second - 0x61) }

    /// Whether `byte` is an ASCII letter.
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// The end of the ASCII letters from `start`.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, Self.isLetter(bytes[end]) { end += 1 }
        return end
    }

    /// Where `words` end when they stand at `start` as whole words in any case, apart by anything but
    /// ASCII letters and digits; `nil` when they do not stand there.
    private static func end(of words: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
        var index = start
        for (position, word) in words.enumerated() {
            if position > 0 {
                let separator = index
                while index < limit, !Self.isLetter(bytes[index]), !(bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
                guard index > separator else { return nil }
            }
            let end = wordEnd(bytes, from: index, limit: limit)
            guard end - index == word.count else { return nil }
            for offset in 0..<word.count where bytes[index + offset] | 0x20 != word[offset] { return nil }
            index = end
        }
        return index
    }
}
