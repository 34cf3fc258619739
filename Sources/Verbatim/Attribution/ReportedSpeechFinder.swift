/// Finds speech reported without quotation marks: "NAME said (that) …", "according to NAME, …" and
/// "…, NAME said." In a document that lost all its quotation marks, a trailing attribution marks verbatim
/// speech (kind `direct`), extended back over the speaker's earlier first-person sentences.
final class ReportedSpeechFinder {
    /// A reported clause with the source that reports it.
    struct Found {
        var kind: Quotation.Kind
        var clause: Range<Int>
        var hit: FrameHit
    }

    /// The leading rules' ids and matchers, and the numbers of the groups a hit keeps.
    private let leadingIDs: [String]
    private let leadingMatchers: [Matcher]
    private let leadingGroups: [[(slot: FrameHit.Group, number: Int)]]
    private let trailingRest: Matcher
    private let interruptingRest: Matcher
    private let clauseEnd: ClauseEnd
    private let frames: FrameAttributor
    private let firstPerson: FirstPersonWords
    private let verbCheck: LeadingVerbCheck
    /// Per leading rule, whether only a source stands before its verb, and what a source may hold.
    private let verbAfterSource: [Bool]
    /// Per leading rule, whether it is tried on the text after a quotation inside a sentence.
    private let afterQuotation: [Bool]
    /// Per leading rule, whether it reads a further clause of the source before it (`continues_source`).
    private let continuesSource: [Bool]
    /// Per leading rule, whether its pattern matches only where its range begins (it opens with `^`).
    private let atRangeStartOnly: [Bool]
    /// Per leading rule, its `lead:` (something every match contains at or after its start), if any.
    private let leads: [Matcher?]
    private let sourceSpan: SourceSpan
    /// Which commas can open a trailing attribution.
    private let trailingOpeners: TrailingOpeners
    /// The starts to try the leading patterns at in the current sentence, in the order they are tried
    /// (rising). Only ``find(in:sentence:stop:lostMarks:earlierSentences:cues:cueIndex:afterQuotation:)``
    /// and what it calls touch them, one sentence at a time: they need no run-time exclusivity check.
    @exclusivity(unchecked) private var starts: SourceStarts
    /// The starts before a quotation that the before-frames try (``appendSourceStarts(_:_:cues:into:)``).
    @exclusivity(unchecked) private var frameStarts: SourceStarts
    /// Fewer words than this is not a clause worth reporting.
    private let minimumWords: Int
    /// How far (in bytes) a source with its title and affiliation may stand before its speech verb.
    private static let subjectReach = 240

    init(rules: RuleBook, frames: FrameAttributor) {
        leadingIDs = rules.reportedSpeech.leading.map(\.id)
        leadingMatchers = rules.reportedSpeech.leading.map { Matcher($0.pattern) }
        leadingGroups = rules.reportedSpeech.leading.map { rule in
            FrameHit.Group.allCases.compactMap { slot in rule.pattern.groupNumbers[slot.rawValue].map { (slot, $0) } }
        }
        trailingRest = Matcher(rules.reportedSpeech.trailingRest.pattern)
        interruptingRest = Matcher(rules.reportedSpeech.interruptingRest.pattern)
        minimumWords = rules.reportedSpeech.minimumWords
        clauseEnd = ClauseEnd(rules.reportedSpeech)
        self.frames = frames
        firstPerson = FirstPersonWords(rules.lexicon.firstPerson)
        verbCheck = LeadingVerbCheck(rules: rules.reportedSpeech.leading, lexicon: rules.lexicon, speechCue: rules.speechCue)
        verbAfterSource = rules.reportedSpeech.leading.map(\.verbAfterSource)
        afterQuotation = rules.reportedSpeech.leading.map(\.afterQuotation)
        continuesSource = rules.reportedSpeech.leading.map(\.continuesSource)
        atRangeStartOnly = rules.reportedSpeech.leading.map(\.pattern.matchesOnlyAtSubjectStart)
        leads = rules.reportedSpeech.leading.map { $0.lead.map { Matcher($0) } }
        sourceSpan = SourceSpan(lexicon: rules.lexicon, span: rules.reportedSpeech.sourceSpan)
        trailingOpeners = TrailingOpeners(lexicon: rules.lexicon, words: rules.reportedSpeech.trailingOpeners)
        let subjects = HashPositions(Array(Self.subjectOpeners(rules.lexicon)))
        starts = SourceStarts(reach: Self.subjectReach, subjects: subjects)
        frameStarts = SourceStarts(reach: Self.subjectReach, subjects: subjects)
    }

