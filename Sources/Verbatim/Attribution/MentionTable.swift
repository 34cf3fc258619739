/// The mentions of people that may give speaker candidates (``SpeakerCandidates``), in text order: the
/// document's ``MentionTimeline`` without the mentions inside quotations or in a headline, read once per
/// document. What a candidate asks of its mention regardless of the quotation (``Facts``) is worked out the
/// first time the mention is a candidate and kept for the quotations after it: the same mentions are near
/// quotation after quotation.
struct MentionTable {
    /// What the candidates of one mention share.
    struct Facts {
        /// The mention as written (empty at its offset when the person's mentions do not hold it).
        var mention: Range<Int>
        var sentence: Range<Int>?
        /// A speech verb in the 30 bytes after the mention, in the 20 bytes before it, in its sentence.
        var cueAfter: Bool
        var cueBefore: Bool
        var cueInSentence: Bool
        /// A colon right after the mention (a label: "Smith: …").
        var label: Bool
    }

    /// The arrays of a table, kept to be refilled by the next document's (``SpeakerCandidateBuffers``).
    struct Buffers {
        var entries: [MentionTimeline.Entry] = []
        var facts: [Facts?] = []
        var wordsOnward: [WordCountFrom?] = []
    }

    /// The mentions, in text order.
    let entries: [MentionTimeline.Entry]
    private var facts: [Facts?]
    /// The words from the end of each mention on, counted to the quotations after it so far.
    private var wordsOnward: [WordCountFrom?]

    /// The mentions of `timeline` outside `covered` (sorted, disjoint ranges) and `headline`.
    init(_ timeline: MentionTimeline, covered: [Range<Int>], headline: Range<Int>?) {
        var buffers = Buffers()
        self.init(timeline, covered: covered, headline: headline, reusing: &buffers)
    }

    /// ``init(_:covered:headline:)`` in the arrays of `buffers`, taken from it and emptied.
    init(_ timeline: MentionTimeline, covered: [Range<Int>], headline: Range<Int>?, reusing buffers: inout Buffers) {
        var entries = [MentionTimeline.Entry].reused(&buffers.entries)
        var range = 0
        timeline.forEach(in: 0..<Int.max) { entry in
            // The last stretch starting at or before the mention (the first when none does), as the offsets grow.
            while range + 1 < covered.count, covered[range + 1].lowerBound <= entry.offset { range += 1 }
            if range < covered.count, covered[range].contains(entry.offset) { return }
            if headline?.contains(entry.offset) == true { return }
            entries.append(entry)
        }
        self.entries = entries
        facts = .reused(&buffers.facts, repeating: nil, count: entries.count)
        wordsOnward = .reused(&buffers.wordsOnward, repeating: nil, count: entries.count)
    }

    /// Hands the table's arrays back to `buffers`, for the next document's table.
    func giveBack(to buffers: inout Buffers) {
        buffers = Buffers(entries: entries, facts: facts, wordsOnward: wordsOnward)
    }

    /// ``ByteText/wordCount(_:_:upTo:)`` from the end of the mention at `position` (`facts` are its
    /// ``Facts``) to `end`, read on from the count to the quotation before when it reached no further.
    mutating func words(after position: Int, _ facts: Facts, to end: Int, upTo limit: Int,
                        in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if wordsOnward[position]?.limit != limit {
            wordsOnward[position] = WordCountFrom(from: facts.mention.upperBound, upTo: limit)
        }
        return wordsOnward[position]!.count(to: end, in: bytes)
    }

    /// The position of the first mention at or after `offset` (``entries``' count when there is none).
    func first(atOrAfter offset: Int) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].offset < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The facts of the mention at `position`, worked out the first time.
    mutating func facts(of position: Int, people: [Person], locator: SentenceLocator, cues: CueIndex,
                        bytes: UnsafeBufferPointer<UInt8>) -> Facts {
        if let known = facts[position] { return known }
        let offset = entries[position].offset
        let mention = people[entries[position].person].mentions.first { $0.lowerBound == offset } ?? offset..<offset
        let sentence = locator.sentence(containing: offset)
        let end = mention.upperBound
        let found = Facts(mention: mention, sentence: sentence,
                          cueAfter: cues.contains(in: end..<min(bytes.count, end + 30)),
                          cueBefore: cues.contains(in: max(0, offset - 20)..<offset),
                          cueInSentence: sentence.map { cues.contains(in: $0) } ?? false,
                          label: end < bytes.count && bytes[end] == UInt8(ascii: ":"))
        facts[position] = found
        return found
    }
}
