/// A pattern rule's `skip_document_when` and `skip_document_paragraphs`: the rule stays silent in a document
/// where the guard pattern matches, outside quotation marks, in at least that many paragraphs.
///
/// A column or a letter to the editor is written in the first person; there, first-person words outside
/// quotation marks are the writer's own voice, not speech that lost its marks.
struct DocumentGuard: Sendable {
    /// The guard pattern (placeholders expanded).
    let pattern: Pattern
    /// The fewest paragraphs (lines) with a guard match outside quotations that silence the rule.
    let paragraphs: Int

    /// Whether the guard silences its rule on `bytes[range]`, given the quoted ranges of the document
    /// (matches inside them do not count; without extraction there are none).
    func silences(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, quoted: [Range<Int>],
                  matcher: Matcher) throws -> Bool {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var lineStarts = Set<Int>()
        var silenced = false
        try matcher.forEachMatch(in: slice) { match in
            let found = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
            if quoted.contains(where: { $0.contains(found.lowerBound) && found.upperBound <= $0.upperBound }) { return true }
            var start = found.lowerBound
            while start > range.lowerBound, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
            lineStarts.insert(start)
            silenced = lineStarts.count >= paragraphs
            return !silenced
        }
        return silenced
    }
}
