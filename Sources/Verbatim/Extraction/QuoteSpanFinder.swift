/// Pairs quotation marks into ``QuoteSpan``s, paragraph by paragraph, and reports marks that do not pair.
///
/// Double marks are paired first; single marks only count outside double quotations (inside, they are
/// quotations within the quotation and stay part of its text). A quotation left open at the end of a
/// paragraph continues when the next paragraph opens with a quotation mark (the newspaper convention for
/// quotations over several paragraphs); otherwise it ends with its paragraph and is reported as unclosed,
/// so an unbalanced mark never swallows the rest of the document.
public struct QuoteSpanFinder: Sendable {
    public let marks: QuotationMarks

    public init(marks: QuotationMarks) { self.marks = marks }

    /// Spans and problems for a document's paragraphs, in order.
    public func spans(in bytes: UnsafeBufferPointer<UInt8>, paragraphs: [Range<Int>]) -> (spans: [QuoteSpan], problems: [MarkProblem]) {
        var spans: [QuoteSpan] = []
        var problems: [MarkProblem] = []
        var carriesOver = false
        // One set of buffers for the whole document, emptied for each paragraph.
        var effects: [(QuotationMarks.Token, MarkContext.Effect)] = []
        var doubles: [(QuotationMarks.Token, MarkContext.Effect)] = []
        var double: [QuoteSpan] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let context = MarkContext(bytes: bytes, paragraph: paragraph)
            effects.removeAll(keepingCapacity: true)
            marks.forEachToken(in: bytes, range: paragraph) { effects.append(($0, context.effect(of: $0))); return true }
            guard !effects.isEmpty else {
                carriesOver = false
                continue
            }
            let nextOpens = index + 1 < paragraphs.count && opensWithMark(bytes, paragraphs[index + 1])
            pairDouble(bytes, effects, paragraph, nextOpens: nextOpens, doubles: &doubles, into: &double, problems: &problems)
            if carriesOver, let first = double.first, first.open.lowerBound == firstMarkOffset(effects) {
                double[0].continuesPrevious = true
            }
            carriesOver = double.last?.continuesNext ?? false
            spans += double
            pairSingle(effects.lazy.filter { token, _ in
                token.family == .single && !double.contains { $0.outer.contains(token.range.lowerBound) }
            }, into: &spans)
        }
        for index in spans.indices { spans[index].content = ByteText.trimmed(bytes, spans[index].content) }
        spans.sort { $0.open.lowerBound < $1.open.lowerBound }
        problems.sort { $0.mark.lowerBound < $1.mark.lowerBound }
        return (spans, problems)
    }

    /// The spans of the double marks among `effects`, in `spans` (emptied first); `doubles` is a buffer.
    private func pairDouble(_ bytes: UnsafeBufferPointer<UInt8>, _ effects: [(QuotationMarks.Token, MarkContext.Effect)], _ paragraph: Range<Int>,
                            nextOpens: Bool, doubles: inout [(QuotationMarks.Token, MarkContext.Effect)],
                            into spans: inout [QuoteSpan], problems: inout [MarkProblem]) {
        doubles.removeAll(keepingCapacity: true)
        for effect in effects where effect.0.family == .double { doubles.append(effect) }
        spans.removeAll(keepingCapacity: true)
        var openMark: Range<Int>?
        var openRole: QuotationMarks.Role = .either
        for (position, (token, effect)) in doubles.enumerated() {
            switch effect {
            case .open:
                if openMark == nil { openMark = token.range; openRole = token.role }
            case .close, .weakClose, .closeOrApostrophe:
                guard let opened = openMark else {
                    problems.append(MarkProblem(kind: .strayClosing, mark: token.range))
                    continue
                }
                if effect == .weakClose, doubles[(position + 1)...].contains(where: { $0.1 == .close || $0.1 == .weakClose }) {
                    continue
                }
                // Straight marks inside a curly quotation ("“Yes, he said "no" twice,”") are quoted words within
                // it when a curly closing mark is still to come.
                if token.role == .either, openRole == .open,
                   doubles[(position + 1)...].contains(where: { $0.0.role == .close }) {
                    continue
                }
                spans.append(QuoteSpan(open: opened, close: token.range,
                                       content: opened.upperBound..<token.range.lowerBound, family: .double))
                openMark = nil
            case .dangling:
                problems.append(MarkProblem(kind: .unclosedOpening, mark: token.range))
            case .closeIfOpen:
                guard let opened = openMark else {
                    problems.append(MarkProblem(kind: .unclosedOpening, mark: token.range))
                    continue
                }
                spans.append(QuoteSpan(open: opened, close: token.range,
                                       content: opened.upperBound..<token.range.lowerBound, family: .double))
                openMark = nil
            case .apostrophe:
                continue
            }
        }
        if let opened = openMark {
            var span = QuoteSpan(open: opened, close: nil, content: opened.upperBound..<paragraph.upperBound, family: .double)
            if nextOpens && startsStatement(bytes, span.content) {
                span.continuesNext = true
            } else {
                problems.append(MarkProblem(kind: .unclosedOpening, mark: opened))
            }
            spans.append(span)
        }
    }

    /// Appends the spans of single marks `effects` to `spans`.
    private func pairSingle<Effects: Sequence<(QuotationMarks.Token, MarkContext.Effect)>>(_ effects: Effects,
                                                                                          into spans: inout [QuoteSpan]) {
        var openMark: Range<Int>?
        for (token, effect) in effects {
            switch effect {
            case .open:
                openMark = openMark ?? token.range
            case .close, .weakClose, .closeOrApostrophe:
                guard let opened = openMark else { continue }
                spans.append(QuoteSpan(open: opened, close: token.range,
                                       content: opened.upperBound..<token.range.lowerBound, family: .single))
                openMark = nil
            case .closeIfOpen:
                guard let opened = openMark else { continue }
                spans.append(QuoteSpan(open: opened, close: token.range,
                                       content: opened.upperBound..<token.range.lowerBound, family: .single))
                openMark = nil
            case .apostrophe, .dangling:
                continue
            }
        }
    }

    /// A quotation that starts with a capital letter or a digit: a statement that may run on into the next
    /// paragraph (a fragment woven into a sentence does not).
    private func startsStatement(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        let start = ByteText.trimmed(bytes, content).lowerBound
        guard let (scalar, _) = UTF8Scalars.scalar(at: start, in: bytes) else { return false }
        return scalar.properties.isUppercase || scalar.properties.numericType != nil
    }

    private func opensWithMark(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        let start = ByteText.trimmed(bytes, paragraph).lowerBound
        guard let token = marks.firstToken(in: bytes, range: start..<min(start + 4, paragraph.upperBound)) else { return false }
        return token.range.lowerBound == start && token.family == .double && token.role != .close
    }

    private func firstMarkOffset(_ effects: [(QuotationMarks.Token, MarkContext.Effect)]) -> Int? {
        effects.first { $0.0.family == .double }?.0.range.lowerBound
    }
}
