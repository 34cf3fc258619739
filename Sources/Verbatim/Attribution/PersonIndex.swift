import Foundation

/// A person an article names, with every place it names them.
public struct Person: Sendable, Hashable {
    /// The fullest name the article gives.
    public var name: String
    /// The name's words, case and accents folded, for matching shorter mentions.
    public var words: [String]
    /// Title words written in front of the name anywhere in the article, folded ("russian", "president").
    public var titleWords: Set<String>
    /// The gender an honorific implies, when one was used.
    public var gender: Lexicon.Gender?
    /// Every mention (name, or honorific and name) as written.
    public var mentions: [Range<Int>]
    /// Titles and affiliations written next to the name.
    public var affiliations: [Range<Int>]
}

/// The people named in one document and where each is mentioned, built by scanning the text with the
/// patterns of `Rules/attribution/people.yml`.
final class PersonIndex {
    private(set) var people: [Person] = []
    /// Mentions in text order: where, whom, and whether the mention opens its sentence (subject position).
    private(set) var timeline: [(offset: Int, person: Int, opensSentence: Bool, isObject: Bool)] = []
    /// Words after which a name is an object ("met Putin", "to Putin"), from the lexicon.
    var prepositions: Set<String> = []

    /// Case- and accent-insensitive form of a name word, without stray punctuation.
    static func fold(_ word: String) -> String {
        var word = word
        let folded: String? = word.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") { continue }
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let folded { return folded }
        return NameCleaner.display(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "")
    }

    /// The folded words of a name (split at spaces and hyphens).
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if scalar == " " || scalar == "-" || scalar == "\n" || scalar == "\t" {
                if !current.isEmpty { words.append(fold(current)); current = "" }
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { words.append(fold(current)) }
        return words.filter { !$0.isEmpty }
    }

    /// The person whose name holds all of `words`; when several do, the one mentioned last before `offset`
    /// (or, failing that, first after it).
    func person(matching words: [String], near offset: Int) -> Int? {
        guard !words.isEmpty else { return nil }
        let candidates = people.indices.filter { index in
            let known = people[index].words
            return words.allSatisfy { known.contains($0) } || known.allSatisfy { words.contains($0) }
        }
        if candidates.count <= 1 { return candidates.first }
        let before = timeline.last { $0.offset < offset && candidates.contains($0.person) }
        return before?.person ?? candidates.first
    }

    /// Records a mention of a named person, creating the person when the name is new. Returns its index.
    @discardableResult
    func add(_ clean: CleanName, bytes: UnsafeBufferPointer<UInt8>, affiliation: Range<Int>?,
             opensSentence: Bool, titleWords: Set<String> = [], create: Bool = true) -> Int? {
        let isObject = follows(prepositions, bytes: bytes, offset: clean.mentionRange.lowerBound)
        let words = Self.words(of: clean.name)
        let index: Int
        if let found = person(matching: words, near: clean.mentionRange.lowerBound) {
            index = found
            if words.count > people[index].words.count && words.count >= 2 {
                people[index].name = clean.name
                people[index].words = words
            }
        } else {
            guard create else { return nil }
            people.append(Person(name: clean.name, words: words, titleWords: [], gender: nil, mentions: [], affiliations: []))
            index = people.count - 1
        }
        if !people[index].mentions.contains(clean.mentionRange) { people[index].mentions.append(clean.mentionRange) }
        if let affiliation, !people[index].affiliations.contains(affiliation) { people[index].affiliations.append(affiliation) }
        people[index].titleWords.formUnion(titleWords)
        if let gender = clean.gender, people[index].gender == nil { people[index].gender = gender }
        let entry = (offset: clean.mentionRange.lowerBound, person: index, opensSentence: opensSentence, isObject: isObject)
        let position = timeline.firstIndex { $0.offset > entry.offset } ?? timeline.count
        if !(position > 0 && timeline[position - 1].offset == entry.offset) { timeline.insert(entry, at: position) }
        return index
    }

