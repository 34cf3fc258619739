/// The stages of the extraction pipeline, in the order they run: the one list that ``Extractor`` runs
/// (each stage over every document of a batch before the next begins) and `verbatim bench --stages`
/// times (``StageClock``). Each case names the folder whose code does the work.
public enum PipelineStage: Int, CaseIterable, Sendable {
    /// Paragraphs and sentences (`Document/`: ``TextSegmenter``).
    case segmentation
    /// Where the speech verbs are (`Attribution/`: ``CueIndex``, `speech_cue` of `Rules/extraction/quotations.yml`).
    case speechCues
    /// The people the document names (`Attribution/`: ``PersonIndex``, `Rules/attribution/people.yml`).
    case people
    /// Quotation marks paired per paragraph (`Extraction/`: ``QuoteSpanFinder``).
    case quotationMarks
    /// Attribution frames beside each quotation, told from labels and titles (`Attribution/`, `Extraction/`).
    case frames
    /// Reported speech outside quotation marks (`Attribution/`: ``ReportedSpeechFinder``).
    case reportedSpeech
    /// Sources turned into speakers, with their confidences (`Attribution/`: ``SpeakerResolver``, ``SpeakerConfidence``).
    case resolution
    /// The outlet the article names as its own (`Attribution/`: ``OutletFinder``).
    case outlet
    /// Writing the results (`Output/`): done by the caller of the extractor, which charges it to this stage.
    case output

    /// The stages the extractor itself runs, in order (all but ``output``).
    public static let extraction: [PipelineStage] = allCases.filter { $0 != .output }

    /// A short label for listings.
    public var label: String {
        switch self {
        case .segmentation: return "paragraphs and sentences"
        case .speechCues: return "speech-verb index"
        case .people: return "people scan"
        case .quotationMarks: return "quotation marks"
        case .frames: return "frames beside quotations"
        case .reportedSpeech: return "reported speech"
        case .resolution: return "speaker resolution"
        case .outlet: return "outlet"
        case .output: return "JSON output"
        }
    }
}
