/// One match: the byte ranges of the whole match and of each capture group in the subject.
public struct Match: Sendable {
    /// Group 0 is the whole match; a group that did not take part is `nil`.
    public let groups: [Range<Int>?]
    /// The pattern's named groups; a short list searched in order is cheaper than hashing the name.
    let groupNames: [GroupName]

    /// The byte range of the whole match.
    public var range: Range<Int> { groups[0]! }

    /// The byte range of a numbered group, or `nil` when it did not participate.
    public subscript(number: Int) -> Range<Int>? {
        number < groups.count ? groups[number] : nil
    }

    /// The same match with every range moved by `offset` (from a slice's offsets to the whole text's).
    public func shifted(by offset: Int) -> Match {
        Match(groups: groups.map { $0.map { ($0.lowerBound + offset)..<($0.upperBound + offset) } },
              groupNames: groupNames)
    }

    /// The byte range of a named group, or `nil` when it does not exist or did not participate.
    public subscript(name: String) -> Range<Int>? {
        for entry in groupNames where entry.name == name { return self[entry.number] }
        return nil
    }
}

/// A named capture group of a ``Pattern`` and its number.
struct GroupName: Sendable {
    let name: String
    let number: Int
}
