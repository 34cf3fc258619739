import ArgumentParser
import Verbatim

/// `verbatim extract`: list the quotations of articles with their speakers.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the quotations in articles and who said them.",
        discussion: """
        Reads plain text, Markdown (optional YAML front matter with outlet, url, date, title, byline) and HTML. \
        Folders are read recursively. Quotations are direct (in quotation marks, or verbatim speech whose marks \
        were lost), partial (a quoted fragment inside the writer's sentence) or indirect (reported speech).

        With --input jsonl, each line of the files (or of standard input, '-') is one document as a JSON \
        object: {"id": …, "text": …} plus optional "outlet", "url", "date", "title", "byline" and "format" \
        (text, markdown or html). Results are written batch by batch as they are done, so memory stays flat \
        however long the stream; each result carries the record's "id" (its path is the id, or file:line \
        without one). A malformed line is refused like an unreadable file (code malformed-json or \
        malformed-record, with its line number).

        \(InputTally.help) In jsonl output, a refused document's result is replaced by \
        {"path": …, "id": …, "error": {"code": …, "message": …, "byte": …, "line": …}}, where code is binary, \
        empty, invalid-utf8, unreadable, too-large, match-limit, malformed-front-matter, malformed-json or \
        malformed-record.

        Examples:
          verbatim extract story.txt
          verbatim extract --format jsonl articles/ > quotes.jsonl
          verbatim extract --format jsonl --with-text articles/ > q.jsonl && verbatim verify --quotes q.jsonl
          cat story.md | verbatim extract -
          verbatim extract --input jsonl --format jsonl - < corpus.jsonl > quotes.jsonl
          verbatim extract --jobs 1 --format jsonl archive/ > quotes.jsonl   (one core)
          verbatim extract --explain story.txt      (why each speaker was chosen)

        --jobs N extracts on N threads (default: every core); the output is the same, in the same order.

        Exit status: 0 when every document was read, 1 when some were refused and the others extracted, \
        2 on a usage error or when no document could be read.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl

        /// What is printed for one document: its result, or its error record in jsonl (nothing in text: the
        /// refusal goes to standard error).
        func render(_ outcome: DocumentOutcome, withText: Bool) -> [UInt8] {
            var bytes: [UInt8] = []
            switch (outcome, self) {
            case let (.extracted(result), .jsonl): QuotationWriters.appendJSONLine(result, withText: withText, to: &bytes)
            case let (.extracted(result), .text): bytes = Array((QuotationWriters.text(result) + "\n").utf8)
            case let (.refused(refusal), .jsonl): RefusalWriter.appendJSONLine(refusal, to: &bytes)
            case (.refused, .text): break
            }
            return bytes
        }
    }

    enum InputLayout: String, ExpressibleByArgument, CaseIterable {
        case files, jsonl
    }

    @Option(name: .long, help: "Output format: text (a readable listing) or jsonl (one JSON object per document).")
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp(
        "With --format jsonl: also write what `verify --quotes` and `report --quotes` read: each document's text, people, labels and mark problems.",
        discussion: "Cross-source checks look for names all through the text and lint it. Without the flag the records "
            + "are much smaller and hold the quotations (with their marks, spans and frames), the outlet "
            + "and the front matter."))
    var withText = false

    @Option(name: .customLong("input"), help: "How the paths hold documents: files (one article each) or jsonl (one JSON object a line).")
    var inputLayout: InputLayout = .files

    @Flag(name: .long, help: ArgumentHelp("Show, under each quotation, the speaker candidates and the features that decided.",
                                          discussion: "Each candidate gets a score (its features times the weights of attribution/speaker-weights.yml) and a probability; the best is taken."))
    var explain = false

    @OptionGroup var input: InputOptions

    @OptionGroup var parallel: JobsOption

    func validate() throws {
        try input.requirePaths()
        if withText && format != .jsonl { throw ValidationError("--with-text goes with --format jsonl") }
    }

    func run() throws {
        var extractor = parallel.extractor(rules: try input.loadRules())
        extractor.explains = explain
        var tally = InputTally()
        var output = OutputBuffer()
        let format = format, withText = withText
        // Each worker writes its documents' lines; they are printed here, in input order, batch by batch.
        extractor.forEachOutcome(of: input.source(layout: inputLayout == .jsonl ? .jsonLines : .files),
                                 transform: { ($0, format.render($0, withText: withText)) }, afterBatch: { output.flush() }) { outcome, lines in
            switch outcome {
            case let .extracted(result): tally.accept(result.document)
            case let .refused(refusal): tally.refuse(refusal)
            }
            output.write(lines)
        }
        try tally.finish()
    }
}
