extension Extractor {
    /// What the stages of ``extract(_:)-([Document])`` learn about one document of a batch, stage by stage.
    private struct Work {
        let document: Document
        let bytes: UnsafeBufferPointer<UInt8>
        var paragraphs: [Range<Int>] = []
        var sentences: [Range<Int>] = []
        var cues: CueIndex?
        var index = PersonIndex()
        var state: DocumentState?
        var spans: [QuoteSpan] = []
        var problems: [MarkProblem] = []
        var lostMarks = false
        var outlet: String?
        var choices: [SpeakerChoice]?
        /// The error that stopped this document's extraction; later stages pass it by.
        var error: (any Error)?
    }

    /// Extracts and attributes the quotations of each document, as ``extract(_:)-(Document)`` would one by
    /// one, with an error (``PatternError``, when a rule pattern exceeds its match limits) for a document
    /// only where it failed. Each stage runs over the whole batch before the next begins, so that the
    /// code of a stage and the machine code of its patterns stay in the processor's caches from one
    /// document to the next; nothing one document finds reaches another.
    public func extract(_ documents: [Document]) -> [Result<ExtractionResult, any Error>] {
        var pointers: [UnsafeBufferPointer<UInt8>] = []
        pointers.reserveCapacity(documents.count)
        return Self.withBytes(of: documents[...], appendingTo: &pointers) { pointers in
            var batch = zip(documents, pointers).map { Work(document: $0, bytes: $1) }
            runStages(&batch)
            return batch.map { work in
                if let error = work.error { return .failure(error) }
                let state = work.state!
                return .success(ExtractionResult(
                    document: work.document, quotations: state.found.map(\.quotation), labels: state.labels,
                    markProblems: work.problems, outlet: work.outlet, people: work.index.people,
                    paragraphs: work.paragraphs, sentences: work.sentences, lostQuotationMarks: work.lostMarks,
                    danglingAttributions: state.dangling, speakerChoices: work.choices))
            }
        }
    }

    /// How many documents ``forEachResult(of:_:)`` extracts together. A stage's code and its patterns'
    /// machine code stay warm for this many documents (on news articles a batch of 64 extracts about a
    /// fifth faster than one document at a time), while the batch's results take a few megabytes at most.
    public static let batchSize = 64

    /// Extracts `documents` in batches of ``batchSize`` and calls `body` with each document and its result,
    /// in order: the same results as ``extract(_:)-(Document)`` one by one.
    public func forEachResult(of documents: [Document],
                              _ body: (Document, Result<ExtractionResult, any Error>) throws -> Void) rethrows {
        for start in stride(from: 0, to: documents.count, by: Self.batchSize) {
            let batch = Array(documents[start..<min(start + Self.batchSize, documents.count)])
            for (document, result) in zip(batch, extract(batch)) { try body(document, result) }
        }
    }

    /// Calls `body` with the bytes of every document, each valid for the whole call.
    private static func withBytes<T>(of documents: ArraySlice<Document>, appendingTo pointers: inout [UnsafeBufferPointer<UInt8>],
                                     _ body: ([UnsafeBufferPointer<UInt8>]) -> T) -> T {
        guard let first = documents.first else { return body(pointers) }
        return first.bytes.withUnsafeBufferPointer { bytes in
            pointers.append(bytes)
            return withBytes(of: documents.dropFirst(), appendingTo: &pointers, body)
        }
    }

    /// The pipeline, one stage at a time over the batch, in the order of ``PipelineStage/extraction``;
    /// each stage's time is charged to it on ``clock``.
    private func runStages(_ batch: inout [Work]) {
        clock?.start()
        for stage in PipelineStage.extraction {
            // A document stopped by an error is passed by in the later stages.
            for position in batch.indices where batch[position].error == nil {
                do { try run(stage, &batch[position]) } catch { batch[position].error = error }
            }
            clock?.mark(stage)
        }
    }

    /// Runs `stage` on one document.
    private func run(_ stage: PipelineStage, _ work: inout Work) throws {
        switch stage {
        case .segmentation:
            let (bytes, range) = (work.bytes, work.document.bodyRange)
            work.paragraphs = segmenter.paragraphs(in: bytes, range: range, format: work.document.format)
            work.sentences.reserveCapacity(work.paragraphs.count * 3)
            for paragraph in work.paragraphs { segmenter.appendSentences(in: bytes, paragraph: paragraph, to: &work.sentences) }
        case .speechCues:
            work.cues = try CueIndex(bytes: work.bytes, range: work.document.bodyRange, matcher: cueMatcher, scanner: cueScanner)
        case .people:
            let cues = work.cues!
            let locator = SentenceLocator(paragraphs: work.paragraphs, sentences: work.sentences)
            work.index.prepositions = rules.lexicon.prepositions
            // The scan asks in text order, twice over: the search goes on from the last answer.
            var cursor = 0
            var headlines = HeadlineLines()
            try work.index.scan(work.bytes, range: work.document.bodyRange, matchers: peopleMatchers, cleaner: cleaner,
                                cues: cues, sentenceStart: { locator.sentence(containing: $0, cursor: &cursor)?.lowerBound ?? $0 },
                                runsIntoHeadline: { [bytes = work.bytes] in headlines.nameRunsIntoHeadline(words: $0, at: $1, bytes, self) })
            work.state = DocumentState(bytes: work.bytes, locator: locator, index: work.index, cues: cues)
        case .quotationMarks:
            (work.spans, work.problems) = spanFinder.spans(in: work.bytes, paragraphs: work.paragraphs)
        case .frames:
            try attributeSpans(work.spans, &work.state!)
        case .reportedSpeech:
            work.lostMarks = work.spans.isEmpty && work.problems.isEmpty
                && ByteText.hasWords(work.bytes, work.document.bodyRange, atLeast: 151)
            try findReportedSpeech(&work.state!, lostMarks: work.lostMarks)
        case .resolution:
            Self.sortByContent(&work.state!.found)
            resolveSpeakers(&work.state!)
            work.choices = chooseSpeakers(&work.state!)
        case .outlet:
            work.outlet = try work.document.metadata.outlet ?? outlets.outlet(in: work.bytes, range: work.document.bodyRange)
        case .output:
            // Written by the caller, which charges the time to this stage itself.
            break
        }
    }
}
