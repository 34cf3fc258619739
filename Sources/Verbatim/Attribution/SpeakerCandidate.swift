/// One speaker a quotation may be given, with the features that score it (``SpeakerModel``).
public struct SpeakerCandidate: Sendable {
    /// Where the candidate comes from.
    public enum Origin: String, Sendable, Codable {
        /// The source the attribution frames named beside the quotation, as resolved.
        case frame
        /// The speaker of the nearest earlier quotation that has one.
        case previous
        /// The source named beside the nearest later quotation.
        case next
        /// A person the article mentions near the quotation.
        case mention
        /// No speaker.
        case none
    }

    public var origin: Origin
    /// The speaker the candidate gives; `nil` for ``Origin/none``.
    public var speaker: Quotation.Speaker?
    /// The feature values, held in place (``SpeakerFeatureValues``).
    var values = SpeakerFeatureValues()
    /// A number for the speaker's name, the same for the same name within one document (-1 without a
    /// speaker): candidates are grouped by it instead of comparing names.
    var speakerKey = -1
    /// The model's score and the candidate's share of the probability among the quotation's candidates.
    public var score: Double = 0
    public var probability: Double = 0
    /// What each feature added to the score (value times weight), kept when the extractor explains.
    public var contributions: [(feature: SpeakerFeature, amount: Double)] = []

    init(origin: Origin, speaker: Quotation.Speaker?, speakerKey: Int = -1) {
        self.origin = origin
        self.speaker = speaker
        self.speakerKey = speakerKey
    }

    /// The candidate `lean` stands for, with its speaker built (`speaker`) and what each of its features
    /// added to its score under `model`, largest first.
    init(_ lean: LeanCandidate, speaker: Quotation.Speaker?, model: SpeakerModel) {
        self.init(origin: lean.origin, speaker: speaker, speakerKey: lean.speakerKey)
        values = lean.values
        score = lean.score
        probability = lean.probability
        contributions = SpeakerFeature.allCases.compactMap { feature in
            let value = values[feature.index]
            return value == 0 ? nil : (feature, value * model.weight(feature))
        }.sorted { abs($0.amount) > abs($1.amount) }
    }

    /// One value per ``SpeakerFeature``, in its order.
    public var features: [Double] {
        get { (0..<SpeakerFeatureValues.count).map { values[$0] } }
        set {
            precondition(newValue.count == SpeakerFeatureValues.count)
            for index in newValue.indices { values[index] = newValue[index] }
        }
    }

    subscript(_ feature: SpeakerFeature) -> Double {
        get { values[feature.index] }
        set { values[feature.index] = newValue }
    }

    /// Sets a yes-or-no feature.
    mutating func mark(_ feature: SpeakerFeature, _ holds: Bool = true) {
        if holds { values.mark(feature.index) }
    }
}

/// How a quotation's speaker was chosen: its candidates, scored, and the one taken.
public struct SpeakerChoice: Sendable {
    public var candidates: [SpeakerCandidate]
    /// The index of the candidate taken.
    public var chosen: Int
}
