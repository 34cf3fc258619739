/// Where a reported clause stops before the end of its sentence: the first match of `clause_end` or of
/// `clause_end_at_speech` (`Rules/attribution/reported-speech.yml`), each run only where its opening bytes
/// can stand (``StartPairFilter``).
///
/// Every match of `clause_end_at_speech` looks ahead to a speech verb in the clause (a second
/// attribution: "…| and one in four said …"), so that pattern is run only on a clause that a cue of the
/// ``CueIndex`` overlaps; in debug builds a clause turned away is checked against the pattern.
struct ClauseEnd {
    private let anywhere: Matcher
    private let anywhereStarts: CheckedPrefilter<StartPairFilter>?
    private let atSpeech: Matcher?
    private let atSpeechStarts: CheckedPrefilter<StartPairFilter>?

    init(_ rules: ReportedSpeechRules) {
        anywhere = Matcher(rules.clauseEnd)
        anywhereStarts = StartPairFilter.filter(for: rules.clauseEnd)
        atSpeech = rules.clauseEndAtSpeech.map { Matcher($0.pattern) }
        atSpeechStarts = rules.clauseEndAtSpeech.flatMap { StartPairFilter.filter(for: $0.pattern) }
    }

    /// The offset in `bytes` where the clause `clause` stops early, if it does. A pattern that fails (past
    /// its match limit) stops nothing.
    func stop(in bytes: UnsafeBufferPointer<UInt8>, _ clause: Range<Int>, cues: CueIndex) -> Int? {
        let text = UnsafeBufferPointer(rebasing: bytes[clause])
        var end = Self.first(anywhere, anywhereStarts, in: text)
        if let atSpeech {
            if cues.overlaps(clause) {
                if let other = Self.first(atSpeech, atSpeechStarts, in: text) { end = min(end ?? other, other) }
            } else {
                PrefilterCheck.expect(nil, atSpeech, in: text, from: 0, anchored: false, "clause_end_at_speech without a speech cue")
            }
        }
        return end.map { clause.lowerBound + $0 }
    }

    /// Where the first match of `matcher` in `text` begins.
    private static func first(_ matcher: Matcher, _ starts: CheckedPrefilter<StartPairFilter>?,
                              in text: UnsafeBufferPointer<UInt8>) -> Int? {
        if let starts { return (try? starts.firstMatch(of: matcher, in: text))??.lowerBound }
        return (try? matcher.firstRange(in: text))??.lowerBound
    }
}
