import Foundation

/// Extracts documents on several threads and hands the results back in input order, byte for byte what one
/// ``Extractor`` gives one batch after another.
///
/// Each worker thread owns its own ``Extractor`` (its PCRE2 match data and JIT stacks); the compiled
/// patterns of the shared ``RuleBook`` are immutable and safe to share. Documents are taken from the input
/// sequence on the calling thread, in batches of ``Extractor/batchSize``, and at most ``window`` batches are
/// in flight at once (read, being extracted, or waiting to be handed back), so memory stays flat however long
/// the input is.
///
/// ```swift
/// let parallel = ParallelExtractor(rules: book, jobs: 4)
/// try parallel.forEachResult(of: documents, transform: { _, outcome in try? outcome.get() }) { result in … }
/// ```
public struct ParallelExtractor: Sendable {
    public let rules: RuleBook
    /// How many worker threads extract at once (1: extraction runs on the calling thread).
    public let jobs: Int
    /// How many batches may be in flight at once.
    public var window: Int { jobs * 2 }
    /// When set, every worker's extractor keeps how speakers were chosen (``Extractor/explains``).
    public var explains = false

    /// The number of processors the system reports as active: the default for ``jobs``.
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public init(rules: RuleBook, jobs: Int = ParallelExtractor.defaultJobs) {
        self.rules = rules
        self.jobs = max(1, jobs)
    }

    /// Extracts `documents` and calls `body`, on the calling thread and in input order, with what `transform`
    /// made of each document and its result. `transform` runs on the worker that extracted the document (so
    /// that work such as writing JSON is spread over the workers too).
    ///
    /// - Parameter clock: when given, the time of each stage on every worker is added to it, `transform`'s
    ///   time to ``StageClock/Stage/output``.
    public func forEachResult<Documents: Sequence<Document>, Output: Sendable>(
        of documents: Documents, clock: StageClock? = nil,
        transform: @escaping @Sendable (Document, Result<ExtractionResult, any Error>) -> Output,
        _ body: (Output) throws -> Void
    ) rethrows {
        try forEachBatch(of: documents, clock: clock, work: { extractor, batch in
            zip(batch, extractor.extract(batch)).map { transform($0, $1) }
        }, afterBatch: {}, body)
    }

    /// Extracts the documents among `inputs` (refused inputs pass through, as ``Extractor/outcomes(of:)``
    /// gives them) and calls `body`, in input order, with what `transform` made of each outcome on its
    /// worker; `afterBatch` is called after the outputs of each batch (to flush a stream).
    public func forEachOutcome<Inputs: Sequence<DocumentInput>, Output: Sendable>(
        of inputs: Inputs, transform: @escaping @Sendable (DocumentOutcome) -> Output,
        afterBatch: () -> Void = {}, _ body: (Output) throws -> Void
    ) rethrows {
        try forEachBatch(of: inputs, clock: nil, work: { extractor, batch in extractor.outcomes(of: batch).map(transform) },
                         afterBatch: afterBatch, body)
    }

    /// The machinery of both: `inputs` taken in batches on the calling thread, each batch handed to `work` with
    /// the extractor of a worker, and the outputs handed to `body` in input order.
    private func forEachBatch<Inputs: Sequence, Output: Sendable>(
        of inputs: Inputs, clock: StageClock?,
        work: @escaping @Sendable (Extractor, [Inputs.Element]) -> [Output],
        afterBatch: () -> Void, _ body: (Output) throws -> Void
    ) rethrows where Inputs.Element: Sendable {
        let size = batchSize(for: inputs.underestimatedCount)
        var iterator = inputs.makeIterator()
        var exhausted = false
        /// The next batch of the input, or `nil` when it is used up.
        func nextBatch() -> [Inputs.Element]? {
            guard !exhausted else { return nil }
            var batch: [Inputs.Element] = []
            batch.reserveCapacity(size)
            while batch.count < size {
                guard let input = iterator.next() else {
                    exhausted = true
                    break
                }
                batch.append(input)
            }
            return batch.isEmpty ? nil : batch
        }
        guard jobs > 1 else {
            let extractor = Extractor(rules: rules)
            extractor.clock = clock
            extractor.explains = explains
            while let batch = nextBatch() {
                let outputs = work(extractor, batch)
                clock?.mark(.output)
                for output in outputs { try body(output) }
                afterBatch()
            }
            return
        }
        let queue = BatchQueue<Inputs.Element, Output>()
        let timed = clock != nil
        var threads: [Thread] = []
        for _ in 0..<jobs {
            let thread = Thread { [rules, queue, explains] in Self.work(queue, rules: rules, timed: timed, explains: explains, work: work) }
            // Deep enough for the main thread's work on a very long document.
            thread.stackSize = 16 << 20
            threads.append(thread)
            thread.start()
        }
        defer {
            let times = queue.finish(workers: threads.count)
            clock?.add(times)
        }
        var submitted = 0, handed = 0
        while true {
            while submitted - handed < window, let batch = nextBatch() {
                queue.submit(batch, number: submitted)
                submitted += 1
            }
            guard handed < submitted else { break }
            let outputs = queue.outputs(of: handed)
            handed += 1
            for output in outputs { try body(output) }
            afterBatch()
        }
    }

