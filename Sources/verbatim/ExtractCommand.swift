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

        Examples:
          verbatim extract story.txt
          verbatim extract --format jsonl articles/ > quotes.jsonl
          cat story.md | verbatim extract -
          verbatim extract --jobs 1 --format jsonl archive/ > quotes.jsonl   (one core)

        --jobs N extracts on N threads (default: every core); the output is the same, in the same order.

        Exit status: 0 on success, 2 on a usage or input error (the message names the file and byte offset).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl

        /// What is printed for one document.
        func render(_ result: ExtractionResult) -> [UInt8] {
            switch self {
            case .jsonl:
                var line: [UInt8] = []
                QuotationWriters.appendJSONLine(result, to: &line)
                return line
            case .text: return Array((QuotationWriters.text(result) + "\n").utf8)
            }
        }
    }

    @Option(name: .long, help: "Output format: text (a readable listing) or jsonl (one JSON object per document).")
    var format: Format = .text

    @OptionGroup var input: InputOptions

    @OptionGroup var parallel: JobsOption

    func run() throws {
        let rules = try input.loadRules()
        var output = OutputBuffer()
        let format = format
        // Each worker writes its documents' lines; they are printed here, in input order.
        parallel.extractor(rules: rules).forEachResult(of: input.readDocuments(), transform: { document, outcome in
            (document.path, outcome.map(format.render))
        }) { path, lines in
            do { try output.write(lines.get()) } catch { Diagnostics.fail("\(path): \(error)") }
        }
        output.flush()
    }
}
