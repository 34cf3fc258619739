/// Finds the quotations of a document and attributes them: the pipeline from text to ``ExtractionResult``.
///
/// An extractor compiles nothing itself (the ``RuleBook`` holds the compiled patterns) but keeps PCRE2
/// match data, so use one extractor per thread.
public final class Extractor {
    public let rules: RuleBook
    let spanFinder: QuoteSpanFinder
    let segmenter: TextSegmenter
    let frames: FrameAttributor
    let classifier: QuoteClassifier
    let cleaner: NameCleaner
    let cueMatcher: Matcher
    /// Offers the speech-verb search only the word starts where a verb can begin (looked up once, here).
    let cueScanner: CheckedPrefilter<WordStartFilter>?
    let peopleMatchers: PeopleMatchers
    let reported: ReportedSpeechFinder
    let outlets: OutletFinder
    private let splitBetween: Matcher
    /// When set, the time of each pipeline stage is added to it (see `verbatim bench --stages`).
    public var clock: StageClock?
    /// When set, each result keeps how its speakers were chosen (``ExtractionResult/speakerChoices``).
    public var explains = false
    /// The weights of the speaker choice; the rule book's unless set (as `verbatim fit-attribution` does).
    public var speakerModel: SpeakerModel
    /// The entity types of the names met so far, kept from one document to the next.
    let nameTypes: NameTypes
    /// The arrays of the speaker choice, refilled document after document.
    var speakerBuffers = SpeakerCandidateBuffers()

    public init(rules: RuleBook) {
        self.rules = rules
        spanFinder = QuoteSpanFinder(marks: rules.quotationMarks)
        segmenter = TextSegmenter(abbreviations: rules.lexicon.abbreviations)
        frames = FrameAttributor(frames: rules.frames, lexicon: rules.lexicon, spanWords: rules.reportedSpeech.sourceSpan)
        classifier = QuoteClassifier(settings: rules.extraction, workTitleCue: rules.workTitleCue)
        cleaner = NameCleaner(lexicon: rules.lexicon)
        cueMatcher = Matcher(rules.speechCue)
        cueScanner = WordStartFilter.filter(for: rules.speechCue)
        peopleMatchers = PeopleMatchers(rules.people)
        reported = ReportedSpeechFinder(rules: rules, frames: frames)
        outlets = OutletFinder(rules: rules)
        splitBetween = Matcher(rules.frames.splitBetween)
        speakerModel = rules.speakerModel
        nameTypes = NameTypes(types: rules.entityTypes)
    }

    /// Extracts and attributes the quotations of `document`.
    /// - Throws: ``PatternError`` when a rule pattern exceeds its match limits on this text.
    public func extract(_ document: Document) throws -> ExtractionResult {
        try extract([document])[0].get()
    }

    /// A quotation under construction with the source its attribution names.
    struct Pending {
        var quotation: Quotation
        var source: SourceMention?
        /// Takes the speaker of the quotation before it (split or continued quotation).
        var continuation: Bool
        /// The quotation runs on into the next paragraph.
        var continuesNext = false
        /// The quotation opens its paragraph (a candidate continuation of the previous paragraph's speaker).
        var opensParagraph = false
        var paragraph: Range<Int>? = nil
    }

    struct DocumentState {
        let bytes: UnsafeBufferPointer<UInt8>
        let locator: SentenceLocator
        let index: PersonIndex
        let cues: CueIndex
        var found: [Pending] = []
        var labels: [Range<Int>] = []
        var dangling: [Range<Int>] = []
    }

    /// Sorts quotations by where their content starts, keeping the order of those that start together
    /// (as a stable sort does): the offsets are sorted, not the quotations, which are large to move.
    static func sortByContent(_ found: inout [Pending]) {
        let starts = found.map(\.quotation.content.lowerBound)
        guard zip(starts, starts.dropFirst()).contains(where: { $0 > $1 }) else { return }
        let order = starts.indices.sorted { starts[$0] < starts[$1] || (starts[$0] == starts[$1] && $0 < $1) }
        found = order.map { found[$0] }
    }

