import Foundation

/// Gathers the speaker candidates of each quotation of a document, with their features: the source named
/// beside it, the speaker of the quotation before, the source named beside the quotation after, the people
/// mentioned in its paragraph and the paragraphs on either side (``appendMentions(_:to:)``), and no speaker
/// at all.
///
/// Candidates are ``LeanCandidate``s: the speaker each gives is the position of a typed speaker in
/// ``typedSpeakers``, worked out once per person of the index, per quotation continued and per source named
/// beside a quotation; ``speaker(of:)`` builds the speaker itself. The quotations are read from the document's
/// state as it was when the builder was made: the choices are written back once it is done with them.
struct SpeakerCandidates {
    /// What the builder reads of each quotation, in text order, besides its speaker: plain values, gathered
    /// once.
    struct Quoted {
        /// How sure the attribution beside the quotation was (0 without one).
        var confidence: Double
        var hasSpeaker: Bool
        /// The speaker was named beside the quotation (by a frame or a reporting clause).
        var namedBeside: Bool
        var inherits: Bool
        var runsOn: Bool
        var opensParagraph: Bool
        var kind: Quotation.Kind
        /// From the opening mark (or the first word) to the closing mark (or the last word).
        var outer: Range<Int>
        var paragraph: Int
        /// Where the speaker's mention ends (0 without a speaker).
        var mentionEnd: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let locator: SentenceLocator
    let index: PersonIndex
    let people: [Person]
    let cues: CueIndex
    /// The document's quotations, whose speakers are read in place.
    private let found: [Extractor.Pending]
    let quoted: [Quoted]
    /// The key (``SpeakerNames``) of each quotation's speaker's name, -1 without one.
    let quotedKeys: [Int]
    /// For each quotation, the nearest earlier one that has a speaker, and the nearest later one whose
    /// speaker was named beside it (-1 when there is none).
    private let previousWithSpeaker: [Int]
    private let nextNamedBeside: [Int]
    /// The document's speaker names, typed and keyed.
    var names: SpeakerNames
    /// How often each speaker was named beside an earlier quotation, by the key of the name, as the
    /// quotations are visited.
    private var timesNamed: [Int]
    private var visited = 0
    /// The typed speakers worked out so far, which candidates refer to by position (the same speakers come
    /// back quotation after quotation).
    private(set) var typedSpeakers: [SpeakerNames.Typed]
    /// Where the typed speaker of each person of the index, of each quotation's own speaker and of each
    /// quotation continued by another is in ``typedSpeakers``: ``unknown`` until worked out, ``untyped`` when
    /// the name is a date or a place.
    var personTypes: [Int]
    private var ownTypes: [Int]
    private var continuedTypes: [Int]
    static let unknown = -2, untyped = -1
    /// How often each person of the index is mentioned, as the mention_frequency feature has it (log1p),
    /// once the person is a candidate.
    var personFrequencies: [Double]
    /// The mentions that may give candidates, with what is known of them.
    var mentions: MentionTable
    /// The words from the end of the quotation whose mentions are being read, counted to mention after mention.
    var wordsAfterQuotation = WordCountFrom(from: 0, upTo: 0)
    /// The nearest mentions of ``appendMentions(_:to:)`` (positions in ``mentions``), with the words from the
    /// quotation to those after it, kept to be refilled quotation after quotation.
    var nearest: [(key: Int, mention: Int, wordsAfter: Int)]

