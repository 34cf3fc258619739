/// The ranges already in a list that only ever grows, for adding a range once: a short list is searched,
/// a long one (a person mentioned all through a long document) is looked up in a set made when it got long.
struct RecordedRanges {
    /// Below this many ranges the list is searched; from it on the set holds them all.
    private static let searchLimit = 32
    private var seen: Set<Range<Int>> = []

    /// Appends `range` to `list` unless it holds it already (`list` only ever grows through this call).
    mutating func append(_ range: Range<Int>, to list: inout [Range<Int>]) {
        guard list.count >= Self.searchLimit else {
            if !list.contains(range) { list.append(range) }
            return
        }
        if seen.isEmpty { seen = Set(list) }
        if seen.insert(range).inserted { list.append(range) }
    }
}
