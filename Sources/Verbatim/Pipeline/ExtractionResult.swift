/// Everything extraction learns about one document.
public struct ExtractionResult: Sendable {
    public let document: Document
    /// The quotations, direct, partial and indirect, in text order.
    public var quotations: [Quotation]
    /// Quoted stretches judged to be scare quotes, labels or titles (content ranges).
    public var labels: [Range<Int>]
    /// Quotation marks that do not pair up.
    public var markProblems: [MarkProblem]
    /// The publication: from front matter, else from the text.
    public var outlet: String?
    /// The people the document names, with their mentions and affiliations.
    public var people: [Person]
    public var paragraphs: [Range<Int>]
    public var sentences: [Range<Int>]
    /// The document has no quotation marks at all, so verbatim speech is recognised without them.
    public var lostQuotationMarks: Bool
    /// Attribution frames that name no source ("Stated."), as found after quotations.
    public var danglingAttributions: [Range<Int>]
    /// How each quotation's speaker was chosen, in the order of ``quotations``, when the extractor
    /// ``Extractor/explains``; otherwise `nil`.
    public var speakerChoices: [SpeakerChoice]? = nil

    /// The text of a byte range of the document.
    public func text(_ range: Range<Int>) -> String {
        document.bytes.withUnsafeBufferPointer { ByteText.string($0, range) }
    }
}
