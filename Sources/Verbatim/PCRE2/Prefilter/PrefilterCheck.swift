/// The checks of the ``Prefilter`` contract against the full pattern: what ``CheckedPrefilter`` asserts
/// in debug builds, and what a shortcut that stands in for a pattern run asserts (``expect(_:_:in:from:anchored:_:)``).
/// Each check returns what went wrong instead of trapping, so that tests can call it.
///
/// A full run that exceeds the match or depth limit is no answer to compare with: it counts as agreeing.
enum PrefilterCheck {
    /// The match that `matcher` finds at `offset` of `text` (anchored there, or searching from there, as
    /// `search` says) where a prefilter said `no`; `nil` when there is none, as the contract promises.
    static func missedMatch(_ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>, at offset: Int,
                            search: PrefilterSearch) -> Range<Int>? {
        guard offset <= text.count else { return nil }
        return try? matcher.firstRange(in: text, from: offset, anchored: search == .anchored)
    }

    /// The matches of a full search of `text` by `matcher` that are not among `found`, the matches found
    /// at a prefilter's candidates: empty when the prefilter skipped no match.
    static func missedMatches(_ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>, found: [Range<Int>]) -> [Range<Int>] {
        guard let full = try? matcher.allMatches(in: text).map(\.range), full != found else { return [] }
        let kept = Set(found)
        return full.filter { !kept.contains($0) }
    }

    /// The match `filter` misses at `offset` of `text`: when it answers `no` there, the match `matcher` (which
    /// runs the filter's pattern) finds all the same; `nil` when the filter keeps the contract there.
    static func missedMatch<Filter: Prefilter>(by filter: Filter, _ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>,
                                               at offset: Int) -> Range<Int>? {
        guard filter.answer(text, at: offset) == .no else { return nil }
        return missedMatch(matcher, in: text, at: offset, search: Filter.search)
    }

    /// The matches of `matcher` in `text` that anchored runs at the candidates of `filter` do not find
    /// (``CheckedPrefilter/forEachMatch(of:in:_:)`` without its debug check): empty when it keeps the contract.
    static func missedMatches<Filter: Prefilter>(by filter: Filter, _ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        do {
            try filter.forEachCandidate(in: text) { offset in
                guard let match = try matcher.firstRange(in: text, from: offset, anchored: true) else { return offset + 1 }
                found.append(match)
                return match.upperBound
            }
        } catch {
            return []
        }
        return missedMatches(matcher, in: text, found: found)
    }

    /// Where a shortcut's answer for `matcher` at `offset` of `text` (`expected`: the match it stands for,
    /// `nil` for none) differs from the pattern's own: `nil` when they agree, else the pattern's answer.
    static func disagreement(_ expected: Range<Int>?, _ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>,
                             from offset: Int, anchored: Bool) -> Range<Int>?? {
        let actual: Range<Int>?
        do { actual = try matcher.firstRange(in: text, from: offset, anchored: anchored) } catch { return nil }
        return actual == expected ? nil : .some(actual)
    }

    /// In debug builds, asserts that a shortcut answered as the pattern does (``disagreement(_:_:in:from:anchored:)``);
    /// `what` names the shortcut. Release builds do nothing.
    @inline(__always)
    static func expect(_ expected: @autoclosure () -> Range<Int>?, _ matcher: Matcher, in text: UnsafeBufferPointer<UInt8>,
                       from offset: Int, anchored: Bool, _ what: @autoclosure () -> String) {
        #if DEBUG
        let expected = expected()
        if let actual = disagreement(expected, matcher, in: text, from: offset, anchored: anchored) {
            assertionFailure("\(what()): expected \(String(describing: expected)), the pattern finds \(String(describing: actual))")
        }
        #endif
    }
}
