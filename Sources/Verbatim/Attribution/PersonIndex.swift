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
///
/// The index belongs to the one extraction that scans a document and is only ever used from there, one call
/// at a time: its hot stored properties skip the run-time exclusivity checks (`@exclusivity(unchecked)`), which
/// cost more than the rest of recording a mention.
final class PersonIndex {
    @exclusivity(unchecked) private(set) var people: [Person] = []
    /// Mentions in text order: where, whom, and whether the mention opens its sentence (subject position).
    @exclusivity(unchecked) private(set) var timeline = MentionTimeline()
    /// The entries of ``timeline`` of each person in ``people``.
    @exclusivity(unchecked) private var ownTimelines: [MentionTimeline] = []
    /// Words after which a name is an object ("met Putin", "to Putin"), from the lexicon.
    var prepositions: Set<String> = [] {
        didSet { prepositionTable = nil }
    }
    /// ``prepositions`` as a byte table, once a scan has fetched it from its ``PeopleMatchers``.
    private var prepositionTable: ASCIIWordTable?

    /// ``fold(_:)`` of the non-ASCII name words met so far, by their bytes (folding them is slow).
    private var wideFolds: [[UInt8]: String] = [:]
    /// The folded words of each person in ``people`` and their masks, in one stored property: asking
    /// ``person(matching:near:)`` reads both with one access.
    @exclusivity(unchecked) private var known = KnownPeople()
    /// The mentions and affiliations recorded for each person in ``people``, for adding each once.
    @exclusivity(unchecked) private var recorded: [(mentions: RecordedRanges, affiliations: RecordedRanges)] = []
    /// Title words the scan found for each person, not yet in its ``Person/titleWords``.
    @exclusivity(unchecked) private var pendingTitles: [[FoldedWord]] = []

    /// The person whose name holds all of `words`; when several do, the one mentioned last before `offset`
    /// (or, failing that, first after it).
    func person(matching words: [String], near offset: Int) -> Int? {
        person(matching: words.map(FoldedWord.init), near: offset)
    }

    /// ``person(matching:near:)`` with the words already folded (``foldedWords(of:foldWide:)``).
    func person(matching words: [FoldedWord], near offset: Int) -> Int? {
        person(matching: words[...], near: offset)
    }

    /// ``person(matching:near:)`` with the folded words in a slice (of the words ``CleanedNames`` holds).
    private func person(matching words: ArraySlice<FoldedWord>, near offset: Int) -> Int? {
        guard !words.isEmpty else { return nil }
        let mask = FoldedWord.mask(words)
        let masks = known.masks, known = known.words
        func matches(_ index: Int) -> Bool {
            // Neither word set can hold the other when each has a word whose bit the other lacks.
            if mask & ~masks[index] != 0 && masks[index] & ~mask != 0 { return false }
            let person = known[index]
            return words.allSatisfy({ person.contains($0) }) || person.allSatisfy({ words.contains($0) })
        }
        // Only people who share a word with `words` can match (everyone, while the people are few).
        if let candidates = self.known.candidates(for: words) { return mentionedLast(of: candidates, before: offset, matches) }
        return mentionedLast(of: 0..<masks.count, before: offset, matches)
    }

    /// Of the `candidates` (ascending) for whom `matches` holds: the only one, or, when several do, the one
    /// mentioned last before `offset` (failing that, the first).
    private func mentionedLast<Candidates: RandomAccessCollection<Int>>(of candidates: Candidates, before offset: Int,
                                                                     _ matches: (Int) -> Bool) -> Int? {
        guard let firstPosition = candidates.firstIndex(where: matches) else { return nil }
        let first = candidates[firstPosition]
        guard candidates[candidates.index(after: firstPosition)...].contains(where: matches) else { return first }
        var latest: MentionTimeline.Entry?
        for person in candidates[firstPosition...] where matches(person) {
            guard let entry = ownTimelines[person].last(before: offset) else { continue }
            if latest == nil || entry.offset > latest!.offset { latest = entry }
        }
        return latest?.person ?? first
    }

    /// The folded words of the name of person `index` (those of ``foldedWords(of:foldWide:)`` for its name).
    func foldedWords(ofPerson index: Int) -> [FoldedWord] { known.words[index] }

    /// Records a mention of a named person, creating the person when the name is new. Returns its index.
    @discardableResult
    func add(_ clean: CleanName, bytes: UnsafeBufferPointer<UInt8>, affiliation: Range<Int>?,
             opensSentence: Bool, titleWords: Set<String> = [], create: Bool = true) -> Int? {
        add(clean, words: Self.foldedWords(of: clean.name), bytes: bytes, affiliation: affiliation,
            opensSentence: opensSentence, titleWords: titleWords, create: create)
    }

