/// Everything loaded from a `Rules/` folder, compiled once and shared by every document and thread.
public struct RuleBook: Sendable {
    /// The folder the rules came from.
    public let folder: String
    public let lexicon: Lexicon
    public let template: PatternTemplate
    public let quotationMarks: QuotationMarks
    public let frames: AttributionFrames
    public let extraction: ExtractionSettings

    /// Loads and compiles the rules in `folder`.
    public init(folder: String) throws {
        self.folder = folder
        lexicon = try Lexicon.load(from: "\(folder)/lexicon")
        template = PatternTemplate(lexicon: lexicon)
        quotationMarks = try QuotationMarks.load(from: "\(folder)/extraction/quotation-marks.yml")
        frames = try AttributionFrames.load(from: "\(folder)/attribution/frames.yml", template: template)
        extraction = try RuleFile.decode(ExtractionSettings.self, from: "\(folder)/extraction/quotations.yml")
    }
}

/// Thresholds that tell quotations from scare quotes, titles and labels (`Rules/extraction/quotations.yml`).
public struct ExtractionSettings: Sendable, Decodable {
    /// A quoted stretch of at most this many words is a label ("Cold War", "unlimited") unless an
    /// attribution frame sits right next to it.
    public var labelMaxWords: Int
    /// A quoted stretch of at most this many words needs a speech verb in its sentence to count as a quotation.
    public var cueRequiredMaxWords: Int
    /// A paragraph that is nothing but a quoted stretch of at most this many words, without final
    /// punctuation, is a heading.
    public var headingMaxWords: Int
    /// Share of capitalised words from which a quoted stretch without a speech cue is a title.
    public var titleCaseShare: Double
    /// Words a title may leave in lower case ("of", "and", …) when measuring `titleCaseShare`.
    public var titleMinorWords: Set<String>

    enum CodingKeys: String, CodingKey {
        case labelMaxWords = "label_max_words"
        case cueRequiredMaxWords = "cue_required_max_words"
        case headingMaxWords = "heading_max_words"
        case titleCaseShare = "title_case_share"
        case titleMinorWords = "title_minor_words"
    }
}
