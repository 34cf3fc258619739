import ArgumentParser
import Verbatim

/// `--quotes`: the paths are records of `extract --format jsonl`, not articles (for `verify` and `report`).
struct RecordsOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(
        "The paths are JSON Lines written by `extract --format jsonl --with-text` ('-': standard input): work from those records.",
        discussion: "The findings are those of the articles the records were extracted from; no article is read. "
            + "The records must carry the documents' text (`--with-text`): a record without it stops the run with its file and line."))
    var quotes = false

    /// The results the records of `paths` hold, failing with exit status 2 and file:line on a malformed record.
    func readResults(_ paths: [String], rules: RuleBook) -> [ExtractionResult] {
        let reader = ExtractionRecordReader(rules: rules)
        do {
            return try paths.flatMap { try reader.results(path: $0) }
        } catch {
            Diagnostics.fail("\(error)")
        }
    }
}