    /// ``forEachResult(of:clock:transform:_:)`` handing each document and its result to `body` as they are.
    public func forEachResult<Documents: Sequence<Document>>(
        of documents: Documents, clock: StageClock? = nil,
        _ body: (Document, Result<ExtractionResult, any Error>) throws -> Void
    ) rethrows {
        try forEachResult(of: documents, clock: clock, transform: { ($0, $1) }, { try body($0.0, $0.1) })
    }

    /// The batch size for an input of at least `count` documents: ``Extractor/batchSize``, or less when that
    /// would leave workers idle on a short input.
    private func batchSize(for count: Int) -> Int {
        guard jobs > 1, count > 0 else { return Extractor.batchSize }
        return max(1, min(Extractor.batchSize, (count + jobs - 1) / jobs))
    }

    /// A worker's loop: its own extractor (and clock), batches until the queue is closed.
    private static func work<Input: Sendable, Output: Sendable>(_ queue: BatchQueue<Input, Output>, rules: RuleBook, timed: Bool, explains: Bool,
                                                                work: (Extractor, [Input]) -> [Output]) {
        let extractor = Extractor(rules: rules)
        let clock = timed ? StageClock() : nil
        extractor.clock = clock
        extractor.explains = explains
        while let (number, batch) = queue.take() {
            let outputs = work(extractor, batch)
            clock?.mark(.output)
            queue.deliver(outputs, number: number)
        }
        queue.workerDone(times: clock?.nanoseconds)
    }
}

/// The batches waiting for a worker and the outputs waiting to be handed back, behind one condition lock.
private final class BatchQueue<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(number: Int, batch: [Input])] = []
    private var nextWaiting = 0
    private var done: [Int: [Output]] = [:]
    private var closed = false
    private var finishedWorkers = 0
    private var times: [UInt64] = Array(repeating: 0, count: StageClock.Stage.allCases.count)

    func submit(_ batch: [Input], number: Int) {
        condition.withLock {
            waiting.append((number, batch))
            condition.broadcast()
        }
    }

    /// The next batch to extract, or `nil` once the queue is closed and empty (blocks until one of them).
    func take() -> (Int, [Input])? {
        condition.withLock {
            while nextWaiting == waiting.count && !closed { condition.wait() }
            guard nextWaiting < waiting.count else { return nil }
            let item = waiting[nextWaiting]
            // Drop the batch from the queue so its documents are freed once extracted.
            waiting[nextWaiting].batch = []
            nextWaiting += 1
            if nextWaiting == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                nextWaiting = 0
            }
            return item
        }
    }

    func deliver(_ outputs: [Output], number: Int) {
        condition.withLock {
            done[number] = outputs
            condition.broadcast()
        }
    }

    /// The outputs of batch `number`, once a worker has delivered them (blocks until then).
    func outputs(of number: Int) -> [Output] {
        condition.withLock {
            while done[number] == nil { condition.wait() }
            return done.removeValue(forKey: number)!
        }
    }

    func workerDone(times workerTimes: [UInt64]?) {
        condition.withLock {
            if let workerTimes { for index in times.indices { times[index] += workerTimes[index] } }
            finishedWorkers += 1
            condition.broadcast()
        }
    }

    /// Closes the queue, waits for `workers` workers to finish, and returns their stage times added up.
    func finish(workers: Int) -> [UInt64] {
        condition.withLock {
            closed = true
            // Batches not yet taken (the caller stopped early) are not extracted.
            waiting.removeAll()
            nextWaiting = 0
            condition.broadcast()
            while finishedWorkers < workers { condition.wait() }
            return times
        }
    }
}
