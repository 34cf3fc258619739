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
        NameCleaner.display(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "")
    }

    static func words(of name: String) -> [String] {
        name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).map { fold(String($0)) }.filter { !$0.isEmpty }
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
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, rules: PeopleRules, cleaner: NameCleaner,
              sentenceStart: (Int) -> Int) throws {
        let mention = Matcher(rules.mention), after = Matcher(rules.introducedAfter), by = Matcher(rules.introducedBy)
        let creditAfter = Matcher(rules.notAPersonAfter), creditBefore = Matcher(rules.notAPersonBefore)
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var candidates: [(CleanName, Range<Int>, Bool)] = []
        try mention.forEachMatch(in: slice) { match in
            let found = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
            guard let clean = cleaner.clean(bytes, found) else { return true }
            let rest = clean.nameRange.upperBound..<min(range.upperBound, clean.nameRange.upperBound + 240)
            let lead = max(range.lowerBound, found.lowerBound - 40)..<found.lowerBound
            if try creditAfter.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[rest]), anchored: true) != nil
                || creditBefore.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[lead])) != nil {
                return true
            }
            let appositive = try after.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[rest]), anchored: true) != nil
            let verbBefore = try by.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[lead])) != nil
            let introduced = clean.titleRange != nil || clean.hadFusedTitle || appositive || verbBefore
            candidates.append((clean, found, introduced))
            return true
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
    }

    /// Whether the word before `offset` is one of `words` (lowercased).
    private func follows(_ words: Set<String>, bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> Bool {
        var end = offset
        while end > 0, let (scalar, start) = UTF8Scalars.scalar(before: end, in: bytes), scalar.isSpace { end = start }
        var start = end
        while start > 0, let (scalar, previous) = UTF8Scalars.scalar(before: start, in: bytes), scalar.isWordCharacter {
            start = previous
        }
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
