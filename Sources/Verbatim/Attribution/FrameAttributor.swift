/// Runs the attribution frames of a ``RuleBook`` on the text around quotations.
///
/// Holds one ``Matcher`` per frame, so it is cheap to reuse and must stay on one thread.
public final class FrameAttributor {
    /// A frame's id and matcher with the numbers of the named groups the code reads, looked up once (a
    /// class, so that trying the frames in turn retains nothing but the frame itself).
    private final class Compiled {
        let id: String
        let matcher: Matcher
        let groups: [(slot: FrameHit.Group, number: Int)]
        /// The frame opens with `^`: it can match only at the start of the range it is given.
        let opensAtStart: Bool
        /// The frame's `lead:`, which must find something in a range before the frame is tried there.
        let lead: Matcher?
        /// Whether the frame is tried only at starts whose source span reaches a speech cue, and how many
        /// lower-case words of any kind may stand before the cue (`verb_after_source`, `words_before_verb`).
        let verbAfterSource: Bool
        let wordsBeforeVerb: Int
        /// How many words stand between an after-frame's opening spaces and its verb (`verb_after_words`).
        let verbAfterWords: Int?
        /// At most how many words stand between an after-frame's opening spaces and its verb (`verb_within_words`).
        let verbWithinWords: Int?

        init(_ frame: AttributionFrame) {
            id = frame.id
            matcher = Matcher(frame.pattern)
            opensAtStart = PatternOpening.everyMatch(of: frame.pattern.source, opensWith: "^")
            lead = frame.lead.map { Matcher($0) }
            verbAfterSource = frame.verbAfterSource
            wordsBeforeVerb = frame.wordsBeforeVerb
            verbAfterWords = frame.verbAfterWords
            verbWithinWords = frame.verbWithinWords
            groups = FrameHit.Group.allCases.compactMap { slot in
                frame.pattern.groupNumbers[slot.rawValue].map { (slot, $0) }
            }
        }

        /// Whether the frame's lead allows it in `slice` (always, without a lead).
        func allowed(in slice: UnsafeBufferPointer<UInt8>) throws -> Bool {
            guard let lead else { return true }
            return try lead.firstRange(in: slice) != nil
        }

        /// The hit for `match`, found in a slice that starts at `offset` in the document.
        /// The hit for the match `whole` the matcher has just found in a slice that starts at `offset` in
        /// the document, its groups read from the matcher.
        func hit(_ whole: Range<Int>, offset: Int) -> FrameHit {
            FrameHit(frame: id, match: whole, offset: offset, groups: groups, of: matcher)
        }
    }

    private let after: [Compiled]
    private let before: [Compiled]
    /// What a source may hold, for the `verb_after_source` frames; without it, those and the
    /// `verb_after_words` frames are tried everywhere.
    private let sourceSpan: SourceSpan?

    public convenience init(frames: AttributionFrames) {
        self.init(frames: frames, sourceSpan: nil)
    }

    /// Frames whose verbs must be speech cues (`verb_after_source`, checked with a ``SourceSpan`` of
    /// `lexicon` and `spanWords`, and `verb_after_words`) are run only where a cue can be their verb.
    /// That holds only when every speech verb of the lexicon begins and ends with a letter, so that `\b`
    /// stands around it as around a cue; otherwise every frame is tried everywhere.
    init(frames: AttributionFrames, lexicon: Lexicon, spanWords: ReportedSpeechRules.SpanWords) {
        after = frames.after.map(Compiled.init)
        before = frames.before.map(Compiled.init)
        let verbsAreWords = (lexicon.allVerbs + lexicon.characterizingVerbs).allSatisfy {
            $0.first?.isLetter == true && $0.last?.isLetter == true
        }
        sourceSpan = verbsAreWords ? SourceSpan(lexicon: lexicon, span: spanWords) : nil
    }

    /// Whether frames are run only where a speech cue can be their verb.
    var filtersByCues: Bool { sourceSpan != nil }

