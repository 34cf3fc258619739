extension Extractor {
    /// What surrounds one quotation span: its paragraph and sentence, the lead before its opening mark, and
    /// the frames that matched after its closing mark and in the lead.
    struct SpanFrames {
        var paragraph: Range<Int>
        var sentence: Range<Int>
        var lead: Range<Int>
        var after: FrameHit?
        var before: FrameHit?
    }

    /// The frames beside every span of a document (`nil` for a span outside any paragraph), found frame by
    /// frame over all spans rather than span by span: the same hits, with each pattern's machine code used
    /// for a whole document while it is in the processor's caches.
    ///
    /// A span's lead starts after the frame that followed the span before it in the same paragraph, so the
    /// after-frames are all found first, then the leads, then the before-frames. A span whose after-frame
    /// names a source gets no before-frame: ``attributeSpans(_:_:)`` would not read it.
    func framesBeside(_ spans: [QuoteSpan], _ state: DocumentState) throws -> [SpanFrames?] {
        let bytes = state.bytes
        var result: [SpanFrames?] = spans.map { span in
            guard let paragraph = state.locator.paragraph(containing: span.open.lowerBound) else { return nil }
            let sentence = state.locator.sentence(containing: span.open.lowerBound) ?? paragraph
            return SpanFrames(paragraph: paragraph, sentence: sentence, lead: 0..<0)
        }
        let afterRanges: [Range<Int>?] = spans.indices.map { index in
            guard let around = result[index], let close = spans[index].close else { return nil }
            return close.upperBound..<min(around.paragraph.upperBound, close.upperBound + 400)
        }
        let afterHits = try frames.matchAfter(in: bytes, ranges: afterRanges, cues: state.cues)
        var leads: [(range: Range<Int>, starts: [Int])] = []
        leads.reserveCapacity(spans.count)
        var previous: (span: QuoteSpan, after: FrameHit?)?
        for (index, span) in spans.enumerated() {
            guard var around = result[index] else { leads.append((0..<0, [])); continue }
            around.after = afterHits[index]
            var leadStart = max(around.sentence.lowerBound, around.paragraph.lowerBound)
            if let earlier = previous, around.paragraph.contains(earlier.span.outer.upperBound - 1) {
                leadStart = max(leadStart, earlier.after?.range.upperBound ?? earlier.span.outer.upperBound)
            }
            around.lead = leadStart..<max(leadStart, span.open.lowerBound)
            // A span whose after-frame names a source takes that source: its before-frame would go unread.
            let needsBefore = !(around.after?.namesSource ?? false)
            leads.append((around.lead, needsBefore ? sourceStarts(in: around.lead, state) : []))
            result[index] = around
            previous = (span, around.after)
        }
        let beforeHits = try frames.matchBefore(in: bytes, leads: leads, cues: state.cues)
        for index in result.indices where result[index] != nil { result[index]!.before = beforeHits[index] }
        return result
    }

    /// The word starts in `lead` where a source may begin: a few words before each speech verb (before-frames
    /// all need one; most leads have none), in text order.
    private func sourceStarts(in lead: Range<Int>, _ state: DocumentState) -> [Int] {
        var starts: [Int] = []
        reported.appendSourceStarts(state.bytes, lead, cues: state.cues.cues(in: lead), into: &starts)
        return starts
    }
}
