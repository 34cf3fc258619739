@testable import Verbatim

/// Runs the pipeline on a text and gives quotations as strings, for readable tests.
struct Extracted {
    let result: ExtractionResult

    init(_ text: String, path: String = "test.txt", rules: RuleBook = Fixtures.rules) throws {
        let document = try Document(path: path, data: Array(text.utf8))
        result = try Extractor(rules: rules).extract(document)
    }

    var texts: [String] { result.quotations.map { result.text($0.content) } }

    /// The quotation whose text starts with `prefix`.
    func quote(_ prefix: String) -> Quotation? {
        result.quotations.first { result.text($0.content).hasPrefix(prefix) }
    }

    func speaker(_ prefix: String) -> String? { quote(prefix)?.speaker?.name }

    func mention(_ prefix: String) -> String? { quote(prefix)?.speaker.map { result.text($0.mention) } }
}
