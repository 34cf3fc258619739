import Foundation

/// Gathers the speaker candidates of each quotation of a document, with their features: the source named
/// beside it, the speaker of the quotation before, the source named beside the quotation after, the people
/// mentioned in its paragraph and the paragraphs on either side, and no speaker at all.
///
/// Everything it reads is taken from the document's state once, when it is made, so that choosing speakers
/// can change the quotations meanwhile.
struct SpeakerCandidates {
    /// What the builder keeps of each quotation, in text order.
    private struct Quoted {
        var speaker: Quotation.Speaker?
        /// How sure the attribution beside the quotation was (0 without one).
        var confidence: Double
        /// The speaker was named beside the quotation (by a frame or a reporting clause).
        var namedBeside: Bool
        var inherits: Bool
        var runsOn: Bool
        var opensParagraph: Bool
        var kind: Quotation.Kind
        /// From the opening mark (or the first word) to the closing mark (or the last word).
        var outer: Range<Int>
        var paragraph: Int
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let locator: SentenceLocator
    private let index: PersonIndex
    private let people: [Person]
    private let cues: CueIndex
    private let quoted: [Quoted]
    /// The key (``SpeakerNames``) of each quotation's speaker's name, -1 without one.
    private let quotedKeys: [Int]
    /// For each quotation, the nearest earlier one that has a speaker, and the nearest later one whose
    /// speaker was named beside it (-1 when there is none).
    private let previousWithSpeaker: [Int]
    private let nextNamedBeside: [Int]
    /// The stretches inside quotations, sorted and merged: a name there is quoted, not a speaker.
    private let covered: [Range<Int>]
    /// The first paragraph, when it reads as a headline (``Extractor/readsAsHeadline(_:_:)``): its names are not speakers.
    private let headline: Range<Int>?
    /// The document's speaker names, typed and keyed.
    private var names: SpeakerNames
    /// How often each speaker was named beside an earlier quotation, by the key of the name, as the
    /// quotations are visited.
    private var timesNamed: [Int] = []
    private var visited = 0
    /// The typed speakers worked out so far, and where the typed speaker of each person of the index and of
    /// each quotation continued by another is among them (the same speakers come back quotation after
    /// quotation): ``unknown`` until worked out, ``untyped`` when the name is a date or a place.
    private var typedSpeakers: [SpeakerNames.Typed] = []
    private var personTypes: [Int]
    private var continuedTypes: [Int]
    private static let unknown = -2, untyped = -1
    /// The nearest mentions of ``appendMentions(_:to:)``, kept to be refilled quotation after quotation.
    private var nearest: [(key: Int, entry: MentionTimeline.Entry)] = []

    /// `headline` is the first paragraph when it reads as one (``Extractor/readsAsHeadline(_:_:)``).
    init(state: Extractor.DocumentState, nameTypes: NameTypes, headline: Range<Int>?) {
        personTypes = Array(repeating: Self.unknown, count: state.index.people.count)
        continuedTypes = Array(repeating: Self.unknown, count: state.found.count)
        bytes = state.bytes
        locator = state.locator
        index = state.index
        people = state.index.people
        cues = state.cues
        let paragraphs = state.locator.paragraphs
        // Fields are read in place: a copy of a `Pending` retains everything it holds.
        quoted = state.found.indices.map { position in
            let outer = (state.found[position].quotation.openMark?.lowerBound ?? state.found[position].quotation.content.lowerBound)
                ..< (state.found[position].quotation.closeMark?.upperBound ?? state.found[position].quotation.content.upperBound)
            return Quoted(speaker: state.found[position].quotation.speaker, confidence: state.found[position].quotation.confidence,
                          namedBeside: state.found[position].source != nil, inherits: state.found[position].continuation,
                          runsOn: state.found[position].continuesNext, opensParagraph: state.found[position].opensParagraph,
                          kind: state.found[position].quotation.kind, outer: outer,
                          paragraph: Self.position(of: outer.lowerBound, in: paragraphs))
        }
        var previous = [Int](repeating: -1, count: quoted.count), next = previous
        var last = -1
        for position in quoted.indices {
            previous[position] = last
            if quoted[position].speaker != nil { last = position }
        }
        last = -1
        for position in quoted.indices.reversed() {
            next[position] = last
            if quoted[position].namedBeside && quoted[position].speaker != nil { last = position }
        }
        previousWithSpeaker = previous
        nextNamedBeside = next
        var merged: [Range<Int>] = []
        for range in quoted.map({ $0.outer }).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        covered = merged
        self.headline = headline
        var names = SpeakerNames(bytes: state.bytes, index: state.index, nameTypes: nameTypes, headline: headline)
        quotedKeys = quoted.map { quote in quote.speaker.map { names.key(of: $0.name) } ?? -1 }
        self.names = names
        nearest.reserveCapacity(16)
    }

