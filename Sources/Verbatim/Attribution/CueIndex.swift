/// Where the speech verbs of a document are (`speech_cue` in `Rules/extraction/quotations.yml`), found in
/// one pass so that every later question ("is there a speech verb in this stretch?") is a binary search.
struct CueIndex {
    /// The verbs' byte ranges, in text order.
    let cues: [Range<Int>]

    /// An index of cues found beforehand (in text order, none overlapping another).
    init(cues: [Range<Int>]) { self.cues = cues }

    /// Runs `matcher` over `range`: anchored at the candidates of `scanner` (``WordStartFilter/filter(for:)`` of
    /// the matcher's pattern: the same matches, found without PCRE2 trying every letter), else as one search.
    init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, matcher: Matcher, scanner: CheckedPrefilter<WordStartFilter>?) throws {
        var cues: [Range<Int>] = []
        // Room for a cue in every 128 bytes, more than news text holds: the array is allocated once, not
        // grown five or six times.
        cues.reserveCapacity(range.count / 128)
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

    /// The index of the first cue at or after `low` that ends after `offset`. Cues do not overlap and
    /// come in text order, so their ends rise with their starts.
    private func firstIndex(from low: Int, endingAfter offset: Int) -> Int {
        var low = low, high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The cues that lie wholly inside `range`.
    func cues(in range: Range<Int>) -> ArraySlice<Range<Int>> {
        let start = firstIndex(startingAtOrAfter: range.lowerBound)
        return cues[start..<max(start, firstIndex(from: start, endingAfter: range.upperBound))]
    }

    /// ``cues(in:)`` for ranges asked in text order (each starting no earlier than the one before), read on
    /// from `cursor` (0 for the first range), which is left where this answer begins.
    func cues(in range: Range<Int>, cursor: inout Int) -> ArraySlice<Range<Int>> {
        if cursor > cues.count || (cursor > 0 && cues[cursor - 1].lowerBound >= range.lowerBound) {
            cursor = firstIndex(startingAtOrAfter: range.lowerBound)
        }
        while cursor < cues.count, cues[cursor].lowerBound < range.lowerBound { cursor += 1 }
        var end = cursor
        while end < cues.count, cues[end].upperBound <= range.upperBound { end += 1 }
        return cues[cursor..<end]
    }

    /// Whether some speech cue overlaps `range` (starts before its end and ends after its start).
    ///
    /// Every place a speech verb of the lexicon stands as a whole word lies inside a cue: the cue
    /// search reaches each such word unless an earlier cue already covers it.
    func overlaps(_ range: Range<Int>) -> Bool {
        let index = firstIndex(from: 0, endingAfter: range.lowerBound)
        return index < cues.count && cues[index].lowerBound < range.upperBound
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
        // The cues ending at `end` follow one another; the first that starts in the 64 bytes before it.
        let earliest = max(0, end - 64)
        var position = firstIndex(from: 0, endingAfter: end - 1)
        while position < cues.count, cues[position].upperBound == end {
            if cues[position].lowerBound >= earliest, cues[position].lowerBound < end { return cues[position] }
            position += 1
        }
        return nil
    }
}
