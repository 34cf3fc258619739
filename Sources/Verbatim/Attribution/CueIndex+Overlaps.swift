extension CueIndex {
    /// Whether some speech cue overlaps `range` (starts before its end and ends after its start).
    ///
    /// Every place a speech verb of the lexicon stands as a whole word lies inside a cue: the cue
    /// search reaches each such word unless an earlier cue already covers it.
    func overlaps(_ range: Range<Int>) -> Bool {
        // Cues do not overlap one another, so they are in order of their ends as well as their starts.
        var low = 0, high = cues.count
        while low < high {
            let middle = (low + high) / 2
            if cues[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < cues.count && cues[low].lowerBound < range.upperBound
    }
}
