/// Where the leading patterns of `reported-speech.yml` can match in a sentence, told by their verbs.
///
/// Every leading pattern holds a verb (a whole word or words of its `verb_lists` or `verb_phrases`) at
/// or after its start, and its `after_verb` part matches where that verb ends. The check looks for
/// those verbs in a sentence (only as far as a start needs) and runs `after_verb` at them, so that a
/// pattern is tried only at starts before a verb it accepts: skipping the other starts cannot change
/// what the pattern finds.
///
/// When every verb phrase of the rules is a speech cue (`speech_cue` matches it from its start, which the
/// check makes sure of when it is built), the verbs are looked for only at the starts of the range's cues,
/// which the document's ``CueIndex`` has found already, rather than at every word: the patterns take a
/// verb in lower case, or capitalised only where the cue takes it so (`reported-speech.yml`).
final class LeadingVerbCheck {
    /// A verb phrase, as lower-case ASCII words, and the rules whose verb it is (bit `n`: rule `n`).
    /// A phrase several rules share ("said") is one phrase, found once.
    fileprivate struct Phrase {
        var rules: UInt64
        var words: [[UInt8]]
    }

    /// A verb in the current sentence: the rules it belongs to, the bytes of its phrase, and for which
    /// of them `after_verb` has been asked (`asked`) and accepts it (`accepted`).
    fileprivate struct Verb {
        var rules: UInt64
        var start: Int
        var end: Int
        var asked: UInt64 = 0
        var accepted: UInt64 = 0
    }

    /// What the check knows of the rules, fixed once built.
    fileprivate struct Tables {
        /// The phrases, and their positions by the folded hash of their first word.
        var phrases: [Phrase]
        var firstWords: HashPositions
        /// Per pair of first letters (26 × first + second), bit `n` is set when a first word with those
        /// letters is `n` letters long (bit 63: 63 or more); one-letter words by their letter in `single`.
        var lengths: [UInt64]
        var single: UInt32
        /// The `after_verb` matcher of each rule; `nil` where a rule cannot be checked (it is tried everywhere).
        var tails: [Matcher?]
        /// Per rule, whether its verb always stands after the start of its match.
        var follows: [Bool]
        /// Whether every phrase starts where a speech cue does, so that only the cues' starts need reading.
        var phrasesAreCues: Bool
    }

    /// What the check has learnt of the current range. It is one stored value, so that a call of the
    /// check is one exclusive access to it rather than one (with a retain) per array it reads.
    fileprivate struct Scan {
        /// The verbs of the current range found so far, in text order, and where the search goes on.
        var verbs: [Verb] = []
        var scanned = 0
        /// The speech cues of the current range (in text order) and the first of them not yet read.
        var cues: ArraySlice<Range<Int>> = []
        var nextCue = 0
        /// The rules (bit `n`: rule `n`) that some verb found so far belongs to.
        var rulesWithVerbs: UInt64 = 0
        /// Per rule, the start of the last of its verbs found accepted so far (-1: none).
        var accepted: [Int]
        var range: Range<Int> = 0..<0
    }

    private let tables: Tables
    /// Only ``prepare(_:cues:)``, ``allows(_:from:before:_:)`` and ``hasVerb(_:_:)`` touch it, one call at a
    /// time (the check is used by one finder on one thread): it needs no run-time exclusivity check.
    @exclusivity(unchecked) private var scan: Scan