    /// The index of the last range of `ranges` (sorted, disjoint) that starts at or before `offset`; 0 when none.
    static func position(of offset: Int, in ranges: [Range<Int>]) -> Int {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    private func isCovered(_ offset: Int) -> Bool {
        guard !covered.isEmpty else { return false }
        let range = covered[Self.position(of: offset, in: covered)]
        return range.contains(offset)
    }

    /// How sure the attribution beside quotation `position` was: what its frame candidate's confidence starts from.
    func confidenceBeside(_ position: Int) -> Double { quoted[position].confidence }

    /// Empties `candidates` and fills it with the candidates of quotation `position`; call in text order
    /// (the counts of earlier speakers follow).
    mutating func fill(_ candidates: inout [SpeakerCandidate], for position: Int) {
        while visited < position {
            if quoted[visited].namedBeside, quoted[visited].speaker != nil { count(quotedKeys[visited]) }
            visited += 1
        }
        candidates.removeAll(keepingCapacity: true)
        // Each candidate is made in place at the end of the list: a copy moves all its feature values.
        Self.append(.none, nil, key: -1, to: &candidates)
        let kind = quoted[position].kind
        candidates[0].mark(.none)
        candidates[0].mark(.noneDirect, kind == .direct)
        candidates[0].mark(.nonePartial, kind == .partial)
        candidates[0].mark(.noneIndirect, kind == .indirect)
        candidates[0].mark(.noneOpensParagraph, quoted[position].opensParagraph)
        if let speaker = quoted[position].speaker { appendFrame(speaker, position, to: &candidates) }
        if previousWithSpeaker[position] >= 0 { appendPrevious(previousWithSpeaker[position], position, to: &candidates) }
        if nextNamedBeside[position] >= 0 { appendNext(nextNamedBeside[position], position, to: &candidates) }
        appendMentions(position, to: &candidates)
        if previousWithSpeaker[position] >= 0 { markNamedSincePrevious(previousWithSpeaker[position], in: &candidates) }
        for index in candidates.indices where candidates[index].speaker != nil {
            let key = candidates[index].speakerKey
            if key < timesNamed.count, timesNamed[key] > 0 { candidates[index][.earlierSpeaker] = log1p(Double(timesNamed[key])) }
        }
    }

    /// The candidates of quotation `position` (``fill(_:for:)`` into a new array).
    mutating func candidates(for position: Int) -> [SpeakerCandidate] {
        var candidates: [SpeakerCandidate] = []
        fill(&candidates, for: position)
        return candidates
    }

    /// A candidate without features, copied into place by ``append(_:_:key:to:)``.
    private static let blank = SpeakerCandidate(origin: .none, speaker: nil)

    /// Appends a candidate without feature values and returns its position. It is a blank one copied into
    /// place and given its origin and speaker there: a candidate made aside is copied twice on the way in.
    @discardableResult
    private static func append(_ origin: SpeakerCandidate.Origin, _ speaker: Quotation.Speaker?, key: Int,
                               to candidates: inout [SpeakerCandidate]) -> Int {
        candidates.append(blank)
        let last = candidates.count - 1
        candidates[last].origin = origin
        candidates[last].speaker = speaker
        candidates[last].speakerKey = key
        return last
    }

    /// Counts one more quotation beside which the speaker with name key `key` was named.
    private mutating func count(_ key: Int) {
        if key >= timesNamed.count { timesNamed.append(contentsOf: repeatElement(0, count: key + 1 - timesNamed.count)) }
        timesNamed[key] += 1
    }

    private mutating func appendFrame(_ speaker: Quotation.Speaker, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        guard let typed = names.typed(speaker, key: quotedKeys[position]) else { return }
        let last = Self.append(.frame, typed.speaker, key: typed.key, to: &candidates)
        candidates[last].mark(.frame)
        candidates[last].mark(.organisation, typed.organisation)
        switch speaker.resolution {
        case .named: candidates[last].mark(.frameNamed)
        case .surname: candidates[last].mark(.frameSurname)
        case .pronoun: candidates[last].mark(.framePronoun)
        case .role: candidates[last].mark(.frameRole)
        case .continuation: candidates[last].mark(.frameContinuation)
        case .source: candidates[last].mark(.frameSource)
        case .unresolved: candidates[last].mark(.frameUnresolved)
        }
        candidates[last].mark(.frameUnknownSingleWord, speaker.resolution == .named && !Self.hasSpace(typed.speaker.name)
                              && index.person(matching: PersonIndex.foldedWords(of: typed.speaker.name), near: 0) == nil)
        candidates[last].mark(.frameIndirect, quoted[position].kind == .indirect)
        candidates[last][.frameConfidence] = quoted[position].confidence
    }

    /// Whether `name` holds a space character (read as bytes when the name is ASCII, where every byte is a
    /// character of its own).
    private static func hasSpace(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { utf8 in
            guard ASCIIWord.isASCII(utf8, 0..<utf8.count) else { return String(decoding: utf8, as: UTF8.self).contains(" ") }
            return utf8.contains(0x20)
        }
    }

    /// Appends a candidate that continues the speaker of another quotation, as its entity type allows;
    /// returns its position in `candidates`, `nil` when the speaker's name is a date or a place.
    private mutating func appendContinuation(of position: Int, origin: SpeakerCandidate.Origin, feature: SpeakerFeature,
                                             to candidates: inout [SpeakerCandidate]) -> Int? {
        if continuedTypes[position] == Self.unknown {
            // A source stays a source; a person's name continues. A speaker found through a pronoun ("He
            // said …") is typed as one, so that the pronoun is never taken for the name to print.
            let other = quoted[position].speaker!
            let resolution: Quotation.Speaker.Resolution = switch other.resolution {
            case .source: .source
            case .pronoun: .pronoun
            default: .continuation
            }
            var typed = names.typed(Quotation.Speaker(name: other.name, mention: other.mention, resolution: resolution),
                                    key: quotedKeys[position])
            if typed?.speaker.resolution == .pronoun { typed!.speaker.resolution = .continuation }
            continuedTypes[position] = remember(typed)
        }
        let typed = continuedTypes[position]
        guard typed >= 0 else { return nil }
        let last = Self.append(origin, typedSpeakers[typed].speaker, key: typedSpeakers[typed].key, to: &candidates)
        candidates[last].mark(feature)
        candidates[last].mark(.organisation, typedSpeakers[typed].organisation)
        return last
    }

    /// Keeps a typed speaker among ``typedSpeakers``; returns where, or ``untyped`` for none.
    private mutating func remember(_ typed: SpeakerNames.Typed?) -> Int {
        guard let typed else { return Self.untyped }
        typedSpeakers.append(typed)
        return typedSpeakers.count - 1
    }

    private mutating func appendPrevious(_ previous: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        guard let last = appendContinuation(of: previous, origin: .previous, feature: .previous, to: &candidates) else { return }
        let apart = quoted[position].paragraph - quoted[previous].paragraph
        candidates[last].mark(.previousSameParagraph, apart == 0)
        candidates[last].mark(.previousAdjacentParagraph, apart == 1)
        candidates[last][.previousParagraphsApart] = log1p(Double(max(0, apart)))
        candidates[last].mark(.previousOpensParagraph, quoted[position].opensParagraph)
        candidates[last].mark(.previousWasNamedBeside, quoted[previous].namedBeside)
        candidates[last].mark(.previousSplit, quoted[position].inherits)
        candidates[last].mark(.previousPartial, quoted[position].kind == .partial)
        candidates[last].mark(.previousIndirect, quoted[position].kind == .indirect)
        candidates[last][.previousQuotesBetween] = log1p(Double(position - previous - 1))
    }

    private mutating func appendNext(_ next: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        guard let last = appendContinuation(of: next, origin: .next, feature: .next, to: &candidates) else { return }
        let apart = quoted[next].paragraph - quoted[position].paragraph
        candidates[last].mark(.nextSameParagraph, apart == 0)
        candidates[last].mark(.nextAdjacentParagraph, apart == 1)
        candidates[last].mark(.nextRunsOn, quoted[position].runsOn)
        candidates[last].mark(.nextPartial, quoted[position].kind == .partial)
    }

    /// Marks the people named after the quotation `previous` (the one the previous candidate continues)
    /// and before this one, and, when one of them other than the previous speaker opens a sentence there
    /// (a new subject, not an object), marks the previous candidate as interrupted: the article moved on
    /// to someone else between the two quotations.
    private func markNamedSincePrevious(_ previous: Int, in candidates: inout [SpeakerCandidate]) {
        // After the quotation and the name beside it.
        let since = max(quoted[previous].outer.upperBound, quoted[previous].speaker?.mention.upperBound ?? 0)
        var previousCandidate = -1, previousKey = quotedKeys[previous]
        for index in candidates.indices where candidates[index].origin == .previous {
            previousCandidate = index
            previousKey = candidates[index].speakerKey
        }
        var interrupted = false
        for index in candidates.indices where candidates[index].origin == .mention && candidates[index][.mentionBefore] != 0 {
            guard candidates[index].speaker!.mention.lowerBound >= since else { continue }
            candidates[index].mark(.mentionSincePrevious)
            if candidates[index].speakerKey != previousKey, candidates[index][.mentionOpensSentence] != 0,
               candidates[index][.mentionObject] == 0 { interrupted = true }
        }
        if previousCandidate >= 0 { candidates[previousCandidate].mark(.previousInterrupted, interrupted) }
    }

    /// The people mentioned in the quotation's paragraph and the paragraphs on either side, outside any
    /// quotation: the nearest mention of each person on each side, in the order of the people (each
    /// person's mention before the quotation first).
    private mutating func appendMentions(_ position: Int, to candidates: inout [SpeakerCandidate]) {
        let paragraphs = locator.paragraphs
        guard !paragraphs.isEmpty else { return }
        let paragraph = quoted[position].paragraph, outer = quoted[position].outer
        let window = paragraphs[max(0, paragraph - 1)].lowerBound
            ..< paragraphs[min(paragraphs.count - 1, paragraph + 1)].upperBound
        // The nearest mention of each person before and after the quotation (few: searched in a list, kept
        // in the order of their keys: person, then side).
        nearest.removeAll(keepingCapacity: true)
        // The keys of the last mention before the quotation and the first after it.
        var closestBefore = -1, closestAfter = -1
        index.timeline.forEach(in: window) { entry in
            if isCovered(entry.offset) || headline?.contains(entry.offset) == true { return }
            let before = entry.offset < outer.lowerBound
            let key = entry.person * 2 + (before ? 0 : 1)
            if before { closestBefore = key } else if closestAfter < 0 { closestAfter = key }
            var slot = nearest.count
            while slot > 0, nearest[slot - 1].key >= key { slot -= 1 }
            // Before the quotation the later mention is nearer, after it the earlier one, which comes first.
            if slot < nearest.count, nearest[slot].key == key {
                if before { nearest[slot].entry = entry }
                return
            }
            nearest.insert((key, entry), at: slot)
        }
        guard !nearest.isEmpty else { return }
        let quoteSentence = locator.sentence(containing: outer.lowerBound)
        for (key, entry) in nearest {
            appendMention(entry, before: key % 2 == 0, nearest: key == closestBefore || key == closestAfter,
                          position, paragraphs[paragraph], quoteSentence, to: &candidates)
        }
    }

    /// The candidate of one mention of ``appendMentions(_:to:)``.
    private mutating func appendMention(_ entry: MentionTimeline.Entry, before: Bool, nearest: Bool, _ position: Int,
                                        _ ownParagraph: Range<Int>, _ quoteSentence: Range<Int>?,
                                        to candidates: inout [SpeakerCandidate]) {
        let offset = entry.offset
        let mention = people[entry.person].mentions.first { $0.lowerBound == offset } ?? offset..<offset
        if personTypes[entry.person] == Self.unknown {
            personTypes[entry.person] = remember(names.typed(Quotation.Speaker(name: people[entry.person].name, mention: mention,
                                                                               resolution: .named)))
        }
        let typed = personTypes[entry.person]
        guard typed >= 0 else { return }
        let last = Self.append(.mention, typedSpeakers[typed].speaker, key: typedSpeakers[typed].key, to: &candidates)
        candidates[last].speaker!.mention = mention
        candidates[last].mark(.mention)
        candidates[last].mark(.organisation, typedSpeakers[typed].organisation)
        candidates[last].mark(.mentionBefore, before)
        candidates[last].mark(.mentionAfter, !before)
        let sentence = locator.sentence(containing: offset)
        candidates[last].mark(.mentionSameSentence, sentence != nil && sentence == quoteSentence)
        let inOwn = ownParagraph.contains(offset)
        candidates[last].mark(.mentionSameParagraph, inOwn)
        candidates[last].mark(.mentionPreviousParagraph, !inOwn && offset < ownParagraph.lowerBound)
        candidates[last].mark(.mentionNextParagraph, !inOwn && offset >= ownParagraph.upperBound)
        let outer = quoted[position].outer
        let between = before ? mention.upperBound..<max(mention.upperBound, outer.lowerBound)
            : outer.upperBound..<max(outer.upperBound, offset)
        candidates[last][.mentionWordsApart] = log1p(Double(ByteText.wordCount(bytes, between, upTo: 60)))
        candidates[last].mark(.mentionOpensSentence, entry.opensSentence)
        candidates[last].mark(.mentionObject, entry.isObject)
        let end = mention.upperBound
        candidates[last].mark(.mentionCueAfter, cues.contains(in: end..<min(bytes.count, end + 30)))
        candidates[last].mark(.mentionCueBefore, cues.contains(in: max(0, offset - 20)..<offset))
        if let sentence { candidates[last].mark(.mentionCueInSentence, cues.contains(in: sentence)) }
        candidates[last].mark(.mentionLabel, end < bytes.count && bytes[end] == UInt8(ascii: ":"))
        candidates[last].mark(.mentionNearest, nearest)
        candidates[last].mark(.mentionPartial, quoted[position].kind == .partial)
        candidates[last].mark(.mentionIndirect, quoted[position].kind == .indirect)
        candidates[last][.mentionFrequency] = log1p(Double(people[entry.person].mentions.count))
    }
}
