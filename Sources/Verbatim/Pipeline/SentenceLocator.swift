/// Finds the paragraph and sentence around a byte offset by binary search.
struct SentenceLocator {
    let paragraphs: [Range<Int>]
    let sentences: [Range<Int>]

    func paragraph(containing offset: Int) -> Range<Int>? { Self.range(in: paragraphs, containing: offset) }

    func sentence(containing offset: Int) -> Range<Int>? { Self.range(in: sentences, containing: offset) }

    /// The position of `paragraph` in ``paragraphs``, or `nil` when it is not one of them.
    func index(ofParagraph paragraph: Range<Int>) -> Int? {
        var low = 0, high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].lowerBound < paragraph.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < paragraphs.count && paragraphs[low] == paragraph ? low : nil
    }

    /// The sentences that lie inside `paragraph`.
    func sentences(in paragraph: Range<Int>) -> [Range<Int>] {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= paragraph.lowerBound { low = middle + 1 } else { high = middle }
        }
        var result: [Range<Int>] = []
        while low < sentences.count, sentences[low].lowerBound < paragraph.upperBound {
            result.append(sentences[low])
            low += 1
        }
        return result
    }

    /// ``sentence(containing:)`` for offsets asked mostly in text order: the search starts at `cursor` (0 at
    /// first), which is left at the answer, and looks a few sentences on before it bisects.
    func sentence(containing offset: Int, cursor: inout Int) -> Range<Int>? {
        let ranges = sentences
        // `low..<high` holds the first sentence that starts after `offset` (or the end).
        var low = 0, high = ranges.count
        if cursor < ranges.count, ranges[cursor].lowerBound <= offset {
            low = cursor + 1
            var steps = 0
            while low < high, steps < 4 {
                if ranges[low].lowerBound <= offset { low += 1; steps += 1 } else { high = low }
            }
        } else {
            high = min(cursor, ranges.count)
        }
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        cursor = max(low - 1, 0)
        guard low > 0, ranges[low - 1].upperBound > offset else { return nil }
        return ranges[low - 1]
    }

    /// The last range starting at or before `offset`, when it reaches past `offset`.
    private static func range(in ranges: [Range<Int>], containing offset: Int) -> Range<Int>? {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0, ranges[low - 1].upperBound > offset else { return nil }
        return ranges[low - 1]
    }
}