    /// Reported speech in one sentence. `stop` is where a quotation inside the sentence begins (the
    /// clause ends there); `lostMarks` says the document has no quotation marks at all. `cues` are those of
    /// `cueIndex` that lie in the sentence before `stop`. With `afterQuotation`, `sentence` is the text after
    /// a quotation inside a sentence: only the leading rules marked `after_quotation` are tried there. With
    /// `afterClause`, it is the rest of a sentence after a reported clause found in it ("…| and said …",
    /// "…|, while others said …"): every leading rule is tried there, those marked `continues_source` too.
    func find(in bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, stop: Int?, lostMarks: Bool,
              earlierSentences: ArraySlice<Range<Int>>, cues: ArraySlice<Range<Int>>, cueIndex: CueIndex,
              afterQuotation: Bool = false, afterClause: Bool = false) throws -> Found? {
        let end = stop ?? sentence.upperBound
        // Every reported-speech pattern needs a speech verb: sentences without one are skipped cheaply.
        guard !cues.isEmpty else { return nil }
        if stop == nil, !afterQuotation, !afterClause, let trailing = try trailing(bytes, sentence, from: sentence.lowerBound, cues: cues, in: cueIndex) {
            var clause = trailing.clause
            var kind: Quotation.Kind = .indirect
            if lostMarks {
                kind = .direct
                for earlier in earlierSentences.reversed() {
                    guard firstPerson.occur(in: bytes, earlier), !cueIndex.contains(in: earlier) else { break }
                    clause = earlier.lowerBound..<clause.upperBound
                }
            }
            return Found(kind: kind, clause: clause, hit: trailing.hit)
        }
        // A sentence without a verb that some leading pattern tried here accepts needs no starts.
        let tried = { (rule: Int) in
            afterClause || (!self.continuesSource[rule] && (!afterQuotation || self.afterQuotation[rule]))
        }
        verbCheck.prepare(sentence.lowerBound..<end, cues: cues)
        guard leadingMatchers.indices.contains(where: { tried($0) && verbCheck.allows($0, from: sentence.lowerBound, bytes) })
        else { return nil }
        collectStarts(bytes, sentence.lowerBound..<end, cues: cues)
        for position in leadingMatchers.indices where tried(position) {
            guard let hit = try leadingMatch(position, bytes, sentence.lowerBound..<end) else { continue }
            let start = hit.range.upperBound
            let clause = clauseRange(bytes, start..<end, cues: cueIndex)
            guard ByteText.hasWords(bytes, clause, atLeast: minimumWords) else { continue }
            // Before a quotation the clause must be complete ("…, saying, “" or "…: “"); otherwise the
            // quotation continues it ("urged his supporters to “…”") and is the speech itself.
            if stop != nil, !endsBeforeQuotation(bytes, clause.upperBound..<end) { continue }
            return Found(kind: .indirect, clause: clause, hit: hit)
        }
        return nil
    }

    /// The attribution that closes a sentence after `offset` ("…, but Russia is weakening China, he said."),
    /// for a quotation inside the sentence that has no attribution beside it.
    func closingAttribution(in bytes: UnsafeBufferPointer<UInt8>, sentence: Range<Int>, after offset: Int,
                            cueIndex: CueIndex) throws -> FrameHit? {
        guard offset < sentence.upperBound else { return nil }
        let cues = cueIndex.cues(in: offset..<sentence.upperBound)
        guard !cues.isEmpty else { return nil }
        return try trailing(bytes, sentence, from: offset, cues: cues, in: cueIndex)?.hit
    }

