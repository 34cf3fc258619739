/// Finds the outlet an article names as its own (`Rules/attribution/outlet.yml`).
final class OutletFinder {
    private let matcher: Matcher
    private let names: Matcher
    /// Offers the outlet-name search only the word starts where a name can begin.
    private let namesScanner: CheckedPrefilter<WordStartFilter>?
    /// Offers the outlet pattern, in each window, only the places where a match can start.
    private let starts: CheckedPrefilter<StartPairFilter>?
    /// The number of the `outlet` group (one number for every branch of the pattern's `(?|…)`).
    private let outletGroup: Int?
    private let canonical: [String: String]

    init(rules: RuleBook) {
        matcher = Matcher(rules.outletPattern)
        names = Matcher(rules.outletNames)
        namesScanner = WordStartFilter.filter(for: rules.outletNames)
        starts = StartPairFilter.filter(for: rules.outletPattern)
        outletGroup = rules.outletPattern.groupNumbers["outlet"]
        var canonical: [String: String] = [:]
        for outlet in rules.lexicon.outlets {
            for form in outlet.forms { canonical[form.lowercased()] = outlet.name }
        }
        self.canonical = canonical
    }

    /// The outlet named most often in self-referring places, earliest first on a tie; `nil` when none.
    func outlet(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        // Outlet names are rare: find them first, then read the context of each with the full pattern.
        var windows: [Range<Int>] = []
        func widen(_ found: Range<Int>) {
            let lower = max(range.lowerBound, found.lowerBound + range.lowerBound - 48)
            let upper = min(range.upperBound, found.upperBound + range.lowerBound + 48)
            if let last = windows.last, last.upperBound >= lower {
                windows[windows.count - 1] = last.lowerBound..<upper
            } else {
                windows.append(lower..<upper)
            }
        }
        let body = UnsafeBufferPointer(rebasing: bytes[range])
        if let scanner = namesScanner {
            try scanner.forEachMatch(of: names, in: body, widen)
        } else {
            try names.forEachMatch(in: body) { widen($0.range); return true }
        }
        for window in windows {
            let slice = UnsafeBufferPointer(rebasing: bytes[window])
            func count(_ found: Range<Int>) {
                let form = ByteText.string(slice, found)
                let name = canonical[form.lowercased()] ?? form
                let entry = counts[name] ?? (0, found.lowerBound + window.lowerBound)
                counts[name] = (entry.count + 1, entry.first)
            }
            if let starts {
                try starts.forEachMatch(of: matcher, in: slice) { _ in
                    if let outletGroup, let found = matcher.group(outletGroup) { count(found) }
                }
            } else {
                try matcher.forEachMatch(in: slice) { match in
                    if let found = match["outlet"] { count(found) }
                    return true
                }
            }
        }
        return counts.max { $0.value.count != $1.value.count ? $0.value.count < $1.value.count : $0.value.first > $1.value.first }?.key
    }
}
