import ArgumentParser
import Verbatim

/// `--jobs N`: how many documents are extracted at once, shared by the commands that extract.
struct JobsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Extract on this many threads (default: the machine's cores).",
        discussion: "Results are written in input order and are the same whatever the number of jobs.",
        valueName: "n"))
    var jobs: Int = ParallelExtractor.defaultJobs

    func validate() throws {
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1.") }
    }

    /// A parallel extractor with `rules` and this many jobs.
    func extractor(rules: RuleBook) -> ParallelExtractor { ParallelExtractor(rules: rules, jobs: jobs) }

    /// Extracts every document `input` names on these jobs and calls `body` with each result in input order;
    /// refused documents are counted in `tally` (and named on standard error) instead.
    func forEachResult(of input: InputOptions, rules: RuleBook, tally: inout InputTally, _ body: (ExtractionResult) -> Void) {
        extractor(rules: rules).forEachOutcome(of: input.source(), transform: { $0 }) { outcome in
            switch outcome {
            case let .extracted(result):
                tally.accept(result.document)
                body(result)
            case let .refused(refusal):
                tally.refuse(refusal)
            }
        }
    }
}
