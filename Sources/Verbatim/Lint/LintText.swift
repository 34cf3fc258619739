/// Byte-level helpers the lint checks share: where a finding's context words start and end, marks that are
/// markup or inch marks, excerpts for messages.
enum LintText {
    /// Whether `mark` sits inside an HTML/XML tag on its line (`<tweet author="…">` left by scraping).
    static func isMarkup(_ bytes: UnsafeBufferPointer<UInt8>, _ mark: Range<Int>) -> Bool {
        var index = mark.lowerBound - 1
        while index >= 0, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == UInt8(ascii: "<") { return true }
            index -= 1
        }
        return false
    }

    /// Whether `mark` is a straight double quote right after a digit or a foot mark: an inch mark (6'3").
    static func isInchMark(_ bytes: UnsafeBufferPointer<UInt8>, _ mark: Range<Int>) -> Bool {
        guard mark.count == 1, bytes[mark.lowerBound] == UInt8(ascii: "\""), mark.lowerBound > 0 else { return false }
        let before = bytes[mark.lowerBound - 1]
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before)
    }

    /// The first `words` words of `range`, with "…" when there are more.
    static func excerpt(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, words: Int) -> String {
        let all = ByteText.string(bytes, range).split(whereSeparator: { $0.isWhitespace })
        return all.prefix(words).joined(separator: " ") + (all.count > words ? " …" : "")
    }

    /// The start of the `count`-th word before `offset`, not before `limit`.
    static func wordsBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, count: Int, limit: Int) -> Int {
        var position = offset, found = 0, inWord = false, start = offset
        while position > limit, let (scalar, previous) = UTF8Scalars.scalar(before: position, in: bytes) {
            if scalar.isSpace {
                if inWord { found += 1; start = position; inWord = false; if found == count { break } }
            } else {
                inWord = true
            }
            position = previous
        }
        if inWord && found < count { start = position }
        return count == 0 ? offset : start
    }

    /// The end of the `count`-th word after `offset`, not after `limit`.
    static func wordsAfter(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, count: Int, limit: Int) -> Int {
        var position = offset, found = 0, inWord = false, end = offset
        while position < limit, let (scalar, length) = UTF8Scalars.scalar(at: position, in: bytes) {
            if scalar.isSpace {
                if inWord { found += 1; end = position; inWord = false; if found == count { break } }
            } else {
                inWord = true
            }
            position += length
        }
        if inWord && found < count { end = position }
        return count == 0 ? offset : end
    }
}
