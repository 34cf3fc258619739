/// A frame that matched next to a quotation, with its groups as byte ranges in the document.
///
/// The groups are kept in fixed slots rather than a dictionary: a hit is made for every frame that
/// matches, and hashing group names for each would cost more than the rest of the hit.
public struct FrameHit: Sendable, Hashable {
    /// The named groups a hit keeps, as the frames and reported-speech rules name them.
    public enum Group: String, CaseIterable, Sendable {
        case verb, name, pronoun, group, org, role, affiliation, outlet

        /// Whether the group names the source of the speech.
        var isSource: Bool {
            switch self {
            case .name, .pronoun, .org, .group, .role: return true
            case .verb, .affiliation, .outlet: return false
            }
        }
    }

    /// The id of the frame in `Rules/attribution/frames.yml` (or of the reported-speech rule).
    public var frame: String
    /// The whole match.
    public var range: Range<Int>
    private var verb, name, pronoun, group, org, role, affiliation, outlet: Range<Int>?

    /// A hit without groups; set them by subscript.
    public init(frame: String, range: Range<Int>) {
        self.frame = frame
        self.range = range
    }

    /// The hit for the match `whole` that `matcher` has just found in a slice starting at `offset` in the
    /// document, with the non-empty `groups` (slots and group numbers) read from the matcher.
    init(frame: String, match whole: Range<Int>, offset: Int, groups: [(slot: Group, number: Int)], of matcher: Matcher) {
        self.init(frame: frame, range: (whole.lowerBound + offset)..<(whole.upperBound + offset))
        for (slot, number) in groups {
            if let group = matcher.group(number), !group.isEmpty {
                self[slot] = (group.lowerBound + offset)..<(group.upperBound + offset)
            }
        }
    }

    /// A hit with the groups of `groups` whose names are ``Group`` names (others are not kept).
    public init(frame: String, range: Range<Int>, groups: [String: Range<Int>]) {
        self.init(frame: frame, range: range)
        for (key, value) in groups {
            if let slot = Group(rawValue: key) { self[slot] = value }
        }
    }

    /// The range of a group that took part in the match.
    public subscript(_ slot: Group) -> Range<Int>? {
        get {
            switch slot {
            case .verb: return verb
            case .name: return name
            case .pronoun: return pronoun
            case .group: return group
            case .org: return org
            case .role: return role
            case .affiliation: return affiliation
            case .outlet: return outlet
            }
        }
        set {
            switch slot {
            case .verb: verb = newValue
            case .name: name = newValue
            case .pronoun: pronoun = newValue
            case .group: group = newValue
            case .org: org = newValue
            case .role: role = newValue
            case .affiliation: affiliation = newValue
            case .outlet: outlet = newValue
            }
        }
    }

    /// This hit with the source groups (and affiliation) of `other` instead of its own.
    public func withSource(of other: FrameHit) -> FrameHit {
        var hit = self
        for slot in Group.allCases where slot.isSource || slot == .affiliation { hit[slot] = other[slot] }
        return hit
    }

    /// The range of the group called `group`, if it is one a hit keeps and it took part.
    public subscript(group: String) -> Range<Int>? { Group(rawValue: group).flatMap { self[$0] } }

    /// The groups that took part, by name.
    public var groups: [String: Range<Int>] {
        var found: [String: Range<Int>] = [:]
        for slot in Group.allCases { if let range = self[slot] { found[slot.rawValue] = range } }
        return found
    }

    /// Whether a group that names a source took part.
    var namesSource: Bool { name != nil || pronoun != nil || org != nil || group != nil || role != nil }
}
