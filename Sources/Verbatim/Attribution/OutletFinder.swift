/// Finds the outlet an article names as its own (`Rules/attribution/outlet.yml`).
final class OutletFinder {
    private let matcher: Matcher
    private let canonical: [String: String]

    init(rules: RuleBook) {
        matcher = Matcher(rules.outletPattern)
        var canonical: [String: String] = [:]
        for outlet in rules.lexicon.outlets {
            for form in outlet.forms { canonical[form.lowercased()] = outlet.name }
        }
        self.canonical = canonical
    }

    /// The outlet named most often in self-referring places, earliest first on a tie; `nil` when none.
    func outlet(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        try matcher.forEachMatch(in: UnsafeBufferPointer(rebasing: bytes[range])) { match in
            if let found = match["outlet"] {
                let form = ByteText.string(UnsafeBufferPointer(rebasing: bytes[range]), found)
                let name = canonical[form.lowercased()] ?? form
                let entry = counts[name] ?? (0, found.lowerBound)
                counts[name] = (entry.count + 1, entry.first)
            }
            return true
        }
        return counts.max { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.value.first > $1.value.first }?.key
    }
}