    /// `headline` is the first paragraph when it reads as one (``Extractor/readsAsHeadline(_:_:)``). The
    /// builder's arrays are taken from `buffers`, emptied, and refilled (``giveBack(to:)`` hands them back).
    init(state: Extractor.DocumentState, nameTypes: NameTypes, headline: Range<Int>?,
         reusing buffers: inout SpeakerCandidateBuffers) {
        personTypes = .reused(&buffers.personTypes, repeating: Self.unknown, count: state.index.people.count)
        personFrequencies = .reused(&buffers.personFrequencies, repeating: 0, count: state.index.people.count)
        continuedTypes = .reused(&buffers.continuedTypes, repeating: Self.unknown, count: state.found.count)
        ownTypes = .reused(&buffers.ownTypes, repeating: Self.unknown, count: state.found.count)
        timesNamed = .reused(&buffers.timesNamed)
        typedSpeakers = .reused(&buffers.typedSpeakers)
        nearest = .reused(&buffers.nearest)
        bytes = state.bytes
        locator = state.locator
        index = state.index
        people = state.index.people
        cues = state.cues
        found = state.found
        let paragraphs = state.locator.paragraphs
        var names = SpeakerNames(bytes: state.bytes, index: state.index, nameTypes: nameTypes, headline: headline,
                                 reusing: &buffers.names)
        var quoted = [Quoted].reused(&buffers.quoted), keys = [Int].reused(&buffers.quotedKeys)
        quoted.reserveCapacity(state.found.count)
        keys.reserveCapacity(state.found.count)
        // Fields are read in place: a copy of a `Pending` retains everything it holds.
        state.found.withUnsafeBufferPointer { found in
            for position in found.indices {
                let outer = (found[position].quotation.openMark?.lowerBound ?? found[position].quotation.content.lowerBound)
                    ..< (found[position].quotation.closeMark?.upperBound ?? found[position].quotation.content.upperBound)
                // The speaker is not copied: only where its mention ends and the key of its name are read.
                let mentionEnd = found[position].quotation.speaker?.mention.upperBound
                // The tag is read (`!= nil` would compare the whole source with `nil` as an `Equatable` value).
                let namedBeside = if case .none = found[position].source { false } else { true }
                quoted.append(Quoted(confidence: found[position].quotation.confidence, hasSpeaker: mentionEnd != nil,
                                     namedBeside: namedBeside, inherits: found[position].continuation,
                                     runsOn: found[position].continuesNext, opensParagraph: found[position].opensParagraph,
                                     kind: found[position].quotation.kind, outer: outer,
                                     paragraph: Self.position(of: outer.lowerBound, in: paragraphs),
                                     mentionEnd: mentionEnd ?? 0))
                keys.append(mentionEnd == nil ? -1 : names.key(of: found[position].quotation.speaker!.name))
            }
        }
        self.quoted = quoted
        quotedKeys = keys
        var previous = [Int].reused(&buffers.previousWithSpeaker, repeating: -1, count: quoted.count)
        var next = [Int].reused(&buffers.nextNamedBeside, repeating: -1, count: quoted.count)
        var last = -1
        for position in quoted.indices {
            previous[position] = last
            if quoted[position].hasSpeaker { last = position }
        }
        last = -1
        for position in quoted.indices.reversed() {
            next[position] = last
            if quoted[position].namedBeside && quoted[position].hasSpeaker { last = position }
        }
        previousWithSpeaker = previous
        nextNamedBeside = next
        // The stretches inside quotations, sorted and merged in place: a name there is quoted, not a speaker.
        var covered = [Range<Int>].reused(&buffers.covered)
        for position in quoted.indices { covered.append(quoted[position].outer) }
        covered.sort { $0.lowerBound < $1.lowerBound }
        var merged = 0
        for index in covered.indices {
            if merged > 0, covered[index].lowerBound <= covered[merged - 1].upperBound {
                covered[merged - 1] = covered[merged - 1].lowerBound..<max(covered[merged - 1].upperBound, covered[index].upperBound)
            } else {
                covered[merged] = covered[index]
                merged += 1
            }
        }
        covered.removeSubrange(merged...)
        mentions = MentionTable(state.index.timeline, covered: covered, headline: headline, reusing: &buffers.mentions)
        buffers.covered = covered
        self.names = names
        nearest.reserveCapacity(16)
    }