    private init(frames: AttributionFrames, sourceSpan: SourceSpan?) {
        after = frames.after.map(Compiled.init)
        before = frames.before.map(Compiled.init)
        self.sourceSpan = sourceSpan
    }

    /// The first `after` frame that matches at the start of `range` (the text right after a closing mark).
    public func matchAfter(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> FrameHit? {
        try firstHit(after, bytes, range, anchored: true, cues: nil)
    }

    /// ``matchAfter(in:range:)`` with the document's speech cues, so that `verb_after_source` frames are
    /// not run where their source span reaches none.
    func matchAfter(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, cues: CueIndex) throws -> FrameHit? {
        try firstHit(after, bytes, range, anchored: true, cues: cues)
    }

    /// The first `before` frame that matches `range` (sentence start up to an opening mark); the frames
    /// are anchored at the end of the range by their own `$`.
    public func matchBefore(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> FrameHit? {
        try firstHit(before, bytes, range, anchored: false, cues: nil)
    }

    /// ``matchAfter(in:range:)`` for many ranges at once (`nil` for none), with the same answers: each frame
    /// is tried on every range that no earlier frame matched before the next frame is tried, so that one
    /// pattern's machine code serves a whole document while it is warm in the processor's caches.
    func matchAfter(in bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>?], cues: CueIndex? = nil) throws -> [FrameHit?] {
        var hits = [FrameHit?](repeating: nil, count: ranges.count)
        var open = ranges.indices.filter { ranges[$0].map { !$0.isEmpty } ?? false }
        for compiled in after where !open.isEmpty {
            var remaining: [Int] = []
            for index in open {
                let range = ranges[index]!
                let slice = UnsafeBufferPointer(rebasing: bytes[range])
                if try compiled.allowed(in: slice),
                   let match = try anchoredMatch(compiled, bytes, range, at: range.lowerBound, opensWithSpace: true, cues: cues) {
                    hits[index] = compiled.hit(match, offset: range.lowerBound)
                } else {
                    remaining.append(index)
                }
            }
            open = remaining
        }
        return hits
    }

    /// The first `before` frame that matches each lead, tried only at the lead's `starts` (word starts where
    /// a source may begin, in text order) and anchored there: the same leftmost match as
    /// ``matchBefore(in:range:)`` without PCRE2 scanning the lead. Frame by frame, as
    /// ``matchAfter(in:ranges:)`` goes. `cues` are the document's speech cues, which hold every verb of a
    /// frame: a `verb_after_source` frame is not tried at a start whose source span reaches none.
    func matchBefore(in bytes: UnsafeBufferPointer<UInt8>, leads: [(range: Range<Int>, starts: [Int])],
                     cues: CueIndex) throws -> [FrameHit?] {
        var hits = [FrameHit?](repeating: nil, count: leads.count)
        var open = leads.indices.filter { !leads[$0].range.isEmpty && !leads[$0].starts.isEmpty }
        for compiled in before where !open.isEmpty {
            var remaining: [Int] = []
            for index in open {
                let (range, starts) = leads[index]
                let slice = UnsafeBufferPointer(rebasing: bytes[range])
                var found: FrameHit?
                if try compiled.allowed(in: slice) {
                    for start in starts where range.contains(start) && (!compiled.opensAtStart || start == range.lowerBound) {
                        guard let match = try anchoredMatch(compiled, bytes, range, at: start, opensWithSpace: false, cues: cues)
                        else { continue }
                        found = compiled.hit(match, offset: range.lowerBound)
                        break
                    }
                }
                if let found { hits[index] = found } else { remaining.append(index) }
            }
            open = remaining
        }
        return hits
    }

    private func firstHit(_ frames: [Compiled], _ bytes: UnsafeBufferPointer<UInt8>,
                          _ range: Range<Int>, anchored: Bool, cues: CueIndex?) throws -> FrameHit? {
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        for compiled in frames where try compiled.allowed(in: slice) {
            let found = anchored
                ? try anchoredMatch(compiled, bytes, range, at: range.lowerBound, opensWithSpace: true, cues: cues)
                : try compiled.matcher.firstRange(in: slice)
            guard let match = found else { continue }
            return compiled.hit(match, offset: range.lowerBound)
        }
        return nil
    }

    /// The match of `compiled` anchored at `start` in `range` (offsets in the match are from the range's
    /// start), not run where the frame's verb cannot be one of `cues`: for a `verb_after_source` frame, when
    /// its source span from `start` reaches none (an after-frame's source comes after the spaces and commas
    /// it opens with); for a `verb_after_words` or `verb_within_words` frame, when no cue stands where its
    /// verb would.
    private func anchoredMatch(_ compiled: Compiled, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, at start: Int,
                               opensWithSpace: Bool, cues: CueIndex?) throws -> Range<Int>? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        func match() throws -> Range<Int>? { try compiled.matcher.firstRange(in: slice, from: start - range.lowerBound, anchored: true) }
        guard let sourceSpan, let cues else { return try match() }
        let verbMayStand: Bool
        if opensWithSpace, let words = compiled.verbAfterWords {
            switch Self.offset(after: words, wordsFrom: start, in: bytes, limit: range.upperBound) {
            case .unknown: return try match()
            case .noMatch: verbMayStand = false
            case .at(let offset): verbMayStand = cues.overlaps(offset..<(offset + 1))
            }
        } else if opensWithSpace, let words = compiled.verbWithinWords {
            guard let found = Self.cueFollows(within: words, wordsFrom: start, in: bytes, limit: range.upperBound, cues: cues)
            else { return try match() }
            verbMayStand = found
        } else if compiled.verbAfterSource {
            var source = start
            if opensWithSpace {
                source = ByteText.afterSpacesAndCommas(bytes, from: start, limit: range.upperBound)
                // Other spaces are left to PCRE2.
                if source < range.upperBound, bytes[source] >= 0x80 { return try match() }
            }
            verbMayStand = sourceSpan.reachesVerb(bytes, from: source, limit: range.upperBound, freeWords: compiled.wordsBeforeVerb,
                                                  commaBeforeVerb: true, verb: { cues.overlaps($0..<$1) })
        } else {
            return try match()
        }
        if verbMayStand { return try match() }
        PrefilterCheck.expect(nil, compiled.matcher, in: slice, from: start - range.lowerBound, anchored: true,
                              "frame '\(compiled.id)' matches where its verb is no speech cue")
        return nil
    }

