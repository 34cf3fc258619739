/// The headline on top of an article: its capitalised words are not names to read people from ("Ted Cruz
/// Hints Trump Would") and its names are not speakers.
extension Extractor {
    /// Whether `paragraph`, the first of a document, is a headline whose names are not speakers: it does
    /// not end a sentence (a headline, or a photo caption ending in its credit), or it is in title case.
    func readsAsHeadline(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        Self.endsWithoutSentenceEnd(paragraph, bytes) || isInTitleCase(paragraph, bytes)
    }

    /// Whether `paragraph` is written in title case: three words or more, every one capitalised but the
    /// minor words of `title_minor_words`, with or without a final period. Its capitalised words run
    /// together, so people are not read from it. A sentence that opens an article names people too, but
    /// its verbs and nouns are in lower case ("Gov. Ann Lee signed the bill on Monday.").
    func isInTitleCase(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (counted, capitalised) = classifier.capitalisedWords(bytes, paragraph, untilLowercase: true)
        return counted >= 3 && capitalised == counted
    }

    /// A paragraph that does not end a sentence: no final period, question or exclamation mark or colon,
    /// nor a closing quotation mark after one.
    static func endsWithoutSentenceEnd(_ paragraph: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, ASCIIByte.isSpace(bytes[end - 1]) { end -= 1 }
        guard end > paragraph.lowerBound else { return false }
        var last = end - 1
        // Step back over closing quotation marks (ASCII, or the three bytes of ” and ’).
        while last > paragraph.lowerBound {
            if bytes[last] == UInt8(ascii: "\"") || bytes[last] == UInt8(ascii: "'") { last -= 1; continue }
            if last >= paragraph.lowerBound + 2, bytes[last - 2] == 0xE2, bytes[last - 1] == 0x80,
               bytes[last] == 0x9D || bytes[last] == 0x99 { last -= 3; continue }
            break
        }
        let byte = bytes[last]
        return !(byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: ":"))
    }
}

/// Whether a name runs into the words of a headline on a line of its own, at the top or inside a live blog
/// ("… 9:09PM Ted Cruz Hints Trump Would Get Border Wall Contract"): it has ``minimumWords`` words or more and
/// its line is in title case (``Extractor/isInTitleCase(_:_:)``). Asked for offsets in text order, it keeps
/// the last line's answer: the names of one long line come one after the other.
struct HeadlineLines {
    /// A name of fewer words on a title-case line is taken as written ("Ted Cruz").
    static let minimumWords = 3

    private var line: Range<Int> = 0..<0
    private var inTitleCase = false

    /// Whether a name of `words` words at `offset` runs into a headline's words.
    mutating func nameRunsIntoHeadline(words: Int, at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                       _ extractor: Extractor) -> Bool {
        guard words >= Self.minimumWords else { return false }
        if line.contains(offset) { return inTitleCase }
        var start = offset, end = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        line = start..<end
        inTitleCase = extractor.isInTitleCase(line, bytes)
        return inTitleCase
    }
}