    /// "…, NAME said." — an after-frame at a comma that closes the sentence.
    private func trailing(_ bytes: UnsafeBufferPointer<UInt8>, _ sentence: Range<Int>, from start: Int,
                          cues: ArraySlice<Range<Int>>, in cueIndex: CueIndex) throws -> (clause: Range<Int>, hit: FrameHit)? {
        let comma = UInt8(ascii: ",")
        var searchFrom = start
        var nextCue = cues.startIndex
        // Whether the clause before the comma has enough words (once it has, every later one has), and
        // the next comma after the current one (a parenthetical attribution needs one after its hit).
        var clauseLong = false
        var laterComma = start
        while let offset = ByteScan.first(comma, in: bytes, searchFrom..<sentence.upperBound) {
            searchFrom = offset + 1
            // A frame at this comma must reach a speech verb soon after it.
            while nextCue < cues.endIndex && cues[nextCue].lowerBound <= offset { nextCue += 1 }
            guard nextCue < cues.endIndex else { return nil }
            guard cues[nextCue].lowerBound - offset <= Self.subjectReach,
                  trailingOpeners.mayOpen(bytes, at: offset, limit: sentence.upperBound) else { continue }
            // A hit here is kept only for a clause long enough, or for a parenthetical one, which needs
            // a comma after the source the hit names: without either, the frames need not be tried.
            if !clauseLong {
                clauseLong = ByteText.hasWords(bytes, ByteText.trimmed(bytes, sentence.lowerBound..<offset), atLeast: minimumWords)
            }
            if !clauseLong {
                guard start == sentence.lowerBound else { continue }
                if laterComma <= offset {
                    laterComma = ByteScan.first(comma, in: bytes, (offset + 1)..<sentence.upperBound) ?? sentence.upperBound
                }
                guard laterComma < sentence.upperBound else { continue }
            }
            guard let hit = try frames.matchAfter(in: bytes, range: offset..<sentence.upperBound, cues: cueIndex),
                  hit.namesSource
            else { continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[hit.range.upperBound..<sentence.upperBound])
            guard try trailingRest.firstRange(in: rest, anchored: true) != nil else { continue }
            var clause = ByteText.trimmed(bytes, sentence.lowerBound..<offset)
            // A parenthetical attribution after a short subject ("The museum, Mr. Obama said, would …")
            // reports the whole sentence, and so does one that interrupts it, a source before its verb
            // with the sentence going on after it ("Many of the closures, he said, have involved …").
            let parenthetical = rest.first == UInt8(ascii: ",")
                && ByteText.hasWords(bytes, (hit.range.upperBound + 1)..<sentence.upperBound, atLeast: minimumWords)
            if parenthetical, start == sentence.lowerBound,
               try !ByteText.hasWords(bytes, clause, atLeast: minimumWords) || interrupts(hit, rest) {
                clause = ByteText.trimmed(bytes, sentence, also: Self.period)
            }
            guard ByteText.hasWords(bytes, clause, atLeast: minimumWords) else { continue }
            return (clause, hit)
        }
        return nil
    }

    /// Whether an attribution between commas interrupts its sentence rather than closing the clause before
    /// it: its source stands before its verb ("…, he said, …", not "…, said Rita Katz, the director …")
    /// and `interrupting_rest` accepts what follows it (`rest` opens with the comma after the hit).
    private func interrupts(_ hit: FrameHit, _ rest: UnsafeBufferPointer<UInt8>) throws -> Bool {
        guard let verb = hit[.verb],
              FrameHit.Group.allCases.contains(where: { $0.isSource && (hit[$0]?.upperBound ?? .max) <= verb.lowerBound })
        else { return false }
        return try interruptingRest.firstRange(in: rest, anchored: true) != nil
    }

