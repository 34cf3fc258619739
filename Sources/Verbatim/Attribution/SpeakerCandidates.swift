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
    private let cues: CueIndex
    private let entityTypes: EntityTypes
    private let quoted: [Quoted]
    /// The stretches inside quotations, sorted and merged: a name there is quoted, not a speaker.
    private let covered: [Range<Int>]
    /// The first paragraph, when it reads as a headline (no sentence end): its names are not speakers.
    private let headline: Range<Int>?
    /// The index's names that were taken whole from the headline ("Ted Cruz Refuses").
    private let headlineNames: Set<String>
    /// How often each speaker was named beside an earlier quotation, by name, as the quotations are visited.
    private var timesNamed: [String: Int] = [:]
    private var visited = 0
    /// The answers of ``fullestPerson(bearing:)`` in this document, by surname.
    private var betterNames: [String: String?] = [:]
    /// Entity types of names, kept by the extractor from one document to the next.
    private let nameTypes: NameTypes
    /// The typed speaker of each person of the index and of each quotation continued by another, once
    /// worked out (the same speakers come back quotation after quotation): `nil` until then.
    private var personTypes: [TypedSpeaker??]
    private var continuedTypes: [TypedSpeaker??]

    private typealias TypedSpeaker = (speaker: Quotation.Speaker, organisation: Bool)

    /// `readsAsHeadline` tells whether the first paragraph is a headline (``Extractor/readsAsHeadline(_:_:)``).
    init(state: Extractor.DocumentState, nameTypes: NameTypes, readsAsHeadline: (Range<Int>) -> Bool) {
        self.nameTypes = nameTypes
        personTypes = Array(repeating: nil, count: state.index.people.count)
        continuedTypes = Array(repeating: nil, count: state.found.count)
        let entityTypes = nameTypes.types
        bytes = state.bytes
        locator = state.locator
        index = state.index
        cues = state.cues
        self.entityTypes = entityTypes
        let paragraphs = state.locator.paragraphs
        quoted = state.found.map { pending in
            let quotation = pending.quotation
            let outer = (quotation.openMark?.lowerBound ?? quotation.content.lowerBound)
                ..< (quotation.closeMark?.upperBound ?? quotation.content.upperBound)
            return Quoted(speaker: quotation.speaker, confidence: quotation.confidence, namedBeside: pending.source != nil, inherits: pending.continuation,
                          runsOn: pending.continuesNext, opensParagraph: pending.opensParagraph, kind: quotation.kind,
                          outer: outer, paragraph: Self.position(of: outer.lowerBound, in: paragraphs))
        }
        var merged: [Range<Int>] = []
        for range in quoted.map(\.outer).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        covered = merged
        headline = paragraphs.first.flatMap { readsAsHeadline($0) ? $0 : nil }
        var headlineNames: Set<String> = []
        if let headline {
            for person in state.index.people where person.mentions.contains(where: {
                headline.contains($0.lowerBound) && SourceMention.normalised(state.bytes, $0).hasSuffix(person.name)
            }) {
                headlineNames.insert(person.name)
            }
        }
        self.headlineNames = headlineNames
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

    /// The candidates of quotation `position`; call in text order (the counts of earlier speakers follow).
    mutating func candidates(for position: Int) -> [SpeakerCandidate] {
        while visited < position {
            if quoted[visited].namedBeside, let name = quoted[visited].speaker?.name { timesNamed[name, default: 0] += 1 }
            visited += 1
        }
        let quote = quoted[position]
        var candidates: [SpeakerCandidate] = []
        var none = SpeakerCandidate(origin: .none, speaker: nil)
        none.mark(.none)
        none.mark(.noneDirect, quote.kind == .direct)
        none.mark(.nonePartial, quote.kind == .partial)
        none.mark(.noneIndirect, quote.kind == .indirect)
        none.mark(.noneOpensParagraph, quote.opensParagraph)
        candidates.append(none)
        if let speaker = quote.speaker { appendFrame(speaker, quote, to: &candidates) }
        if let previous = quoted[..<position].lastIndex(where: { $0.speaker != nil }) {
            appendPrevious(previous, position, to: &candidates)
        }
        if let next = quoted[(position + 1)...].firstIndex(where: { $0.namedBeside && $0.speaker != nil }) {
            appendNext(next, position, to: &candidates)
        }
        appendMentions(quote, to: &candidates)
        for index in candidates.indices where candidates[index].speaker != nil {
            let name = candidates[index].speaker!.name
            if let count = timesNamed[name] { candidates[index][.earlierSpeaker] = log1p(Double(count)) }
        }
        return candidates
    }

    private mutating func appendFrame(_ speaker: Quotation.Speaker, _ quote: Quoted, to candidates: inout [SpeakerCandidate]) {
        guard let speaker = typed(speaker) else { return }
        var candidate = SpeakerCandidate(origin: .frame, speaker: speaker.speaker)
        candidate.mark(.frame)
        candidate.mark(.organisation, speaker.organisation)
        switch quote.speaker!.resolution {
        case .named: candidate.mark(.frameNamed)
        case .surname: candidate.mark(.frameSurname)
        case .pronoun: candidate.mark(.framePronoun)
        case .role: candidate.mark(.frameRole)
        case .continuation: candidate.mark(.frameContinuation)
        case .source: candidate.mark(.frameSource)
        case .unresolved: candidate.mark(.frameUnresolved)
        }
        candidate.mark(.frameUnknownSingleWord, quote.speaker!.resolution == .named && !speaker.speaker.name.contains(" ")
                       && index.person(matching: PersonIndex.foldedWords(of: speaker.speaker.name), near: 0) == nil)
        candidate.mark(.frameIndirect, quote.kind == .indirect)
        candidate[.frameConfidence] = quote.confidence
        candidates.append(candidate)
    }

    /// A candidate that continues the speaker of another quotation, as its entity type allows.
    private mutating func continuation(of position: Int, origin: SpeakerCandidate.Origin, feature: SpeakerFeature) -> SpeakerCandidate? {
        if continuedTypes[position] == nil {
            // A source stays a source; a person's name continues.
            let other = quoted[position].speaker!
            let resolution: Quotation.Speaker.Resolution = other.resolution == .source ? .source : .continuation
            continuedTypes[position] = .some(typed(Quotation.Speaker(name: other.name, mention: other.mention, resolution: resolution)))
        }
        guard let speaker = continuedTypes[position]! else { return nil }
        var candidate = SpeakerCandidate(origin: origin, speaker: speaker.speaker)
        candidate.mark(feature)
        candidate.mark(.organisation, speaker.organisation)
        return candidate
    }

    private mutating func appendPrevious(_ previous: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        let (quote, earlier) = (quoted[position], quoted[previous])
        guard var candidate = continuation(of: previous, origin: .previous, feature: .previous) else { return }
        let apart = quote.paragraph - earlier.paragraph
        candidate.mark(.previousSameParagraph, apart == 0)
        candidate.mark(.previousAdjacentParagraph, apart == 1)
        candidate[.previousParagraphsApart] = log1p(Double(max(0, apart)))
        candidate.mark(.previousOpensParagraph, quote.opensParagraph)
        candidate.mark(.previousWasNamedBeside, earlier.namedBeside)
        candidate.mark(.previousSplit, quote.inherits)
        candidate.mark(.previousPartial, quote.kind == .partial)
        candidate.mark(.previousIndirect, quote.kind == .indirect)
        candidate[.previousQuotesBetween] = log1p(Double(position - previous - 1))
        candidates.append(candidate)
    }

    private mutating func appendNext(_ next: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        let (quote, later) = (quoted[position], quoted[next])
        guard var candidate = continuation(of: next, origin: .next, feature: .next) else { return }
        let apart = later.paragraph - quote.paragraph
        candidate.mark(.nextSameParagraph, apart == 0)
        candidate.mark(.nextAdjacentParagraph, apart == 1)
        candidate.mark(.nextRunsOn, quote.runsOn)
        candidate.mark(.nextPartial, quote.kind == .partial)
        candidates.append(candidate)
    }

    /// The people mentioned in the quotation's paragraph and the paragraphs on either side, outside any
    /// quotation: the nearest mention of each person on each side.
    private mutating func appendMentions(_ quote: Quoted, to candidates: inout [SpeakerCandidate]) {
        let paragraphs = locator.paragraphs
        guard !paragraphs.isEmpty else { return }
        let window = paragraphs[max(0, quote.paragraph - 1)].lowerBound
            ..< paragraphs[min(paragraphs.count - 1, quote.paragraph + 1)].upperBound
        let ownParagraph = paragraphs[quote.paragraph]
        // The nearest mention of each person before and after the quotation (few: searched in a list).
        var nearest: [(key: Int, offset: Int, entry: MentionTimeline.Entry)] = []
        index.timeline.forEach(in: window) { entry in
            if isCovered(entry.offset) || headline?.contains(entry.offset) == true { return }
            let before = entry.offset < quote.outer.lowerBound
            let key = entry.person * 2 + (before ? 0 : 1)
            // Before the quotation the later mention is nearer, after it the earlier one, which comes first.
            if let known = nearest.firstIndex(where: { $0.key == key }) {
                if before { nearest[known] = (key, entry.offset, entry) }
                return
            }
            nearest.append((key, entry.offset, entry))
        }
        nearest.sort { $0.key < $1.key }
        let closestBefore = nearest.filter { $0.key % 2 == 0 }.max { $0.offset < $1.offset }?.key
        let closestAfter = nearest.filter { $0.key % 2 == 1 }.min { $0.offset < $1.offset }?.key
        let quoteSentence = nearest.isEmpty ? nil : locator.sentence(containing: quote.outer.lowerBound)
        for (key, offset, entry) in nearest {
            let person = index.people[entry.person]
            let mention = person.mentions.first { $0.lowerBound == offset } ?? offset..<offset
            if personTypes[entry.person] == nil {
                personTypes[entry.person] = .some(typed(Quotation.Speaker(name: person.name, mention: mention, resolution: .named)))
            }
            guard var typed = personTypes[entry.person]! else { continue }
            typed.speaker.mention = mention
            var candidate = SpeakerCandidate(origin: .mention, speaker: typed.speaker)
            candidate.mark(.mention)
            candidate.mark(.organisation, typed.organisation)
            let before = key % 2 == 0
            candidate.mark(.mentionBefore, before)
            candidate.mark(.mentionAfter, !before)
            let sentence = locator.sentence(containing: offset)
            candidate.mark(.mentionSameSentence, sentence != nil && sentence == quoteSentence)
            let inOwn = ownParagraph.contains(offset)
            candidate.mark(.mentionSameParagraph, inOwn)
            candidate.mark(.mentionPreviousParagraph, !inOwn && offset < ownParagraph.lowerBound)
            candidate.mark(.mentionNextParagraph, !inOwn && offset >= ownParagraph.upperBound)
            let between = before ? mention.upperBound..<max(mention.upperBound, quote.outer.lowerBound)
                : quote.outer.upperBound..<max(quote.outer.upperBound, offset)
            candidate[.mentionWordsApart] = log1p(Double(ByteText.wordCount(bytes, between, upTo: 60)))
            candidate.mark(.mentionOpensSentence, entry.opensSentence)
            candidate.mark(.mentionObject, entry.isObject)
            let end = mention.upperBound
            candidate.mark(.mentionCueAfter, cues.contains(in: end..<min(bytes.count, end + 30)))
            candidate.mark(.mentionCueBefore, cues.contains(in: max(0, offset - 20)..<offset))
            if let sentence { candidate.mark(.mentionCueInSentence, cues.contains(in: sentence)) }
            candidate.mark(.mentionLabel, end < bytes.count && bytes[end] == UInt8(ascii: ":"))
            candidate.mark(.mentionNearest, key == closestBefore || key == closestAfter)
            candidate.mark(.mentionPartial, quote.kind == .partial)
            candidate.mark(.mentionIndirect, quote.kind == .indirect)
            candidate[.mentionFrequency] = log1p(Double(person.mentions.count))
            candidates.append(candidate)
        }
    }

    /// The speaker as its entity type allows: dates dropped from the ends of a person's name, a country or
    /// organisation given as a source; `nil` for a date or a place, which never speaks.
    private mutating func typed(_ speaker: Quotation.Speaker) -> TypedSpeaker? {
        var speaker = speaker
        var name = info(speaker.name)
        if speaker.resolution != .source, speaker.resolution != .pronoun,
           name.kind != .person || (!headlineNames.isEmpty && headlineNames.contains(speaker.name)),
           let better = personName(speaker) {
            speaker.name = better
            name = info(better)
        }
        if name.kind != .date, let trimmed = name.withoutDates {
            // The fullest name the index has for what is left, itself without dates (the index may
            // hold the name with the date: "Trump Wednesday").
            let fullest = index.person(matching: PersonIndex.foldedWords(of: trimmed), near: speaker.mention.lowerBound)
                .flatMap { entityTypes.withoutDates(index.people[$0].name) }
            speaker.name = fullest ?? trimmed
            name = info(speaker.name)
        }
        switch name.kind {
        case .date, .place:
            return nil
        case .organisation:
            speaker.resolution = .source
            return (speaker, true)
        case .person:
            return (speaker, speaker.resolution == .source)
        }
    }

    /// A better name for a speaker whose fullest name the index took from a headline ("Ted Cruz Refuses")
    /// or from an organisation or place named after the person ("Trump Tower" for "Mr. Trump"): the
    /// fullest mention, outside the headline, of the most mentioned person who bears the mention's last
    /// word, else the mention as written when it is a name. `nil` when the name is fine.
    private mutating func personName(_ speaker: Quotation.Speaker) -> String? {
        guard !speaker.mention.isEmpty else { return nil }
        let written = SourceMention.normalised(bytes, speaker.mention)
        // A pronoun or role noun ("she", "the senator") that the speaker continues is not a name to print.
        guard written != speaker.name, written.unicodeScalars.first?.properties.isUppercase == true, kind(of: written) == .person,
              let surname = PersonIndex.foldedWords(of: written).last else { return nil }
        if let known = betterNames[surname.text] { return known ?? written }
        let found = fullestPerson(bearing: surname)
        betterNames[surname.text] = .some(found)
        return found ?? written
    }

    /// The fullest mention outside the headline, itself holding `surname`, of the most mentioned person (not
    /// an organisation, place or date) whose name holds `surname`.
    private func fullestPerson(bearing surname: FoldedWord) -> String? {
        var best: (mentions: Int, name: String)?
        for person in index.people where person.mentions.count > best?.mentions ?? 0 && kind(of: person.name) == .person
            && PersonIndex.foldedWords(of: person.name).contains(surname) {
            var fullest: String?
            for mention in person.mentions where !(headline?.contains(mention.lowerBound) ?? false) {
                let text = SourceMention.normalised(bytes, mention)
                if text.split(separator: " ").count > (fullest?.split(separator: " ").count ?? 0), kind(of: text) == .person,
                   PersonIndex.foldedWords(of: text).contains(surname) { fullest = text }
            }
            if let fullest { best = (person.mentions.count, fullest) }
        }
        return best?.name
    }

    /// What the entity types say of a name (``NameTypes``).
    private func info(_ name: String) -> NameTypes.Info { nameTypes.info(name) }

    private func kind(of name: String) -> EntityTypes.Kind { info(name).kind }
}
