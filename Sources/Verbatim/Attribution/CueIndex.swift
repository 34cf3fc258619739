/// Where the speech verbs of a document are (`speech_cue` in `Rules/extraction/quotations.yml`), found in
/// one pass so that every later question ("is there a speech verb in this stretch?") is a binary search.
struct CueIndex {
    /// The verbs' byte ranges, in text order.
    let cues: [Range<Int>]

    /// Runs `matcher` over `range`: anchored at the candidates of `scanner` (``WordStartScanner/scanner(for:)`` of
    /// the matcher's pattern: the same matches, found without PCRE2 trying every letter), else as one search.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, matcher: Matcher, scanner: WordStartScanner?) throws {
        var cues: [Range<Int>] = []
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        func add(_ found: Range<Int>) {
            cues.append((found.lowerBound + range.lowerBound)..<(found.upperBound + range.lowerBound))
        }
        if let scanner {
            try scanner.forEachMatch(of: matcher, in: slice, add)
        } else {
            try matcher.forEachMatch(in: slice) { add($0.range); return true }
        }
        self.cues = cues
    }

    /// The index of the first cue that starts at or after `offset`.
    private func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0, high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The cues that lie wholly inside `range`.
    func cues(in range: Range<Int>) -> ArraySlice<Range<Int>> {
        var index = firstIndex(startingAtOrAfter: range.lowerBound)
        let start = index
        while index < cues.count, cues[index].upperBound <= range.upperBound { index += 1 }
        return cues[start..<index]
    }

    /// Whether a speech verb lies wholly inside `range`.
    func contains(in range: Range<Int>) -> Bool {
        let index = firstIndex(startingAtOrAfter: range.lowerBound)
        return index < cues.count && cues[index].upperBound <= range.upperBound
    }

    /// The cue that ends exactly at `offset` after skipping back over spaces, if any.
    func cue(endingBefore offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A || bytes[end - 1] == 0x09 { end -= 1 }
        guard end < offset else { return nil }
        let index = firstIndex(startingAtOrAfter: max(0, end - 64))
        var position = index
        while position < cues.count, cues[position].lowerBound < end {
            if cues[position].upperBound == end { return cues[position] }
            position += 1
        }
        return nil
    }
}