    /// Whether the text between a reported clause and a following quotation closes the clause: a comma or
    /// colon, possibly around a participle ("…, saying, “").
    private func endsBeforeQuotation(_ bytes: UnsafeBufferPointer<UInt8>, _ gap: Range<Int>) -> Bool {
        gap.contains { bytes[$0] == UInt8(ascii: ",") || bytes[$0] == UInt8(ascii: ":") }
    }

    /// The clause without trailing punctuation and a trailing "saying"-type verb before a quotation.
    private func clauseRange(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cues: CueIndex) -> Range<Int> {
        var clause = ByteText.trimmed(bytes, range, also: Self.clausePunctuation)
        // Drop a participle that introduces a following quotation ("…, saying,").
        if let lastSpace = (clause.lowerBound..<clause.upperBound).last(where: { bytes[$0] == UInt8(ascii: " ") }),
           endsWithING(bytes, (lastSpace + 1)..<clause.upperBound) {
            clause = ByteText.trimmed(bytes, clause.lowerBound..<lastSpace, also: Self.clausePunctuation)
        }
        // Stop at a second attribution, a semicolon or a participle phrase (`clause_end`, `clause_end_at_speech`).
        if let end = clauseEnd.stop(in: bytes, clause, cues: cues) { return clause.lowerBound..<end }
        return clause
    }

    /// Whether the word in `range` ends with "ing" (as a string would tell: after a non-ASCII character
    /// the string decides, for a mark that may join the "i").
    private func endsWithING(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= 3, bytes[range.upperBound - 3] == UInt8(ascii: "i"),
              bytes[range.upperBound - 2] == UInt8(ascii: "n"), bytes[range.upperBound - 1] == UInt8(ascii: "g") else { return false }
        guard range.count > 3, bytes[range.upperBound - 4] >= 0x80 else { return true }
        return ByteText.string(bytes, range).hasSuffix("ing")
    }

