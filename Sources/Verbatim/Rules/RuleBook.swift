/// Everything loaded from a `Rules/` folder, compiled once and shared by every document and thread.
public struct RuleBook: Sendable {
    /// The folder the rules came from.
    public let folder: String
    public let lexicon: Lexicon
    public let template: PatternTemplate
    public let quotationMarks: QuotationMarks
    public let frames: AttributionFrames
    public let extraction: ExtractionSettings
    public let reportedSpeech: ReportedSpeechRules
    public let people: PeopleRules
    /// Where an article names its own outlet (`attribution/outlet.yml`).
    public let outletPattern: Pattern
    /// Any outlet name or alias, to find the few places worth reading with ``outletPattern``.
    public let outletNames: Pattern
    /// A speech verb anywhere in a sentence (`speech_cue` in `extraction/quotations.yml`).
    public let speechCue: Pattern
    /// What ends the text before the title of a work (`work_title_cue` in `extraction/quotations.yml`).
    public let workTitleCue: Pattern
    /// What names that stand where a speaker would name: people, dates, places, organisations
    /// (`lexicon/entity-types.yml`).
    public let entityTypes: EntityTypes
    /// The fitted weights of the speaker choice (`attribution/speaker-weights.yml`).
    public let speakerModel: SpeakerModel

    /// Loads and compiles the rules in `folder`.
    public init(folder: String) throws {
        self.folder = folder
        lexicon = try Lexicon.load(from: "\(folder)/lexicon")
        template = PatternTemplate(lexicon: lexicon)
        quotationMarks = try QuotationMarks.load(from: "\(folder)/extraction/quotation-marks.yml")
        frames = try AttributionFrames.load(from: "\(folder)/attribution/frames.yml", template: template)
        let quotationsFile = "\(folder)/extraction/quotations.yml"
        extraction = try RuleFile.decode(ExtractionSettings.self, from: quotationsFile)
        reportedSpeech = try ReportedSpeechRules.load(from: "\(folder)/attribution/reported-speech.yml", template: template)
        outletPattern = try OutletRules.load(from: "\(folder)/attribution/outlet.yml", template: template)
        // `\b` first, so that the search can be offered word starts only (WordStartFilter).
        outletNames = try Pattern("\\b" + template.fragments["OUTLET", default: "(?!)"] + "(?![\\p{L}\\p{N}])",
                                  origin: PatternOrigin(file: "\(folder)/lexicon/outlets.yml", rule: "outlet names"))
        people = try PeopleRules.load(from: "\(folder)/attribution/people.yml", template: template)
        let cueOrigin = PatternOrigin(file: quotationsFile,
                                      line: RuleFile.line(ofKey: "speech_cue", in: try RuleFile.read(quotationsFile)),
                                      rule: "speech_cue")
        speechCue = try Pattern(try template.expand(extraction.speechCue, origin: cueOrigin), origin: cueOrigin)
        let titleOrigin = PatternOrigin(file: quotationsFile,
                                        line: RuleFile.line(ofKey: "work_title_cue", in: try RuleFile.read(quotationsFile)),
                                        rule: "work_title_cue")
        workTitleCue = try Pattern(try template.expand(extraction.workTitleCue, origin: titleOrigin), origin: titleOrigin)
        entityTypes = try EntityTypes.load(from: "\(folder)/lexicon/entity-types.yml")
        speakerModel = try SpeakerModel.load(from: "\(folder)/attribution/speaker-weights.yml")
    }
}

/// Thresholds that tell quotations from scare quotes, titles and labels (`Rules/extraction/quotations.yml`).
public struct ExtractionSettings: Sendable, Decodable {
    /// A quoted stretch of at most this many words needs a speech verb in its sentence to count as a quotation.
    public var cueRequiredMaxWords: Int
    /// A paragraph that is nothing but a quoted stretch of at most this many words, without final
    /// punctuation, is a heading.
    public var headingMaxWords: Int
    /// Share of capitalised words from which a quoted stretch without a speech cue is a title.
    public var titleCaseShare: Double
    /// Words a title may leave in lower case ("of", "and", …) when measuring `titleCaseShare`.
    public var titleMinorWords: Set<String>
    /// The pattern of a speech cue, with placeholders.
    public var speechCue: String
    /// A quoted stretch of fewer words is a term or a scare quote, unless it continues a split quotation.
    public var quotationMinWords: Int
    /// Up to this many words, a quoted stretch in Title Case is a title, a nickname or a slogan, a speech verb
    /// nearby or not, and even beside an attribution frame when it is woven into the writer's sentence.
    public var titleMaxWords: Int
    /// What ends the text before the title of a work ("his 2002 book, "): a quoted stretch in Title Case
    /// after it is a title whatever its length or the verbs near it.
    public var workTitleCue: String

    enum CodingKeys: String, CodingKey {
        case cueRequiredMaxWords = "cue_required_max_words"
        case headingMaxWords = "heading_max_words"
        case titleCaseShare = "title_case_share"
        case titleMinorWords = "title_minor_words"
        case speechCue = "speech_cue"
        case quotationMinWords = "quotation_min_words"
        case titleMaxWords = "title_max_words"
        case workTitleCue = "work_title_cue"
    }
}

/// `Rules/attribution/outlet.yml`.
enum OutletRules {
    struct File: Decodable { var pattern: String }

    static func load(from path: String, template: PatternTemplate) throws -> Pattern {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        let origin = PatternOrigin(file: path, line: RuleFile.line(ofKey: "pattern", in: text), rule: "outlet")
        return try Pattern(try template.expand(file.pattern, origin: origin), origin: origin)
    }
}