    /// `speechCue` is the pattern of the cues that ``prepare(_:cues:)`` is given.
    init(rules: [ReportedSpeechRules.Rule], lexicon: Lexicon, speechCue: Pattern) {
        var tails: [Matcher?] = []
        var phrases: [Phrase] = []
        var phraseIndex: [[[UInt8]]: Int] = [:]
        for (index, rule) in rules.enumerated() {
            let verbs = rule.verbPhrases + rule.verbLists.flatMap { $0.verbs(in: lexicon) }
            let split = verbs.map { $0.lowercased().split(separator: " ").map { Array($0.utf8) } }
            // Only verbs made of ASCII letters can be found by their words.
            let checkable = !split.isEmpty && split.allSatisfy { phrase in
                !phrase.isEmpty && phrase.allSatisfy { $0.allSatisfy(ASCIIByte.isLetter) }
            }
            // A rule is told by a bit of a 64-bit set: any after the 64th is tried everywhere.
            guard checkable, index < 64, let afterVerb = rule.afterVerb else {
                tails.append(nil)
                continue
            }
            tails.append(Matcher(afterVerb))
            for words in split {
                if let known = phraseIndex[words] {
                    phrases[known].rules |= 1 << UInt64(index)
                } else {
                    phraseIndex[words] = phrases.count
                    phrases.append(Phrase(rules: 1 << UInt64(index), words: words))
                }
            }
        }
        var lengths = Array(repeating: UInt64(0), count: 26 * 26)
        var single: UInt32 = 0
        for word in phrases.map({ $0.words[0] }) {
            if word.count == 1 {
                single |= 1 << UInt32(word[0] - 0x61)
            } else {
                lengths[Self.pair(word[0], word[1])] |= 1 << UInt64(min(word.count, 63))
            }
        }
        tables = Tables(phrases: phrases, firstWords: HashPositions(phrases.map { PersonIndex.foldedHash($0.words[0]) }),
                        lengths: lengths, single: single, tails: tails, follows: rules.map(\.verbFollowsStart),
                        phrasesAreCues: Self.areCues(phrases.map(\.words), speechCue))
        scan = Scan(accepted: Array(repeating: -1, count: rules.count))
    }

    /// Whether the verbs are looked for only where speech cues begin (every verb phrase is a cue).
    var readsCuesOnly: Bool { tables.phrasesAreCues }

    /// Starts a new range (the text a leading pattern runs on), whose speech cues are `cues`.
    func prepare(_ range: Range<Int>, cues: ArraySlice<Range<Int>>) { scan.prepare(range, cues: cues, tables) }

    /// Whether `speechCue` matches each phrase (in lower case, its words apart by one space) from its start:
    /// then a verb of the rules, which their patterns take in lower case or capitalised only where the
    /// cue takes it so (`reported-speech.yml`), stands only where a cue begins.
    static func areCues(_ phrases: [[[UInt8]]], _ speechCue: Pattern) -> Bool {
        let matcher = Matcher(speechCue)
        return phrases.allSatisfy { words in
            Array(words.joined(separator: [UInt8(ascii: " ")])).withUnsafeBufferPointer {
                (try? matcher.firstRange(in: $0, anchored: true))?.lowerBound == 0
            }
        }
    }

    /// Whether rule `rule` can match from `start` in the prepared range: whether `after_verb` accepts
    /// one of its verbs at `start` or after it (strictly after with `verb_follows_start`), and starting
    /// before `limit`. A rule without a check can match anywhere.
    func allows(_ rule: Int, from start: Int, before limit: Int = .max, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scan.allows(rule, from: start, before: limit, bytes, tables)
    }

    /// Whether the prepared range holds a verb of rule `rule` at all, whatever follows it: a rule without
    /// one cannot match anywhere in the range (a rule without a check can).
    func hasVerb(_ rule: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool { scan.hasVerb(rule, bytes, tables) }

    /// The index of two lower-case ASCII letters in ``Tables/lengths``.
    fileprivate static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int(first - 0x61) * 26 + Int(second - 0x61) }
}

extension LeadingVerbCheck.Scan {
    mutating func prepare(_ range: Range<Int>, cues: ArraySlice<Range<Int>>, _ tables: LeadingVerbCheck.Tables) {
        self.range = range
        self.cues = cues
        nextCue = cues.startIndex
        verbs.removeAll(keepingCapacity: true)
        scanned = tables.phrases.isEmpty ? range.upperBound : range.lowerBound
        for rule in accepted.indices { accepted[rule] = -1 }
        rulesWithVerbs = 0
    }

    /// ``LeadingVerbCheck/hasVerb(_:_:)``: every verb of the range found, whether one is rule `rule`'s.
    mutating func hasVerb(_ rule: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ tables: LeadingVerbCheck.Tables) -> Bool {
        guard tables.tails[rule] != nil else { return true }
        while rulesWithVerbs >> UInt64(rule) & 1 == 0, scanned < range.upperBound { findVerbs(bytes, tables) }
        return rulesWithVerbs >> UInt64(rule) & 1 != 0
    }

