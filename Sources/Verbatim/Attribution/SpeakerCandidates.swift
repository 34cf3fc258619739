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
    /// The first paragraph, when it reads as a headline (no sentence end): its names are not speakers.
    private let headline: Range<Int>?
    /// The document's speaker names, typed and keyed.
    private var names: SpeakerNames
    /// How often each speaker was named beside an earlier quotation, by the key of the name, as the
    /// quotations are visited.
    private var timesNamed: [Int] = []
    private var visited = 0
    /// The typed speaker of each person of the index and of each quotation continued by another, once
    /// worked out (the same speakers come back quotation after quotation): `nil` until then.
    private var personTypes: [SpeakerNames.Typed??]
    private var continuedTypes: [SpeakerNames.Typed??]
    /// The nearest mentions of ``appendMentions(_:to:)``, kept to be refilled quotation after quotation.
    private var nearest: [(key: Int, entry: MentionTimeline.Entry)] = []

    init(state: Extractor.DocumentState, nameTypes: NameTypes) {
        personTypes = Array(repeating: nil, count: state.index.people.count)
        continuedTypes = Array(repeating: nil, count: state.found.count)
        bytes = state.bytes
        locator = state.locator
        index = state.index
        people = state.index.people
        cues = state.cues
        let paragraphs = state.locator.paragraphs
        quoted = state.found.map { pending in
            let quotation = pending.quotation
            let outer = (quotation.openMark?.lowerBound ?? quotation.content.lowerBound)
                ..< (quotation.closeMark?.upperBound ?? quotation.content.upperBound)
            return Quoted(speaker: quotation.speaker, confidence: quotation.confidence, namedBeside: pending.source != nil, inherits: pending.continuation,
                          runsOn: pending.continuesNext, opensParagraph: pending.opensParagraph, kind: quotation.kind,
                          outer: outer, paragraph: Self.position(of: outer.lowerBound, in: paragraphs))
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
        let headline = paragraphs.first.flatMap { Self.readsAsHeadline($0, state.bytes) ? $0 : nil }
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

    /// A first paragraph that does not end a sentence (no final period, question or exclamation mark, or
    /// closing quotation mark after one) is a headline.
    static func readsAsHeadline(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, ASCIIByte.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > paragraph.lowerBound else { return false }
        var last = end - 1
        // Step back over closing quotation marks (ASCII, or the three bytes of ” and ’).
        while last > paragraph.lowerBound {
            if bytes[last] == UInt8(ascii: "\"") || bytes[last] == UInt8(ascii: "'") { last -= 1; continue }
            if last >= paragraph.lowerBound + 2, bytes[last - 2] == 0xE2, bytes[last - 1] == 0x80,
               bytes[last] == 0x9D || bytes[last] == 0x99 { last -= 3; continue }
            break
        }
        let byte = bytes[last]
        return !(byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":"))
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
        let quote = quoted[position]
        candidates.removeAll(keepingCapacity: true)
        var none = SpeakerCandidate(origin: .none, speaker: nil)
        none.mark(.none)
        none.mark(.noneDirect, quote.kind == .direct)
        none.mark(.nonePartial, quote.kind == .partial)
        none.mark(.noneIndirect, quote.kind == .indirect)
        none.mark(.noneOpensParagraph, quote.opensParagraph)
        candidates.append(none)
        if let speaker = quote.speaker { appendFrame(speaker, position, to: &candidates) }
        if previousWithSpeaker[position] >= 0 { appendPrevious(previousWithSpeaker[position], position, to: &candidates) }
        if nextNamedBeside[position] >= 0 { appendNext(nextNamedBeside[position], position, to: &candidates) }
        appendMentions(quote, to: &candidates)
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

    /// Counts one more quotation beside which the speaker with name key `key` was named.
    private mutating func count(_ key: Int) {
        if key >= timesNamed.count { timesNamed.append(contentsOf: repeatElement(0, count: key + 1 - timesNamed.count)) }
        timesNamed[key] += 1
    }

    private mutating func appendFrame(_ speaker: Quotation.Speaker, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        let quote = quoted[position]
        guard let typed = names.typed(speaker, key: quotedKeys[position]) else { return }
        var candidate = SpeakerCandidate(origin: .frame, speaker: typed.speaker, speakerKey: typed.key)
        candidate.mark(.frame)
        candidate.mark(.organisation, typed.organisation)
        switch speaker.resolution {
        case .named: candidate.mark(.frameNamed)
        case .surname: candidate.mark(.frameSurname)
        case .pronoun: candidate.mark(.framePronoun)
        case .role: candidate.mark(.frameRole)
        case .continuation: candidate.mark(.frameContinuation)
        case .source: candidate.mark(.frameSource)
        case .unresolved: candidate.mark(.frameUnresolved)
        }
        candidate.mark(.frameUnknownSingleWord, speaker.resolution == .named && !Self.hasSpace(typed.speaker.name)
                       && index.person(matching: PersonIndex.foldedWords(of: typed.speaker.name), near: 0) == nil)
        candidate.mark(.frameIndirect, quote.kind == .indirect)
        candidate[.frameConfidence] = quote.confidence
        candidates.append(candidate)
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

    /// A candidate that continues the speaker of another quotation, as its entity type allows.
    private mutating func continuation(of position: Int, origin: SpeakerCandidate.Origin, feature: SpeakerFeature) -> SpeakerCandidate? {
        if continuedTypes[position] == nil {
            // A source stays a source; a person's name continues.
            let other = quoted[position].speaker!
            let resolution: Quotation.Speaker.Resolution = other.resolution == .source ? .source : .continuation
            continuedTypes[position] = .some(names.typed(Quotation.Speaker(name: other.name, mention: other.mention, resolution: resolution),
                                                         key: quotedKeys[position]))
        }
        guard let typed = continuedTypes[position]! else { return nil }
        var candidate = SpeakerCandidate(origin: origin, speaker: typed.speaker, speakerKey: typed.key)
        candidate.mark(feature)
        candidate.mark(.organisation, typed.organisation)
        return candidate
    }

    private mutating func appendPrevious(_ previous: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        guard var candidate = continuation(of: previous, origin: .previous, feature: .previous) else { return }
        let apart = quoted[position].paragraph - quoted[previous].paragraph
        candidate.mark(.previousSameParagraph, apart == 0)
        candidate.mark(.previousAdjacentParagraph, apart == 1)
        candidate[.previousParagraphsApart] = log1p(Double(max(0, apart)))
        candidate.mark(.previousOpensParagraph, quoted[position].opensParagraph)
        candidate.mark(.previousWasNamedBeside, quoted[previous].namedBeside)
        candidate.mark(.previousSplit, quoted[position].inherits)
        candidate.mark(.previousPartial, quoted[position].kind == .partial)
        candidate.mark(.previousIndirect, quoted[position].kind == .indirect)
        candidate[.previousQuotesBetween] = log1p(Double(position - previous - 1))
        candidates.append(candidate)
    }

    private mutating func appendNext(_ next: Int, _ position: Int, to candidates: inout [SpeakerCandidate]) {
        guard var candidate = continuation(of: next, origin: .next, feature: .next) else { return }
        let apart = quoted[next].paragraph - quoted[position].paragraph
        candidate.mark(.nextSameParagraph, apart == 0)
        candidate.mark(.nextAdjacentParagraph, apart == 1)
        candidate.mark(.nextRunsOn, quoted[position].runsOn)
        candidate.mark(.nextPartial, quoted[position].kind == .partial)
        candidates.append(candidate)
    }

    /// The people mentioned in the quotation's paragraph and the paragraphs on either side, outside any
    /// quotation: the nearest mention of each person on each side, in the order of the people (each
    /// person's mention before the quotation first).
    private mutating func appendMentions(_ quote: Quoted, to candidates: inout [SpeakerCandidate]) {
        let paragraphs = locator.paragraphs
        guard !paragraphs.isEmpty else { return }
        let window = paragraphs[max(0, quote.paragraph - 1)].lowerBound
            ..< paragraphs[min(paragraphs.count - 1, quote.paragraph + 1)].upperBound
        let ownParagraph = paragraphs[quote.paragraph]
        // The nearest mention of each person before and after the quotation (few: searched in a list, kept
        // in the order of their keys: person, then side).
        nearest.removeAll(keepingCapacity: true)
        // The keys of the last mention before the quotation and the first after it.
        var closestBefore = -1, closestAfter = -1
        index.timeline.forEach(in: window) { entry in
            if isCovered(entry.offset) || headline?.contains(entry.offset) == true { return }
            let before = entry.offset < quote.outer.lowerBound
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
        let quoteSentence = locator.sentence(containing: quote.outer.lowerBound)
        for (key, entry) in nearest {
            appendMention(entry, before: key % 2 == 0, nearest: key == closestBefore || key == closestAfter,
                          quote, ownParagraph, quoteSentence, to: &candidates)
        }
    }

    /// The candidate of one mention of ``appendMentions(_:to:)``.
    private mutating func appendMention(_ entry: MentionTimeline.Entry, before: Bool, nearest: Bool, _ quote: Quoted,
                                        _ ownParagraph: Range<Int>, _ quoteSentence: Range<Int>?,
                                        to candidates: inout [SpeakerCandidate]) {
        let offset = entry.offset
        let mention = people[entry.person].mentions.first { $0.lowerBound == offset } ?? offset..<offset
        if personTypes[entry.person] == nil {
            personTypes[entry.person] = .some(names.typed(Quotation.Speaker(name: people[entry.person].name, mention: mention,
                                                                           resolution: .named)))
        }
        guard var typed = personTypes[entry.person]! else { return }
        typed.speaker.mention = mention
        var candidate = SpeakerCandidate(origin: .mention, speaker: typed.speaker, speakerKey: typed.key)
        candidate.mark(.mention)
        candidate.mark(.organisation, typed.organisation)
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
        candidate.mark(.mentionNearest, nearest)
        candidate.mark(.mentionPartial, quote.kind == .partial)
        candidate.mark(.mentionIndirect, quote.kind == .indirect)
        candidate[.mentionFrequency] = log1p(Double(people[entry.person].mentions.count))
        candidates.append(candidate)
    }
}
