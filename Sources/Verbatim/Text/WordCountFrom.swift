/// The words from a fixed start up to an end that grows: ``ByteText/wordCount(_:_:upTo:)`` of
/// `start..<end`, where a count to an end at or after the last one asked reads on from where that reading
/// stopped instead of from the start again. A speaker candidate's mention is counted to quotation after
/// quotation, and a quotation to mention after mention.
struct WordCountFrom {
    let start: Int
    let limit: Int
    /// The end last asked, the count to it, where its reading stopped and whether it stopped inside a word.
    private var end: Int
    private var count = 0
    private var stop: Int
    private var inWord = false
    /// The count can no longer grow: `limit` words were seen, or the bytes stopped being UTF-8.
    private var final = false

    init(from start: Int, upTo limit: Int) {
        self.start = start
        self.limit = limit
        end = start
        stop = start
    }

    /// ``ByteText/wordCount(_:_:upTo:)`` of `start..<end` in `bytes` (always the same text), up to ``limit``.
    mutating func count(to end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let end = max(start, end)
        guard end >= self.end, final || stop <= end else {
            // An earlier end: read from the start.
            self = WordCountFrom(from: start, upTo: limit)
            return count(to: end, in: bytes)
        }
        self.end = end
        if final { return count }
        let read = ByteText.wordCount(bytes, stop..<end, upTo: limit - count, inWord: &inWord)
        count += read.count
        final = count >= limit || read.stop < end
        stop = read.stop
        return count
    }
}
