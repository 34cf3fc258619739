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
    /// One value per ``SpeakerFeature``, in its order.
    public var features: [Double]
    /// The model's score and the candidate's share of the probability among the quotation's candidates.
    public var score: Double = 0
    public var probability: Double = 0
    /// What each feature added to the score (value times weight), kept when the extractor explains.
    public var contributions: [(feature: SpeakerFeature, amount: Double)] = []

    init(origin: Origin, speaker: Quotation.Speaker?) {
        self.origin = origin
        self.speaker = speaker
        features = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
    }

    subscript(_ feature: SpeakerFeature) -> Double {
        get { features[feature.index] }
        set { features[feature.index] = newValue }
    }

    /// Sets a yes-or-no feature.
    mutating func mark(_ feature: SpeakerFeature, _ holds: Bool = true) {
        if holds { features[feature.index] = 1 }
    }
}

/// How a quotation's speaker was chosen: its candidates, scored, and the one taken.
public struct SpeakerChoice: Sendable {
    public var candidates: [SpeakerCandidate]
    /// The index of the candidate taken.
    public var chosen: Int
}
