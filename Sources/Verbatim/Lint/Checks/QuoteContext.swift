/// What surrounds a quotation in its paragraph, for `unattributed-quote`: whether an editor would see a
/// source even though extraction tied none to it.
struct QuoteContext {
    let check: UnattributedQuoteCheck
    let bytes: UnsafeBufferPointer<UInt8>
    let paragraphs: [Range<Int>]
    private let cue: Matcher
    private let before: Matcher?
    private let after: Matcher?

    init(check: UnattributedQuoteCheck, cue: Pattern, bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>]) {
        self.check = check
        self.bytes = bytes
        self.paragraphs = paragraphs
        self.cue = Matcher(cue)
        before = check.sourceBefore.map { Matcher($0) }
        after = check.sourceAfter.map { Matcher($0) }
    }

    /// Whether the paragraph around `quotation` shows its source.
    func hasVisibleSource(_ quotation: Quotation) throws -> Bool {
        let parameters = check
        let outer = (quotation.openMark?.lowerBound ?? quotation.content.lowerBound)
            ..< (quotation.closeMark?.upperBound ?? quotation.content.upperBound)
        guard let index = paragraphs.firstIndex(where: { $0.contains(outer.lowerBound) }) else { return false }
        let paragraph = paragraphs[index]
        let lead = paragraph.lowerBound..<max(paragraph.lowerBound, outer.lowerBound)
        let tail = min(outer.upperBound, paragraph.upperBound)..<max(paragraph.upperBound, outer.upperBound)
        if ByteText.wordCount(bytes, lead) + ByteText.wordCount(bytes, tail) <= parameters.standaloneMaxWords {
            return true
        }
        if parameters.skipAfterColon {
            let trimmed = ByteText.trimmed(bytes, lead)
            if trimmed.isEmpty, index > 0, endsWithColon(paragraphs[index - 1]) { return true }
            if !trimmed.isEmpty, endsWithColon(trimmed) { return true }
        }
        if parameters.skipWhenCueInParagraph, try matches(cue, lead) || matches(cue, tail) { return true }
        if let before, try matches(before, lead) { return true }
        if let after, !tail.isEmpty,
           try after.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[tail]), anchored: true) != nil {
            return true
        }
        return false
    }

    private func endsWithColon(_ range: Range<Int>) -> Bool {
        let trimmed = ByteText.trimmed(bytes, range)
        return !trimmed.isEmpty && bytes[trimmed.upperBound - 1] == UInt8(ascii: ":")
    }

    private func matches(_ matcher: Matcher, _ range: Range<Int>) throws -> Bool {
        guard !range.isEmpty else { return false }
        return try matcher.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[range])) != nil
    }
}