    /// ``add(_:bytes:affiliation:opensSentence:titleWords:create:)`` with the name's words already folded.
    @discardableResult
    func add(_ clean: CleanName, words: [FoldedWord], bytes: UnsafeBufferPointer<UInt8>, affiliation: Range<Int>?,
             opensSentence: Bool, titleWords: Set<String>, create: Bool) -> Int? {
        let index = join(mention: clean.mentionRange, gender: clean.gender, affiliation: affiliation, words: words[...],
                         name: { clean.name }, bytes: bytes, opensSentence: { opensSentence }, create: create, matched: nil)
        if let index, !titleWords.isEmpty { people[index].titleWords.formUnion(titleWords) }
        return index
    }

    /// The scan's ``add(_:words:bytes:affiliation:opensSentence:titleWords:create:)``: the title words come
    /// folded (no duplicates) and wait in ``pendingTitles`` until the scan ends, so that a person named a
    /// hundred times with the same title hashes no `String` a hundred times.
    private func add(_ candidate: Candidate, names: CleanedNames, bytes: UnsafeBufferPointer<UInt8>,
                     sentenceStart: (Int) -> Int, create: Bool, matched: Int?? = nil) {
        let name = candidate.name
        guard let index = join(mention: name.mentionRange, gender: name.gender, affiliation: name.titleRange,
                               words: names.words(of: name), name: { names.name(of: name) }, bytes: bytes,
                               opensSentence: { opens(candidate.found, sentenceStart) },
                               create: create, matched: matched) else { return }
        // Only a name with a title in front has title words.
        guard name.titleRange != nil else { return }
        for word in names.titles(of: name) where !pendingTitles[index].contains(word) { pendingTitles[index].append(word) }
    }

    /// Records a mention (its range, the gender its honorific implies) without its title words
    /// (``add(_:words:bytes:affiliation:opensSentence:titleWords:create:)``), with the person the words match
    /// when the caller has asked ``person(matching:near:)`` already (`matched`). The display name is asked
    /// only when it names a person, and whether the mention opens its sentence only when it joins the timeline.
    @discardableResult
    private func join(mention: Range<Int>, gender: Lexicon.Gender?, affiliation: Range<Int>?, words: ArraySlice<FoldedWord>,
                      name: () -> String, bytes: UnsafeBufferPointer<UInt8>, opensSentence: () -> Bool, create: Bool,
                      matched: Int??) -> Int? {
        let index: Int
        if let found = matched ?? person(matching: words, near: mention.lowerBound) {
            index = found
            if words.count > known.words[index].count && words.count >= 2 {
                people[index].name = name()
                people[index].words = words.map(\.text)
                known.set(index, words)
            }
        } else {
            guard create else { return nil }
            people.append(Person(name: name(), words: words.map(\.text), titleWords: [], gender: nil, mentions: [],
                                 affiliations: []))
            known.append(words)
            recorded.append((RecordedRanges(), RecordedRanges()))
            ownTimelines.append(MentionTimeline())
            pendingTitles.append([])
            index = people.count - 1
        }
        recorded[index].mentions.append(mention, to: &people[index].mentions)
        if let affiliation { recorded[index].affiliations.append(affiliation, to: &people[index].affiliations) }
        if let gender, people[index].gender == nil { people[index].gender = gender }
        // Whether the mention is an object is asked only of mentions that join the timeline.
        let offset = mention.lowerBound
        if !timeline.contains(offset: offset) {
            let isObject = followsPreposition(bytes, offset: offset)
            let entry = (offset: offset, person: index, opensSentence: opensSentence(), isObject: isObject)
            timeline.insert(entry)
            ownTimelines[index].insert(entry)
        }
        return index
    }

