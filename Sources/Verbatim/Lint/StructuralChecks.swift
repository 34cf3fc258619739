/// The checks fed by the extraction pipeline: quotations without a speaker, quotation marks that do not
/// pair up, and the claim behind a vague source.
enum StructuralChecks {
    /// `unattributed-quote`: a quotation of one of the rule's kinds with no speaker, unless an editor would
    /// see a source beside it: it stands alone in its paragraph, a colon introduces it, a speech cue is in
    /// its paragraph, or the rule's `source_before` / `source_after` patterns find a source next to it.
    static func unattributedQuotes(_ rule: LintRule, _ extraction: ExtractionResult, _ bytes: UnsafeBufferPointer<UInt8>,
                                   cue: Pattern) throws -> [LintHit] {
        let context = QuoteContext(rule: rule, cue: cue, bytes: bytes, paragraphs: extraction.paragraphs)
        var hits: [LintHit] = []
        for quotation in extraction.quotations {
            guard quotation.speaker == nil, rule.parameters.quoteKinds.contains(quotation.kind), !quotation.content.isEmpty,
                  ByteText.wordCount(bytes, quotation.content) >= rule.parameters.minWords,
                  try !context.hasVisibleSource(quotation) else { continue }
            let values = ["match": ByteText.string(bytes, quotation.content),
                          "quote": excerpt(bytes, quotation.content, words: 8),
                          "kind": quotation.kind.rawValue]
            hits.append(LintHit(range: quotation.content, message: MessageTemplate.render(rule.message, values)))
        }
        return hits
    }

    /// `unbalanced-mark`: each mark problem of the rule's kind, covering the mark and the few words before
    /// it on its line (or after it, when it opens the line).
    static func unbalancedMarks(_ rule: LintRule, _ extraction: ExtractionResult,
                                _ bytes: UnsafeBufferPointer<UInt8>) -> [LintHit] {
        extraction.markProblems.compactMap { problem in
            guard problem.kind == rule.parameters.markProblem, !isMarkup(bytes, problem.mark),
                  !isInchMark(bytes, problem.mark) else { return nil }
            let line = extraction.document.lineIndex.lineRange(containing: problem.mark.lowerBound)
            let words = rule.parameters.contextWords
            var range = wordsBefore(bytes, problem.mark.lowerBound, count: words, limit: line.lowerBound)..<problem.mark.upperBound
            if range.lowerBound == problem.mark.lowerBound {
                range = problem.mark.lowerBound..<wordsAfter(bytes, problem.mark.upperBound, count: words, limit: line.upperBound)
            }
            let values = ["match": ByteText.string(bytes, range), "mark": ByteText.string(bytes, problem.mark)]
            return LintHit(range: range, message: MessageTemplate.render(rule.message, values))
        }
    }

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

    /// `vague-source` with extraction: points each hit at the quotation whose speaker or cue it overlaps.
    static func relateVagueSources(_ hits: [LintHit], _ extraction: ExtractionResult) -> [LintHit] {
        hits.map { hit in
            var hit = hit
            let claims = extraction.quotations.filter { quotation in
                let source = [quotation.speaker?.mention, quotation.cue].compactMap { $0 }
                return source.contains { $0.overlaps(hit.range) }
            }
            hit.related = claims.map(\.content)
            return hit
        }
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