    /// ``LeadingVerbCheck/allows(_:from:before:_:)``.
    mutating func allows(_ rule: Int, from start: Int, before limit: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                         _ tables: LeadingVerbCheck.Tables) -> Bool {
        guard let tail = tables.tails[rule] else { return true }
        let first = tables.follows[rule] ? start + 1 : start
        guard first < limit else { return false }
        let known = accepted[rule]
        if known >= first && known < limit { return true }
        // The verbs are in text order: those starting before `first` are passed over at once.
        var index = 0, high = verbs.count
        while index < high {
            let middle = (index + high) / 2
            if verbs[middle].start < first { index = middle + 1 } else { high = middle }
        }
        while true {
            let bit = UInt64(1) << UInt64(rule)
            while index < verbs.count {
                let verb = verbs[index]
                index += 1
                // The verbs are in text order: none after this one starts before `limit`.
                if verb.start >= limit { return false }
                guard verb.rules & bit != 0, verb.start >= first else { continue }
                var isAccepted = verb.accepted & bit != 0
                if verb.asked & bit == 0 {
                    isAccepted = Self.accepts(tail, bytes, range, at: verb.end)
                    verbs[index - 1].asked |= bit
                    if isAccepted { verbs[index - 1].accepted |= bit }
                }
                if isAccepted {
                    accepted[rule] = max(known, verb.start)
                    return true
                }
            }
            guard scanned < range.upperBound, scanned < limit else { return false }
            findVerbs(bytes, tables)
        }
    }

    /// Whether `tail` matches at `end`; a match error leaves the decision to the pattern itself.
    private static func accepts(_ tail: Matcher, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at end: Int) -> Bool {
        do {
            return try tail.firstRange(in: UnsafeBufferPointer(rebasing: bytes[range]), from: end - range.lowerBound,
                                       anchored: true) != nil
        } catch {
            return true
        }
    }

    /// Reads words on from `scanned` until one or more verbs are found or the range ends: only the words
    /// where a speech cue starts when every phrase is a cue (``LeadingVerbCheck/Tables/phrasesAreCues``).
    private mutating func findVerbs(_ bytes: UnsafeBufferPointer<UInt8>, _ tables: LeadingVerbCheck.Tables) {
        let limit = range.upperBound
        guard tables.phrasesAreCues else {
            var stop = limit
            LetterRuns.forEach(in: bytes, scanned..<limit) { word in
                guard !appendVerbs(at: word, bytes, tables) else {
                    stop = word.upperBound
                    return false
                }
                return true
            }
            scanned = stop
            return
        }
        while nextCue < cues.endIndex {
            let start = cues[nextCue].lowerBound
            nextCue += 1
            guard start >= scanned, start < limit, ASCIIByte.isLetter(bytes[start]) else { continue }
            let word = start..<LetterRuns.firstNonLetter(in: bytes, (start + 1)..<limit)
            if appendVerbs(at: word, bytes, tables) {
                scanned = word.upperBound
                return
            }
        }
        scanned = limit
    }

    /// Appends the verbs whose first word is `word` (a run of ASCII letters); whether there were any.
    private mutating func appendVerbs(at word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
                                      _ tables: LeadingVerbCheck.Tables) -> Bool {
        let (index, end) = (word.lowerBound, word.upperBound)
        // Most words are told apart from the verbs by their first two letters and length alone.
        let possible = end - index == 1 ? tables.single & 1 << UInt32((bytes[index] | 0x20) - 0x61) != 0
            : tables.lengths[LeadingVerbCheck.pair(bytes[index] | 0x20, bytes[index + 1] | 0x20)] & 1 << UInt64(min(end - index, 63)) != 0
        guard possible else { return false }
        let found = verbs.count
        tables.firstWords.forEach(PersonIndex.foldedHash(bytes[index..<end])) { position in
            if let phraseEnd = Self.end(of: tables.phrases[position].words, in: bytes, at: index, limit: range.upperBound) {
                verbs.append(LeadingVerbCheck.Verb(rules: tables.phrases[position].rules, start: index, end: phraseEnd))
                rulesWithVerbs |= tables.phrases[position].rules
            }
        }
        return verbs.count > found
    }

    /// Where `words` end when they stand at `start` as whole words in any case, apart by anything but
    /// ASCII letters and digits; `nil` when they do not stand there.
    private static func end(of words: [[UInt8]], in bytes: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Int? {
        var index = start
        for (position, word) in words.enumerated() {
            if position > 0 {
                let separator = index
                while index < limit, !ASCIIByte.isLetter(bytes[index]), !(bytes[index] >= 0x30 && bytes[index] <= 0x39) { index += 1 }
                guard index > separator else { return nil }
            }
            let end = LetterRuns.firstNonLetter(in: bytes, index..<limit)
            guard end - index == word.count else { return nil }
            for offset in 0..<word.count where bytes[index + offset] | 0x20 != word[offset] { return nil }
            index = end
        }
        return index
    }
}