    /// Scans `range` for people: names with a title in front, an appositive or a speech verb next to them.
    /// One-word names are recorded only as mentions of people already found.
    /// `runsIntoHeadline` tells whether a name of so many words at an offset ran into a headline's words
    /// (``HeadlineLines``): such a name is neither a person nor a later mention of one (which would lend it
    /// its name).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, matchers: PeopleMatchers, cleaner: NameCleaner,
              cues: CueIndex, sentenceStart: (Int) -> Int,
              runsIntoHeadline: (_ words: Int, _ offset: Int) -> Bool = { _, _ in false }) throws {
        let mention = matchers.mention
        let creditAfter = matchers.notAPersonAfter, creditBefore = matchers.notAPersonBefore
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let filter = matchers.mentionIsName ? cleaner.nameStarts : nil
        var candidates: [Candidate] = []
        var laterMentions: [Range<Int>] = []
        let cleanedNames = matchers.cleanedNames
        prepositionTable = matchers.prepositionTable(for: prepositions)
        cleanedNames.startDocument()
        // Names start at a capitalised word: try the pattern anchored there only, not at every byte, and
        // only where the bytes leave its answer open.
        var offset = 0
        while let start = Self.nextCapitalisedWord(in: slice, from: offset) {
            let known = filter?.outcome(slice, at: start) ?? .unknown
            if known != .unknown {
                PrefilterCheck.expect(known.match(from: start), mention, in: slice, from: start, anchored: true,
                                      "NameStartFilter disagrees with the mention pattern")
            }
            let matched: Range<Int>
            switch known {
            case .noMatch:
                offset = start + 1
                continue
            case .match(let end):
                matched = start..<end
            case .unknown:
                guard let range = try mention.firstRange(in: slice, from: start, anchored: true) else {
                    offset = start + 1
                    continue
                }
                matched = range
            }
            offset = max(matched.upperBound, start + 1)
            let found = (matched.lowerBound + range.lowerBound)..<(matched.upperBound + range.lowerBound)
            // A single word can only be a later mention of someone introduced in full: decide after the scan.
            if !bytes[found].contains(0x20) {
                laterMentions.append(found)
                continue
            }
            let rest = found.upperBound..<min(range.upperBound, found.upperBound + 240)
            let lead = max(range.lowerBound, found.lowerBound - 40)..<found.lowerBound
            let restText = UnsafeBufferPointer(rebasing: bytes[rest])
            // Only a title, an appositive, a speech verb or a title glued to the name introduces a person;
            // anything else can only be a later mention, decided cheaply after the scan. The speech verb
            // before the name and the appositive pattern are asked only when their answers are needed.
            var verbBefore: Bool?
            func hasVerbBefore() -> Bool {
                if let verbBefore { return verbBefore }
                let known = cues.cue(endingBefore: found.lowerBound, in: bytes) != nil
                verbBefore = known
                return known
            }
            var appositive: Bool?
            if !cleaner.mayHoldTitle(bytes, found) && !hasVerbBefore() {
                appositive = try appositiveFollows(restText, matchers)
                guard appositive == true else {
                    laterMentions.append(found)
                    continue
                }
            }
            let name = cleanedName(bytes, found, cleaner, cleanedNames)
            guard name.isName else { continue }
            if runsIntoHeadline(name.wordCount, found.lowerBound) { continue }
            let introduced = try name.titleRange != nil || name.hadFusedTitle || hasVerbBefore()
                || appositive ?? appositiveFollows(restText, matchers)
            candidates.append(Candidate(name: name, found: found, introduced: introduced, rest: rest, lead: lead))
        }
        // People first (two or more name words, introduced), then every shorter or later mention of them.
        // A photo credit or byline is no mention at all; whether a candidate is one is asked only when the
        // answer matters: when it would create a person, or join one.
        func isCredit(_ candidate: inout Candidate) throws -> Bool {
            if let known = candidate.isCredit { return known }
            let credit = try Self.matches(creditAfter, at: UnsafeBufferPointer(rebasing: bytes[candidate.rest]),
                                          startingWith: matchers.notAPersonAfterStarts)
                || Self.matches(creditBefore, in: UnsafeBufferPointer(rebasing: bytes[candidate.lead]),
                                endingWith: matchers.notAPersonBeforeEnds)
            candidate.isCredit = credit
            return credit
        }
        for position in candidates.indices where candidates[position].introduced && candidates[position].name.wordCount >= 2 {
            guard try !isCredit(&candidates[position]) else { continue }
            add(candidates[position], names: cleanedNames, bytes: bytes, sentenceStart: sentenceStart, create: true)
        }
        for position in candidates.indices {
            // Without a person to join, adding changes nothing, credit or not.
            let name = candidates[position].name
            let matched = person(matching: cleanedNames.words(of: name), near: name.mentionRange.lowerBound)
            if candidates[position].isCredit == nil, matched == nil { continue }
            guard try !isCredit(&candidates[position]) else { continue }
            add(candidates[position], names: cleanedNames, bytes: bytes, sentenceStart: sentenceStart, create: false,
                matched: matched)
        }
        var knownWords = WordHashSet(capacity: known.words.reduce(0) { $0 + $1.count })
        for words in known.words {
            for word in words {
                let (first, length) = WordHashSet.shape(of: word.text.utf8)
                knownWords.insert(Self.foldedHash(word.text.utf8), first: first, length: length)
            }
        }
        for found in laterMentions where knownWords.mayHoldWord(of: bytes, found) {
            let name = cleanedName(bytes, found, cleaner, cleanedNames)
            guard name.isName else { continue }
            if runsIntoHeadline(name.wordCount, found.lowerBound) { continue }
            join(mention: name.mentionRange, gender: name.gender, affiliation: nil, words: cleanedNames.words(of: name),
                 name: { cleanedNames.name(of: name) }, bytes: bytes, opensSentence: { opens(found, sentenceStart) },
                 create: false, matched: nil)
        }
        for index in pendingTitles.indices where !pendingTitles[index].isEmpty {
            // Room for every title word at once: the set is not rehashed as it grows.
            people[index].titleWords.reserveCapacity(people[index].titleWords.count + pendingTitles[index].count)
            people[index].titleWords.formUnion(pendingTitles[index].lazy.map(\.text))
            pendingTitles[index] = []
        }
    }

    /// Whether `introduced_after` matches at the start of `text`.
    private func appositiveFollows(_ text: UnsafeBufferPointer<UInt8>, _ matchers: PeopleMatchers) throws -> Bool {
        try Self.matches(matchers.introducedAfter, at: text, startingWith: matchers.introducedAfterStarts,
                         openings: matchers.introducedAfterOpenings)
    }

    /// Whether `matcher` matches anchored at the start of `text`; not run when its first byte, or the
    /// opening `openings` remembers, rules it out.
    private static func matches(_ matcher: Matcher, at text: UnsafeBufferPointer<UInt8>,
                                startingWith starts: CheckedPrefilter<FirstByteFilter>,
                                openings: CheckedPrefilter<OpeningBytesFilter>? = nil) throws -> Bool {
        let possible = starts.mayMatch(matcher, in: text) && openings?.mayMatch(matcher, in: text) != false
        return try possible && matcher.firstRange(in: text, anchored: true) != nil
    }

    /// Whether `matcher` matches anywhere in `text`; not run when what its matches end with rules it out.
    private static func matches(_ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>,
                                endingWith ends: CheckedPrefilter<LastCharacterFilter>?) throws -> Bool {
        let possible = ends?.mayMatch(matcher, in: text) != false
        return try possible && matcher.firstRange(in: text) != nil
    }

    /// A name found by the scan, with what adding it needs.
    private struct Candidate {
        /// The cleaned name, whose words and title words the document's ``CleanedNames`` holds.
        var name: CleanedNames.Entry
        /// Where the name was found (whether it opens its sentence is asked when it joins the timeline).
        var found: Range<Int>
        var introduced: Bool
        /// The text after the name and the text before it that the photo-credit patterns look at.
        var rest: Range<Int>
        var lead: Range<Int>
        /// Whether the name is a photo credit or byline, once asked.
        var isCredit: Bool? = nil
    }

    /// Whether the word before `offset` is one of ``prepositions`` (lowercased).
    private func followsPreposition(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) -> Bool {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        var start = end
        while start > 0, ASCIIByte.isLetter(bytes[start - 1]) { start -= 1 }
        guard start < end else { return false }
        // Optional chaining reads the table in place (binding it would copy and retain its arrays).
        if let found = prepositionTable?.contains(bytes, start..<end, lowercasing: true) { return found }
        return prepositions.contains(ASCIIWord.lowercased(bytes, start..<end, droppingPeriod: false))
    }

    private func opens(_ found: Range<Int>, _ sentenceStart: (Int) -> Int) -> Bool {
        found.lowerBound - sentenceStart(found.lowerBound) <= 12
    }

    /// The name in `found` cleaned, its folded words and title words kept in `names`: cleaned only the
    /// first time the document writes the same text.
    private func cleanedName(_ bytes: UnsafeBufferPointer<UInt8>, _ found: Range<Int>, _ cleaner: NameCleaner,
                             _ names: CleanedNames) -> CleanedNames.Entry {
        let (known, key) = names.find(bytes, found)
        if let known { return names.entry(known, at: found.lowerBound) }
        let clean = cleaner.clean(bytes, found)
        let index = names.store(clean, key: key, bytes, found, words: { words in
            guard let clean else { return }
            Self.appendFoldedWords(of: clean.name, to: &words) { word in
                if let folded = LetterFold.fold(word) { return folded }
                let key = Array(word)
                if let folded = wideFolds[key] { return folded }
                let folded = Self.fold(word)
                wideFolds[key] = folded
                return folded
            }
        }, titles: { words in
            guard let title = clean?.titleRange else { return }
            // The folded words of the title, each once (``words(of:)`` of the title, as a set). An ASCII title
            // is its own UTF-8; any other goes through `String`, which repairs what is not UTF-8.
            let first = words.count
            func append(_ word: FoldedWord) { if !words[first...].contains(word) { words.append(word) } }
            guard ASCIIWord.isASCII(bytes, title) else {
                Self.foldedWords(of: ByteText.string(bytes, title)).forEach(append)
                return
            }
            Self.forEachFoldedWord(in: UnsafeBufferPointer(rebasing: bytes[title]), foldWide: { Self.fold($0) }, append)
        })
        return names.entry(index, at: found.lowerBound)
    }
}
