/// Finds the paragraph and sentence around a byte offset by binary search.
struct SentenceLocator {
    let paragraphs: [Range<Int>]
    let sentences: [Range<Int>]

    func paragraph(containing offset: Int) -> Range<Int>? { Self.range(in: paragraphs, containing: offset) }

    func sentence(containing offset: Int) -> Range<Int>? { Self.range(in: sentences, containing: offset) }

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