    /// Hands the builder's arrays back to `buffers`, for the next document's builder to refill (once the
    /// builder is gone, nothing else holds them).
    func giveBack(to buffers: inout SpeakerCandidateBuffers) {
        buffers.quoted = quoted
        buffers.quotedKeys = quotedKeys
        buffers.previousWithSpeaker = previousWithSpeaker
        buffers.nextNamedBeside = nextNamedBeside
        buffers.timesNamed = timesNamed
        buffers.typedSpeakers = typedSpeakers
        buffers.personTypes = personTypes
        buffers.ownTypes = ownTypes
        buffers.continuedTypes = continuedTypes
        buffers.personFrequencies = personFrequencies
        buffers.nearest = nearest
        mentions.giveBack(to: &buffers.mentions)
        names.giveBack(to: &buffers.names)
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

    /// `log1p` of the counts below 64, worked out once: the features that measure a count (words, paragraphs
    /// or quotations apart, times named) take it of small numbers, candidate after candidate.
    private static let smallLog1p = (0..<64).map { Foundation.log1p(Double($0)) }

    /// `log1p(Double(count))`, for a small count from the table.
    static func log1p(_ count: Int) -> Double {
        count >= 0 && count < smallLog1p.count ? smallLog1p[count] : Foundation.log1p(Double(count))
    }

    /// How sure the attribution beside quotation `position` was: what its frame candidate's confidence starts from.
    func confidenceBeside(_ position: Int) -> Double { quoted[position].confidence }

    /// The speaker `candidate` gives, built: its typed speaker with its mention; `nil` for no speaker.
    func speaker(of candidate: LeanCandidate) -> Quotation.Speaker? {
        guard candidate.hasSpeaker else { return nil }
        var speaker = typedSpeakers[candidate.typed].speaker
        speaker.mention = candidate.mention
        return speaker
    }

    /// Empties `candidates` and fills it with the candidates of quotation `position`; call in text order
    /// (the counts of earlier speakers follow).
    mutating func fill(_ candidates: inout [LeanCandidate], for position: Int) {
        while visited < position {
            if quoted[visited].namedBeside, quoted[visited].hasSpeaker { count(quotedKeys[visited]) }
            visited += 1
        }
        candidates.removeAll(keepingCapacity: true)
        var none = LeanCandidate(origin: .none)
        let kind = quoted[position].kind
        none.mark(.none)
        none.mark(.noneDirect, kind == .direct)
        none.mark(.nonePartial, kind == .partial)
        none.mark(.noneIndirect, kind == .indirect)
        none.mark(.noneOpensParagraph, quoted[position].opensParagraph)
        candidates.append(none)
        if quoted[position].hasSpeaker { appendFrame(position, to: &candidates) }
        if previousWithSpeaker[position] >= 0 { appendPrevious(previousWithSpeaker[position], position, to: &candidates) }
        if nextNamedBeside[position] >= 0 { appendNext(nextNamedBeside[position], position, to: &candidates) }
        appendMentions(position, to: &candidates)
        if previousWithSpeaker[position] >= 0 { markNamedSincePrevious(previousWithSpeaker[position], in: &candidates) }
        for index in candidates.indices where candidates[index].hasSpeaker {
            let key = candidates[index].speakerKey
            if key < timesNamed.count, timesNamed[key] > 0 { candidates[index][.earlierSpeaker] = Self.log1p(timesNamed[key]) }
        }
    }

    /// The candidates of quotation `position` (``fill(_:for:)`` into a new array).
    mutating func candidates(for position: Int) -> [LeanCandidate] {
        var candidates: [LeanCandidate] = []
        fill(&candidates, for: position)
        return candidates
    }

    /// Counts one more quotation beside which the speaker with name key `key` was named.
    private mutating func count(_ key: Int) {
        if key >= timesNamed.count { timesNamed.append(contentsOf: repeatElement(0, count: key + 1 - timesNamed.count)) }
        timesNamed[key] += 1
    }

    /// A candidate giving the typed speaker at `typed` in `typedSpeakers` (``typedSpeakers``), with its
    /// mention and key, and marked an organisation when it is one. (Static: a method of the builder called
    /// while it changes would copy the whole builder.)
    static func candidate(_ origin: SpeakerCandidate.Origin, typed: Int, in typedSpeakers: [SpeakerNames.Typed]) -> LeanCandidate {
        var candidate = LeanCandidate(origin: origin, typed: typed, mention: typedSpeakers[typed].speaker.mention,
                                      speakerKey: typedSpeakers[typed].key)
        candidate.mark(.organisation, typedSpeakers[typed].organisation)
        return candidate
    }

    private mutating func appendFrame(_ position: Int, to candidates: inout [LeanCandidate]) {
        let remembered = ownTyped(position)
        guard remembered >= 0 else { return }
        let resolution = found[position].quotation.speaker!.resolution
        let name = typedSpeakers[remembered].speaker.name
        let unknownSingleWord = resolution == .named && !Self.hasSpace(name)
            && index.person(matching: PersonIndex.foldedWords(of: name), near: 0) == nil
        var frame = Self.candidate(.frame, typed: remembered, in: typedSpeakers)
        frame.mark(.frame)
        switch resolution {
        case .named: frame.mark(.frameNamed)
        case .surname: frame.mark(.frameSurname)
        case .pronoun: frame.mark(.framePronoun)
        case .role: frame.mark(.frameRole)
        case .continuation: frame.mark(.frameContinuation)
        case .source: frame.mark(.frameSource)
        case .unresolved: frame.mark(.frameUnresolved)
        }
        frame.mark(.frameUnknownSingleWord, unknownSingleWord)
        frame.mark(.frameIndirect, quoted[position].kind == .indirect)
        frame[.frameConfidence] = quoted[position].confidence
        candidates.append(frame)
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

    /// Where the typed speaker of quotation `position`'s own speaker (it has one) is in ``typedSpeakers``,
    /// worked out once: its frame candidate gives it, and the candidates that continue it are made from it.
    private mutating func ownTyped(_ position: Int) -> Int {
        if ownTypes[position] == Self.unknown {
            ownTypes[position] = remember(names.typed(found[position].quotation.speaker!, key: quotedKeys[position]))
        }
        return ownTypes[position]
    }

    /// A candidate that continues the speaker of another quotation, as its entity type allows; `nil` when
    /// the speaker's name is a date or a place.
    private mutating func continuation(of position: Int, origin: SpeakerCandidate.Origin, feature: SpeakerFeature) -> LeanCandidate? {
        if continuedTypes[position] == Self.unknown {
            let own = ownTyped(position)
            continuedTypes[position] = own >= 0 ? remember(Self.continued(typedSpeakers[own])) : Self.untyped
        }
        guard continuedTypes[position] >= 0 else { return nil }
        var continued = Self.candidate(origin, typed: continuedTypes[position], in: typedSpeakers)
        continued.mark(feature)
        return continued
    }

    /// The typed speaker that continues `own`, a quotation's own typed speaker: a source stays a source, and
    /// a person's name (found through a pronoun or not: "He said …" never prints the pronoun) continues.
    /// ``SpeakerNames/typed(_:key:)`` of the speaker with that resolution gives the same: it reads the
    /// resolution only to keep a source's or a pronoun's name as it is, and gives an organisation as a source.
    static func continued(_ own: SpeakerNames.Typed) -> SpeakerNames.Typed {
        var continued = own
        if continued.speaker.resolution != .source { continued.speaker.resolution = .continuation }
        return continued
    }

    /// Keeps a typed speaker among ``typedSpeakers``; returns where, or ``untyped`` for none.
    mutating func remember(_ typed: SpeakerNames.Typed?) -> Int {
        guard let typed else { return Self.untyped }
        typedSpeakers.append(typed)
        return typedSpeakers.count - 1
    }

    private mutating func appendPrevious(_ previous: Int, _ position: Int, to candidates: inout [LeanCandidate]) {
        guard var candidate = continuation(of: previous, origin: .previous, feature: .previous) else { return }
        let apart = quoted[position].paragraph - quoted[previous].paragraph
        candidate.mark(.previousSameParagraph, apart == 0)
        candidate.mark(.previousAdjacentParagraph, apart == 1)
        candidate[.previousParagraphsApart] = Self.log1p(max(0, apart))
        candidate.mark(.previousOpensParagraph, quoted[position].opensParagraph)
        candidate.mark(.previousWasNamedBeside, quoted[previous].namedBeside)
        candidate.mark(.previousSplit, quoted[position].inherits)
        candidate.mark(.previousPartial, quoted[position].kind == .partial)
        candidate.mark(.previousIndirect, quoted[position].kind == .indirect)
        candidate[.previousQuotesBetween] = Self.log1p(position - previous - 1)
        candidates.append(candidate)
    }

    private mutating func appendNext(_ next: Int, _ position: Int, to candidates: inout [LeanCandidate]) {
        guard var candidate = continuation(of: next, origin: .next, feature: .next) else { return }
        let apart = quoted[next].paragraph - quoted[position].paragraph
        candidate.mark(.nextSameParagraph, apart == 0)
        candidate.mark(.nextAdjacentParagraph, apart == 1)
        candidate.mark(.nextRunsOn, quoted[position].runsOn)
        candidate.mark(.nextPartial, quoted[position].kind == .partial)
        candidates.append(candidate)
    }
}
