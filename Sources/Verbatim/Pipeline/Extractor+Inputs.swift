/// What became of one input of a run: its extraction, or why it has none.
public enum DocumentOutcome: Sendable {
    case extracted(ExtractionResult)
    case refused(DocumentRefusal)
}

extension Extractor {
    /// Extracts the documents among `inputs` together (as ``extract(_:)-([Document])`` does) and returns an
    /// outcome per input, in input order: refused inputs stay refused, and a document whose extraction
    /// failed (a pattern past its match limit) becomes a ``DocumentRefusal/Code/matchLimit`` refusal.
    public func outcomes(of inputs: [DocumentInput]) -> [DocumentOutcome] {
        let documents = inputs.compactMap(\.document)
        var results = (documents.isEmpty ? [] : extract(documents)).makeIterator()
        return inputs.map { input in
            switch input {
            case let .refused(refusal):
                return .refused(refusal)
            case let .document(document):
                switch results.next()! {
                case let .success(result): return .extracted(result)
                case let .failure(error): return .refused(DocumentRefusal(document: document, error: error))
                }
            }
        }
    }
}