    /// Where a `verb_after_words` frame's verb would start.
    enum VerbOffset: Equatable {
        /// Characters other than ASCII letters and spaces stand in the way: left to PCRE2.
        case unknown
        /// The frame cannot match: a word or the spaces after it are missing.
        case noMatch
        case at(Int)
    }

    /// The offset after `[\s,.]*` and then `words` runs of letters each followed by spaces (`\p{L}+\s+`),
    /// read from `start`. Periods are skipped with the spaces and commas, so that a frame may open with
    /// either `[\s,]*` or `[\s,.]*`: for one that opens with `[\s,]*`, a period there only lets the
    /// pattern run where it then fails, as it would have.
    static func offset(after words: Int, wordsFrom start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> VerbOffset {
        var offset = ByteText.afterSpacesAndCommas(bytes, from: start, limit: limit, periods: true)
        for _ in 0..<words {
            let letters = LetterRuns.firstNonLetter(in: bytes, offset..<limit)
            var spaces = letters
            while spaces < limit, ASCIIByte.isSpace(bytes[spaces]) { spaces += 1 }
            if spaces < limit, bytes[spaces] >= 0x80 { return .unknown }
            guard letters > offset, spaces > letters else { return .noMatch }
            offset = spaces
        }
        guard offset < limit else { return .noMatch }
        return bytes[offset] >= 0x80 ? .unknown : .at(offset)
    }
}