    /// Scans `range` for people: names with a title in front, an appositive or a speech verb next to them.
    /// One-word names are recorded only as mentions of people already found.
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, matchers: PeopleMatchers, cleaner: NameCleaner,
              cues: CueIndex, sentenceStart: (Int) -> Int) throws {
        let mention = matchers.mention, after = matchers.introducedAfter
        let creditAfter = matchers.notAPersonAfter, creditBefore = matchers.notAPersonBefore
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var candidates: [(CleanName, Range<Int>, Bool)] = []
        var laterMentions: [Range<Int>] = []
        // Names start at a capitalised word: try the pattern anchored there only, not at every byte.
        var offset = 0
        while let start = Self.nextCapitalisedWord(in: slice, from: offset) {
            guard let match = try mention.firstMatch(in: slice, from: start, anchored: true) else {
                offset = start + 1
                continue
            }
            offset = max(match.range.upperBound, start + 1)
            let found = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
            // A single word can only be a later mention of someone introduced in full: decide after the scan.
            if !bytes[found].contains(0x20) {
                laterMentions.append(found)
                continue
            }
            let rest = found.upperBound..<min(range.upperBound, found.upperBound + 240)
            let lead = max(range.lowerBound, found.lowerBound - 40)..<found.lowerBound
            let appositive = try after.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[rest]), anchored: true) != nil
            let verbBefore = cues.cue(endingBefore: found.lowerBound, in: bytes) != nil
            // Only a title, an appositive, a speech verb or a title glued to the name introduces a person;
            // anything else can only be a later mention, decided cheaply after the scan.
            guard appositive || verbBefore || cleaner.mayHoldTitle(bytes, found) else {
                laterMentions.append(found)
                continue
            }
            if try creditAfter.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[rest]), anchored: true) != nil
                || creditBefore.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[lead])) != nil {
                continue
            }
            guard let clean = cleaner.clean(bytes, found) else { continue }
            let introduced = clean.titleRange != nil || clean.hadFusedTitle || appositive || verbBefore
            candidates.append((clean, found, introduced))
        }
        // People first (two or more name words, introduced), then every shorter or later mention of them.
        for (clean, found, introduced) in candidates where introduced && clean.wordCount >= 2 {
            add(clean, bytes: bytes, affiliation: clean.titleRange, opensSentence: opens(found, sentenceStart),
                titleWords: titleWords(bytes, clean))
        }
        for (clean, found, _) in candidates {
            add(clean, bytes: bytes, affiliation: clean.titleRange, opensSentence: opens(found, sentenceStart),
                titleWords: titleWords(bytes, clean), create: false)
        }
        let knownWords = Set(people.flatMap(\.words).map { Self.foldedHash(Array($0.utf8)[...]) })
        for found in laterMentions where mentionsKnownWord(bytes, found, knownWords) {
            guard let clean = cleaner.clean(bytes, found) else { continue }
            add(clean, bytes: bytes, affiliation: nil, opensSentence: opens(found, sentenceStart), create: false)
        }
    }

    /// Whether a word of `range` is (by its folded hash) one of `known`; words with non-ASCII letters
    /// always pass, to be checked properly.
    private func mentionsKnownWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ known: Set<UInt64>) -> Bool {
        var start = range.lowerBound
        for index in range.lowerBound...range.upperBound where index == range.upperBound || bytes[index] == 0x20 || bytes[index] == 0x2D {
            if index > start {
                let word = bytes[start..<index]
                if word.contains(where: { $0 >= 0x80 }) || known.contains(Self.foldedHash(word)) { return true }
            }
            start = index + 1
        }
        return false
    }

    /// FNV-1a of a word's ASCII bytes, lower-cased, without periods and commas (as ``fold(_:)`` folds).
    static func foldedHash<C: Collection<UInt8>>(_ word: C) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
            hash = (hash ^ UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)) &* 0x100_0000_01b3
        }
        return hash
    }

    /// The offset of the next word that starts with an upper-case letter (or a non-ASCII letter, checked
    /// by the pattern itself), at or after `offset`.
    static func nextCapitalisedWord(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC0 {
                let previous = index > 0 ? bytes[index - 1] : 0x20
                let wordBefore = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A || previous >= 0x80
                    || (previous >= 0x30 && previous <= 0x39)
                if !wordBefore { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether the word before `offset` is one of `words` (lowercased).
    private func follows(_ words: Set<String>, bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> Bool {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, (bytes[start - 1] | 0x20) >= 0x61 && (bytes[start - 1] | 0x20) <= 0x7A { start -= 1 }
        return start < end && words.contains(ByteText.string(bytes, start..<end).lowercased())
    }

    private func opens(_ found: Range<Int>, _ sentenceStart: (Int) -> Int) -> Bool {
        found.lowerBound - sentenceStart(found.lowerBound) <= 12
    }

    private func titleWords(_ bytes: UnsafeBufferPointer<UInt8>, _ clean: CleanName) -> Set<String> {
        guard let title = clean.titleRange else { return [] }
        return Set(Self.words(of: ByteText.string(bytes, title)))
    }
}