    func attributeSpans(_ spans: [QuoteSpan], _ state: inout DocumentState) throws {
        let bytes = state.bytes
        var previous: (span: QuoteSpan, after: FrameHit?, accepted: Bool)?
        let comma = Array(",".utf8)
        let beside = try framesBeside(spans, state)
        // A quotation per span at most: the array grows once, not by copying its large values again and again.
        state.found.reserveCapacity(state.found.count + spans.count)
        for (position, span) in spans.enumerated() {
            let content = ByteText.trimmed(bytes, span.content, also: comma)
            guard let around = beside[position] else { continue }
            let (paragraph, sentence, lead, after, before) = (around.paragraph, around.sentence, around.lead, around.after, around.before)
            var split = false, sameSentence = false
            if let earlier = previous, earlier.accepted, paragraph.contains(earlier.span.open.lowerBound) {
                let gapStart = min(span.open.lowerBound, earlier.after?.range.upperBound ?? earlier.span.outer.upperBound)
                split = try splitBetween.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[gapStart..<span.open.lowerBound]),
                                                    anchored: true) != nil
                sameSentence = sentence.contains(earlier.span.open.lowerBound)
            }
            let continued = span.continuesPrevious && (previous?.accepted ?? false)
            let quoteEnd = afterQuote(span, content)
            let context = QuoteClassifier.Context(
                content: content, sentence: sentence, paragraph: paragraph, open: span.open,
                adjacentFrame: after != nil || before != nil,
                frameAfter: after != nil,
                cueInSentence: state.cues.contains(in: sentence.lowerBound..<span.open.lowerBound)
                    || state.cues.contains(in: quoteEnd..<max(sentence.upperBound, quoteEnd)),
                continuation: split || continued, lead: lead)
            guard case .quotation(let kind) = classifier.classify(bytes, context) else {
                state.labels.append(content)
                previous = (span, after, false)
                continue
            }
            // The first frame beside the quotation that names a source (read once: reading cleans the name).
            var hit: FrameHit?, source: SourceMention?
            if let after, let mention = SourceMention.from(after, bytes: bytes, cleaner: cleaner, lexicon: rules.lexicon) {
                hit = after
                source = mention
            } else if let before, let mention = SourceMention.from(before, bytes: bytes, cleaner: cleaner, lexicon: rules.lexicon) {
                hit = before
                source = mention
            }
            var inherits = split || continued
            if hit == nil, let dangling = after ?? before, dangling[.verb] != nil {
                state.dangling.append(dangling.range)
                inherits = true
            }
            if hit == nil && !inherits, sameSentence { inherits = true }
            if hit == nil && !inherits, let close = span.close,
               let closing = try reported.closingAttribution(in: bytes, sentence: sentence, after: close.upperBound, cueIndex: state.cues) {
                hit = closing
                source = SourceMention.from(closing, bytes: bytes, cleaner: cleaner, lexicon: rules.lexicon)
            }
            let quotation = Quotation(kind: kind, content: content, openMark: span.open, closeMark: span.close,
                                      affiliation: source?.affiliation, cue: source?.cue ?? (after ?? before)?[.verb],
                                      frame: hit?.frame)
            state.found.append(Pending(quotation: quotation, source: source, continuation: source == nil && inherits,
                                       continuesNext: span.continuesNext,
                                       opensParagraph: ByteText.trimmed(bytes, paragraph).lowerBound == span.open.lowerBound,
                                       paragraph: paragraph))
            previous = (span, after, true)
        }
    }

    func findReportedSpeech(_ state: inout DocumentState, lostMarks: Bool) throws {
        /// The first index in `ranges` from which `isAfter` holds (it holds for none before), by bisection.
        func firstIndex(in ranges: [Range<Int>], where isAfter: (Range<Int>) -> Bool) -> Int {
            var low = 0, high = ranges.count
            while low < high {
                let middle = (low + high) / 2
                if isAfter(ranges[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        let bytes = state.bytes
        let quoted = state.found.map { $0.quotation.openMark ?? $0.quotation.content }
        let outer = state.found.map { ($0.quotation.openMark?.lowerBound ?? $0.quotation.content.lowerBound)..<($0.quotation.closeMark?.upperBound ?? $0.quotation.content.upperBound) }
        // The quotations by where they open, each with the furthest end of those opening no later: a
        // sentence starts inside one when the furthest end before its start reaches past it.
        let byOpening = outer.sorted { $0.lowerBound < $1.lowerBound }
        var furthest: [Int] = []
        furthest.reserveCapacity(byOpening.count)
        for range in byOpening { furthest.append(max(furthest.last ?? Int.min, range.upperBound)) }
        // In text order (as they usually are), the first quotation opening in a sentence is found by search.
        let quotedInOrder = zip(quoted, quoted.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
        let sentences = state.locator.sentences
        var first = 0, cueCursor = 0
        for paragraph in state.locator.paragraphs {
            while first < sentences.count, sentences[first].upperBound <= paragraph.lowerBound { first += 1 }
            var end = first
            while end < sentences.count, sentences[end].lowerBound < paragraph.upperBound { end += 1 }
            for position in first..<end {
                let sentence = sentences[position]
                let opened = firstIndex(in: byOpening) { $0.lowerBound >= sentence.lowerBound }
                if opened > 0, furthest[opened - 1] > sentence.lowerBound { continue }
                let stop: Int?
                if quotedInOrder {
                    let next = firstIndex(in: quoted) { $0.lowerBound >= sentence.lowerBound }
                    stop = next < quoted.count && quoted[next].lowerBound < sentence.upperBound ? quoted[next].lowerBound : nil
                } else {
                    stop = quoted.first { sentence.contains($0.lowerBound) }?.lowerBound
                }
                let cues = state.cues.cues(in: sentence.lowerBound..<(stop ?? sentence.upperBound), cursor: &cueCursor)
                var found = try reported.find(in: bytes, sentence: sentence, stop: stop, lostMarks: lostMarks,
                                              earlierSentences: sentences[first..<position], cues: cues, cueIndex: state.cues)
                if found == nil, stop != nil {
                    found = try reportedAfterQuotations(in: sentence, from: opened, byOpening, state)
                }
                guard var found else { continue }
                // The rest of the sentence after a reported clause may report another ("…| and said …",
                // "…|, while others said …"); a clause whose rule names no source has the source before it.
                for _ in 0..<Self.reportedClausesPerSentence {
                    if let source = SourceMention.from(found.hit, bytes: bytes, cleaner: cleaner, lexicon: rules.lexicon),
                       !(source.kind == .pronoun(.plural) && reportsThought(found.hit, bytes)) {
                        let quotation = Quotation(kind: found.kind, content: found.clause, affiliation: source.affiliation,
                                                  cue: source.cue, frame: found.hit.frame)
                        state.found.append(Pending(quotation: quotation, source: source, continuation: false))
                    }
                    let rest = found.clause.upperBound..<sentence.upperBound
                    guard found.hit.range.upperBound <= found.clause.lowerBound, rest.lowerBound < (stop ?? rest.upperBound),
                          var next = try reported.find(in: bytes, sentence: rest, stop: stop, lostMarks: false, earlierSentences: [],
                                                       cues: state.cues.cues(in: rest.lowerBound..<(stop ?? rest.upperBound)),
                                                       cueIndex: state.cues, afterClause: true)
                    else { break }
                    if !next.hit.namesSource { next.hit = next.hit.withSource(of: found.hit) }
                    found = next
                }
            }
        }
    }

    /// How many reported clauses one sentence may hold, one after another.
    private static let reportedClausesPerSentence = 3

    /// Whether the verb of a reported-speech hit is a `thinking` or `attitude` verb of the lexicon ("believe"): what
    /// "they" believe is a view put to a group, not speech reported.
    private func reportsThought(_ hit: FrameHit, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let verb = hit[.verb] else { return false }
        let word = ByteText.string(bytes, verb).lowercased()
        return rules.lexicon.thinkingVerbs.contains(word) || rules.lexicon.attitudeVerbs.contains(word)
    }

    /// Reported speech after a quotation inside `sentence` ("“…,” Jacobs said, adding that Sanders did not
    /// rise."): the text after each quotation's closing mark, up to the next quotation, is read as a
    /// sentence of its own. `byOpening` are the quotations' outer ranges by where they open; those from
    /// `first` on open at or after the sentence's start.
    private func reportedAfterQuotations(in sentence: Range<Int>, from first: Int, _ byOpening: [Range<Int>],
                                         _ state: DocumentState) throws -> ReportedSpeechFinder.Found? {
        var index = first
        while index < byOpening.count, byOpening[index].lowerBound < sentence.upperBound {
            let start = byOpening[index].upperBound
            index += 1
            guard start < sentence.upperBound else { break }
            // A quotation opening before this one closes lies inside it; the region ends at the next one after.
            while index < byOpening.count, byOpening[index].lowerBound < start { index += 1 }
            let next = index < byOpening.count && byOpening[index].lowerBound < sentence.upperBound ? byOpening[index].lowerBound : nil
            let region = start..<sentence.upperBound
            let cues = state.cues.cues(in: start..<(next ?? sentence.upperBound))
            if let found = try reported.find(in: state.bytes, sentence: region, stop: next, lostMarks: false,
                                             earlierSentences: [], cues: cues, cueIndex: state.cues, afterQuotation: true) {
                return found
            }
        }
        return nil
    }

    /// Where the text after a quotation starts.
    private func afterQuote(_ span: QuoteSpan, _ content: Range<Int>) -> Int {
        span.close?.upperBound ?? content.upperBound
    }

}
