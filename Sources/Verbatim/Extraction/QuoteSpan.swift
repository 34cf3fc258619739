/// A stretch of text between quotation marks, before it is classified or attributed.
public struct QuoteSpan: Sendable, Hashable {
    /// The opening mark.
    public var open: Range<Int>
    /// The closing mark, or `nil` when the paragraph ends first.
    public var close: Range<Int>?
    /// The bytes between the marks (or between the opening mark and the end of the paragraph).
    public var content: Range<Int>
    /// Double or single quotation marks.
    public var family: QuotationMarks.Family
    /// The quotation goes on from the previous paragraph (which ended without a closing mark).
    public var continuesPrevious = false
    /// The quotation goes on in the next paragraph, which opens with a quotation mark again.
    public var continuesNext = false

    /// The whole quotation including its marks.
    public var outer: Range<Int> { open.lowerBound..<(close?.upperBound ?? content.upperBound) }
}

/// A quotation mark that does not pair up: something an editor should look at.
public struct MarkProblem: Sendable, Hashable {
    public enum Kind: String, Sendable { case strayClosing, unclosedOpening }
    public var kind: Kind
    /// The offending mark.
    public var mark: Range<Int>
}
