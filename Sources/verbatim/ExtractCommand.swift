import ArgumentParser
import Verbatim

/// `verbatim extract`: list the quotations of articles with their speakers.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the quotations in articles and who said them.",
        discussion: """
        Reads plain text, Markdown (optional YAML front matter with outlet, url, date, title, byline) and HTML.
        Folders are read recursively. Quotations are direct (in quotation marks, or verbatim speech whose marks
        were lost), partial (a quoted fragment inside the writer's sentence) or indirect (reported speech).

        \(InputTally.help) In jsonl output, a refused document's result is replaced by \
        {"path": …, "id": …, "error": {"code": …, "message": …, "byte": …, "line": …}}, where code is binary, \
        empty, invalid-utf8, unreadable, too-large, match-limit or malformed-front-matter.

        Examples:
          verbatim extract story.txt
          verbatim extract --format jsonl articles/ > quotes.jsonl
          cat story.md | verbatim extract -

        Exit status: 0 when every document was read, 1 when some were refused and the others extracted, \
        2 on a usage error or when no document could be read.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(name: .long, help: "Output format: text (a readable listing) or jsonl (one JSON object per document).")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    func run() throws {
        let extractor = Extractor(rules: try input.loadRules())
        var tally = InputTally()
        var output = OutputBuffer()
        input.source().forEachBatch(of: Extractor.batchSize) { batch in
            for outcome in extractor.outcomes(of: batch) {
                write(outcome, to: &output, tally: &tally)
            }
            output.flush()
        }
        try tally.finish()
    }

    /// Writes one document's result, or its refusal (on standard error, and as an error record in jsonl).
    private func write(_ outcome: DocumentOutcome, to output: inout OutputBuffer, tally: inout InputTally) {
        switch outcome {
        case let .extracted(result):
            tally.accept(result.document)
            switch format {
            case .jsonl: output.write { QuotationWriters.appendJSONLine(result, to: &$0) }
            case .text: output.write(QuotationWriters.text(result) + "\n")
            }
        case let .refused(refusal):
            tally.refuse(refusal)
            if format == .jsonl { output.write { RefusalWriter.appendJSONLine(refusal, to: &$0) } }
        }
    }
}
