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
          verbatim extract --explain story.txt      # why each speaker was chosen

        Exit status: 0 on success, 2 on a usage or input error (the message names the file and byte offset).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Option(name: .long, help: "Output format: text (a readable listing) or jsonl (one JSON object per document).")
    var format: Format = .text

    @Flag(name: .long, help: ArgumentHelp("Show, under each quotation, the speaker candidates and the features that decided.",
                                          discussion: "Each candidate gets a score (its features times the weights of attribution/speaker-weights.yml) and a probability; the best is taken."))
    var explain = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let rules = try input.loadRules()
        let extractor = Extractor(rules: rules)
        extractor.explains = explain
        var output = OutputBuffer()
        extractor.forEachResult(of: input.readDocuments()) { document, outcome in
            let result: ExtractionResult
            do { result = try outcome.get() } catch { Diagnostics.fail("\(document.path): \(error)") }
            switch format {
            case .jsonl: output.write { QuotationWriters.appendJSONLine(result, to: &$0) }
            case .text: output.write(QuotationWriters.text(result) + "\n")
            }
        }
        output.flush()
    }
}
