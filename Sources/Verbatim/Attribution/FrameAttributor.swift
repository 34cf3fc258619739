/// A frame that matched next to a quotation, with its groups as byte ranges in the document.
public struct FrameHit: Sendable, Hashable {
    /// The id of the frame in `Rules/attribution/frames.yml`.
    public var frame: String
    /// The whole match.
    public var range: Range<Int>
    /// Named groups that took part: verb, name, pronoun, group, org, affiliation, outlet.
    public var groups: [String: Range<Int>]

    public subscript(group: String) -> Range<Int>? { groups[group] }
}

/// Runs the attribution frames of a ``RuleBook`` on the text around quotations.
///
/// Holds one ``Matcher`` per frame, so it is cheap to reuse and must stay on one thread.
public final class FrameAttributor {
    private let after: [(AttributionFrame, Matcher)]
    private let before: [(AttributionFrame, Matcher)]
    private static let groupNames = ["verb", "name", "pronoun", "group", "org", "role", "affiliation", "outlet"]

    public init(frames: AttributionFrames) {
        after = frames.after.map { ($0, Matcher($0.pattern)) }
        before = frames.before.map { ($0, Matcher($0.pattern)) }
    }

    /// The first `after` frame that matches at the start of `range` (the text right after a closing mark).
    public func matchAfter(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> FrameHit? {
        try firstHit(after, bytes, range, anchored: true)
    }

    /// The first `before` frame that matches `range` (sentence start up to an opening mark); the frames
    /// are anchored at the end of the range by their own `$`.
    public func matchBefore(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> FrameHit? {
        try firstHit(before, bytes, range, anchored: false)
    }

    /// Like ``matchBefore(in:range:)``, but tries each frame only at `starts` (word starts where a source
    /// may begin, in text order), anchored there: the same leftmost match without PCRE2 scanning the lead.
    func matchBefore(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, starts: [Int]) throws -> FrameHit? {
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        for (frame, matcher) in before {
            for start in starts where range.contains(start) {
                guard let match = try matcher.firstMatch(in: slice, from: start - range.lowerBound, anchored: true) else { continue }
                return hit(frame, match.shifted(by: range.lowerBound))
            }
        }
        return nil
    }

    private func hit(_ frame: AttributionFrame, _ match: Match) -> FrameHit {
        var groups: [String: Range<Int>] = [:]
        for name in Self.groupNames {
            if let group = match[name], !group.isEmpty { groups[name] = group }
        }
        return FrameHit(frame: frame.id, range: match.range, groups: groups)
    }

    private func firstHit(_ frames: [(AttributionFrame, Matcher)], _ bytes: UnsafeBufferPointer<UInt8>,
                          _ range: Range<Int>, anchored: Bool) throws -> FrameHit? {
        guard !range.isEmpty else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        for (frame, matcher) in frames {
            guard let match = try matcher.firstMatch(in: slice, anchored: anchored) else { continue }
            var groups: [String: Range<Int>] = [:]
            for name in Self.groupNames {
                if let group = match[name], !group.isEmpty {
                    groups[name] = (group.lowerBound + range.lowerBound)..<(group.upperBound + range.lowerBound)
                }
            }
            let whole = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
            return FrameHit(frame: frame.id, range: whole, groups: groups)
        }
        return nil
    }
}
