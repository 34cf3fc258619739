/// The mentions of people in a document in text order: where, whom, and whether the mention opens its
/// sentence (subject position) or follows a preposition (object).
///
/// Mentions arrive out of order (people introduced in full first, then every shorter mention), so the
/// entries are kept in blocks of a few hundred: putting one in the middle moves part of one block, not the
/// rest of the document's mentions, and looking back from an offset reads only the entries it passes.
struct MentionTimeline {
    typealias Entry = (offset: Int, person: Int, opensSentence: Bool, isObject: Bool)

    /// Sorted by offset across and within blocks; no block is empty.
    private var blocks: [[Entry]] = []
    /// A block that grows to this size is split in two.
    private static let blockLimit = 512

    /// The block and the index in it of the first entry whose offset is greater than `offset` (the end of
    /// the last block when there is none).
    private func position(after offset: Int) -> (block: Int, index: Int) {
        var low = 0, high = blocks.count
        while low < high {
            let middle = (low + high) / 2
            if blocks[middle][blocks[middle].count - 1].offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < blocks.count else { return (max(0, blocks.count - 1), blocks.last?.count ?? 0) }
        let block = blocks[low]
        var first = 0, last = block.count
        while first < last {
            let middle = (first + last) / 2
            if block[middle].offset <= offset { first = middle + 1 } else { last = middle }
        }
        return (low, first)
    }

    /// Calls `body` with each entry whose offset lies in `range`, in text order.
    func forEach(in range: Range<Int>, _ body: (Entry) -> Void) {
        guard !range.isEmpty else { return }
        var (block, index) = position(after: range.lowerBound - 1)
        while block < blocks.count {
            while index < blocks[block].count {
                let entry = blocks[block][index]
                guard entry.offset < range.upperBound else { return }
                body(entry)
                index += 1
            }
            block += 1
            index = 0
        }
    }

    /// Whether a mention at `offset` is in the timeline.
    func contains(offset: Int) -> Bool {
        last(before: offset + 1)?.offset == offset
    }

    /// The last entry before `offset`.
    func last(before offset: Int) -> Entry? {
        let (block, index) = position(after: offset - 1)
        if index > 0 { return blocks[block][index - 1] }
        return block > 0 ? blocks[block - 1].last : nil
    }

    /// Adds `entry` after every entry at or before its offset.
    mutating func insert(_ entry: Entry) {
        guard let lastBlock = blocks.indices.last else {
            blocks.append([entry])
            return
        }
        // Mentions mostly arrive in text order: the new last one needs no search.
        let (block, index) = blocks[lastBlock][blocks[lastBlock].count - 1].offset <= entry.offset
            ? (lastBlock, blocks[lastBlock].count) : position(after: entry.offset)
        blocks[block].insert(entry, at: index)
        if blocks[block].count >= 2 * Self.blockLimit {
            let upper = Array(blocks[block][Self.blockLimit...])
            blocks[block].removeSubrange(Self.blockLimit...)
            blocks.insert(upper, at: block + 1)
        }
    }

    /// The last entry before `offset` for which `predicate` holds, looking back from `offset`.
    func last(before offset: Int, where predicate: (Entry) -> Bool) -> Entry? {
        guard !blocks.isEmpty else { return nil }
        var (block, index) = position(after: offset - 1)
        while true {
            while index > 0 {
                index -= 1
                if predicate(blocks[block][index]) { return blocks[block][index] }
            }
            guard block > 0 else { return nil }
            block -= 1
            index = blocks[block].count
        }
    }
}