    /// Prepares `starts` for `range`: the word starts shortly before each speech verb (where a source
    /// can stand), read as the leading patterns ask for them.
    private func collectStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cues: ArraySlice<Range<Int>>) {
        // A range that opens with punctuation ("(According to …", ", Jacobs said, adding …") is tried at its
        // start too, for the rules that allow such an opening before `^`.
        let opensWithPunctuation = !range.isEmpty && !ASCIIByte.isLetter(bytes[range.lowerBound]) && bytes[range.lowerBound] < 0x80
        starts.prepare(range, cues: cues, first: opensWithPunctuation ? range.lowerBound : nil)
    }

    /// Appends to `starts` the word starts in `range` shortly before each of `cues` (where a source can
    /// stand), each once, cue by cue, in text order (``SourceStarts``): the order in which every leading
    /// pattern and before-frame tries them.
    func appendSourceStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, cues: ArraySlice<Range<Int>>,
                            into starts: inout [Int]) {
        frameStarts.prepare(range, cues: cues)
        starts.append(contentsOf: frameStarts.all(bytes))
    }

    /// The first match of leading pattern `rule` at the starts that have a verb of the rule after them,
    /// anchored there so PCRE2 does no scanning of its own, as a hit in document offsets.
    private func leadingMatch(_ rule: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) throws -> FrameHit? {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let matcher = leadingMatchers[rule]
        let spanned = verbAfterSource[rule]
        let lead = leads[rule]
        /// In debug builds, checks that the pattern matches at none of the starts from `index` on.
        func expectNoMatch(from index: Int, _ why: @autoclosure () -> String) {
            #if DEBUG
            var index = index
            while let start = starts.start(at: index, bytes) {
                PrefilterCheck.expect(nil, matcher, in: slice, from: start - range.lowerBound, anchored: true,
                                      "\(leadingIDs[rule]) \(why())")
                index += 1
            }
            #endif
        }
        // A rule with no verb of its own in the range has no start to try (nor its lead to search).
        guard verbCheck.hasVerb(rule, bytes) else {
            expectNoMatch(from: 0, "without a verb of its own")
            return nil
        }
        // The starts rise, so a pattern that opens with `^` (it cannot match past the range's start) has
        // only the first start to try, and only when that is the range's start.
        var end = Int.max
        if atRangeStartOnly[rule] {
            end = starts.start(at: 0, bytes) == range.lowerBound ? 1 : 0
            expectNoMatch(from: end, "only at its range's start")
        }
        // Where the rule's lead was last searched from, and where it was found then (`nil`: nowhere after).
        var leadSearch: (from: Int, found: Int?)?
        var index = 0
        while index < end, let start = starts.start(at: index, bytes) {
            index += 1
            // The lead, one search for many starts, is asked before the verbs, whose check runs `after_verb`.
            if let lead {
                if leadSearch.map({ $0.found.map { $0 < start } ?? (start < $0.from) }) ?? true {
                    leadSearch = (start, try lead.firstRange(in: slice, from: start - range.lowerBound).map { $0.lowerBound + range.lowerBound })
                }
                guard leadSearch?.found != nil else {
                    PrefilterCheck.expect(nil, matcher, in: slice, from: start - range.lowerBound, anchored: true,
                                          "the lead of \(leadingIDs[rule])")
                    continue
                }
            }
            // A verb the rule accepts after a later start stands after this one too: once none does,
            // none will for the starts that follow.
            guard verbCheck.allows(rule, from: start, bytes) else {
                expectNoMatch(from: index - 1, "after its last verb")
                break
            }
            if spanned, !sourceSpan.reachesVerb(bytes, from: start, limit: range.upperBound, verb: { from, before in
                verbCheck.allows(rule, from: from, before: before, bytes)
            }) { continue }
            guard let whole = try matcher.firstRange(in: slice, from: start - range.lowerBound, anchored: true) else { continue }
            return FrameHit(frame: leadingIDs[rule], match: whole, offset: range.lowerBound, groups: leadingGroups[rule], of: matcher)
        }
        return nil
    }

    /// Appends to `starts` the offsets where a word begins (a letter after a non-letter) in `from..<to`, at
    /// most `limit` of the last ones, last first. With `subjects`, only words that can open a source are
    /// kept: capitalised words and the lower-case openers the lexicon lists (pronouns, "the", group words).
    /// The text is read backwards eight bytes at a time (``WordStartBytes``).
    static func appendWordStarts<Subjects: WordHashes>(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, limit: Int = 16,
                                                      subjects: Subjects?, into starts: inout [Int]) {
        let base = starts.count
        var seen = 0
        /// Takes the word start at `index`; `false` once enough starts are kept or seen.
        func take(_ index: Int) -> Bool {
            seen += 1
            let byte = bytes[index]
            if let subjects, byte >= 0x61 && byte <= 0x7A, index != to - 1 {
                let end = LetterRuns.firstNonLetter(in: bytes, (index + 1)..<to)
                if subjects.contains(PersonIndex.foldedHash(bytes[index..<end])) { starts.append(index) }
            } else {
                starts.append(index)
            }
            return starts.count - base < limit && seen < 3 * limit
        }
        guard from < to, limit > 0 else { return }
        var chunkEnd = to
        while chunkEnd > from {
            let chunkStart = max(from, chunkEnd - 8)
            var found = WordStartBytes.starts(in: bytes, chunkStart..<chunkEnd)
            while found != 0 {
                let bit = 63 - found.leadingZeroBitCount
                found &= ~(1 << UInt64(bit))
                guard take(chunkStart + bit >> 3) else { return }
            }
            chunkEnd = chunkStart
        }
    }

    private static let period = Array(".".utf8)
    private static let clausePunctuation = Array(".,;:".utf8)

    /// Folded hashes of the lower-case words that can open a source ("he", "the", "some", "analysts").
    static func subjectOpeners(_ lexicon: Lexicon) -> Set<UInt64> {
        var words = ["the", "a", "an"] + lexicon.pronouns.map(\.form) + lexicon.groups + lexicon.groupQualifiers
        words += lexicon.organisationModifiers
        return Set(words.flatMap { $0.lowercased().split(separator: " ").prefix(1) }.map { PersonIndex.foldedHash(Array($0.utf8)) })
    }
}
