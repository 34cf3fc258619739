/// What a ``Prefilter`` says about one place in a text.
enum PrefilterAnswer: Sendable, Equatable {
    /// The pattern cannot match here: it need not run.
    case no
    /// The pattern may match here, or may not: only running it tells.
    case candidate
}

/// How the pattern behind a prefilter is run at the place the prefilter is asked about.
enum PrefilterSearch: Sendable, Equatable {
    /// A match anchored at the place.
    case anchored
    /// A search for a match anywhere from the place on.
    case unanchored
}

/// A cheap test, asked before PCRE2 runs a pattern, of whether the pattern can match at a place of a text:
/// it turns most places away without running the pattern.
///
/// The contract, written once for every prefilter: **a prefilter may report a candidate that does not
/// match, but never misses one.** ``answer(_:at:)`` says `no` only when the pattern, run on `text` as
/// ``search`` says from `offset` (PCRE2 seeing all of `text` as its subject), finds no match; when it
/// cannot tell, it says `candidate`. Every prefilter's tables come from its compiled pattern (or, for
/// ``LastCharacterFilter``, from a promise its rule file makes), never from a list of words in Swift.
///
/// Callers reach a prefilter through ``CheckedPrefilter``, which in debug builds checks every `no`
/// against the full pattern (``PrefilterCheck``): the one place where the contract is checked.
///
/// Conforming types are concrete and used through generics (``CheckedPrefilter``), never as existentials,
/// so that the hot loops are specialised and inlined.
protocol Prefilter {
    /// How the pattern is run where the prefilter answers: anchored at the place, or searching from it.
    static var search: PrefilterSearch { get }

    /// Whether the pattern may match at `offset` of `text` (`offset < text.count`, or 0 for an empty
    /// text): `no` only when it cannot.
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer

    /// Calls `body` with each character boundary of `text` whose answer is `candidate`, in order; `body` returns the
    /// offset to go on from (the end of the match it found there, or any offset up to the next byte).
    /// Prefilters that can list candidates faster than one question per byte implement it themselves.
    func forEachCandidate(in text: UnsafeBufferPointer<UInt8>, _ body: (Int) throws -> Int) rethrows
}

extension Prefilter {
    static var search: PrefilterSearch { .anchored }

    /// Asks ``answer(_:at:)`` at every character boundary (no match starts inside a character).
    @inline(__always)
    func forEachCandidate(in text: UnsafeBufferPointer<UInt8>, _ body: (Int) throws -> Int) rethrows {
        var offset = 0
        while offset < text.count {
            if text[offset] & 0xC0 != 0x80, answer(text, at: offset) == .candidate {
                offset = max(offset + 1, try body(offset))
            } else {
                offset += 1
            }
        }
    }
}

/// A prefilter in front of its pattern: the way every caller runs a pattern behind a prefilter. In debug
/// builds it checks each `no` (and, for a whole-text scan, the matches found) against the full pattern
/// with ``PrefilterCheck``; in release builds it adds nothing to the prefilter's own work.
struct CheckedPrefilter<Filter: Prefilter> {
    /// The prefilter.
    let filter: Filter

    init(_ filter: Filter) { self.filter = filter }

    /// Whether `matcher` (which runs the pattern the prefilter was built for) may match at `offset` of
    /// `text`, as the prefilter answers; `false` only when it cannot.
    @inline(__always)
    func mayMatch(_ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>, at offset: Int = 0) -> Bool {
        let answer = filter.answer(text, at: offset)
        #if DEBUG
        if answer == .no {
            let missed = PrefilterCheck.missedMatch(matcher, in: text, at: offset, search: Filter.search)
            assert(missed == nil, "\(Filter.self) said no where '\(matcher.pattern.source)' matches \(missed!)")
        }
        #endif
        return answer == .candidate
    }

    /// The first match of `matcher` in `text`, as an unanchored search finds it: the anchored match at the
    /// first candidate where one succeeds. Debug builds check it against the search itself.
    func firstMatch(of matcher: Matcher, in text: UnsafeBufferPointer<UInt8>) throws -> Range<Int>? {
        var first: Range<Int>?
        try filter.forEachCandidate(in: text) { offset in
            guard let match = try matcher.firstRange(in: text, from: offset, anchored: true) else { return offset + 1 }
            first = match
            return text.count
        }
        PrefilterCheck.expect(first, matcher, in: text, from: 0, anchored: false, "\(Filter.self) first match")
        return first
    }

    /// Calls `body` with the range of each non-overlapping match of `matcher` in `text`, the matches (and,
    /// for `matcher`'s groups during the call, the groups) of ``Matcher/forEachMatch(in:from:_:)``, with
    /// PCRE2 run anchored at the prefilter's candidates only. `matcher` must run the pattern the
    /// prefilter was built for, and the prefilter must answer for anchored matches.
    func forEachMatch(of matcher: Matcher, in text: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) throws -> Void) throws {
        #if DEBUG
        var found: [Range<Int>] = []
        #endif
        try filter.forEachCandidate(in: text) { offset in
            guard let match = try matcher.firstRange(in: text, from: offset, anchored: true) else { return offset + 1 }
            #if DEBUG
            found.append(match)
            #endif
            try body(match)
            return match.upperBound
        }
        #if DEBUG
        let missed = PrefilterCheck.missedMatches(matcher, in: text, found: found)
        assert(missed.isEmpty, "\(Filter.self) skipped matches of '\(matcher.pattern.source)' at \(missed)")
        #endif
    }
}

extension CheckedPrefilter: Sendable where Filter: Sendable {}
