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
    /// The feature values, held in place: a document has tens of thousands of candidates, and an array
    /// each would be as many allocations.
    var values = SpeakerFeatureValues()
    /// A number for the speaker's name, the same for the same name within one document (-1 without a
    /// speaker): candidates are grouped by it instead of comparing names.
    var speakerKey = -1
    /// The model's score and the candidate's share of the probability among the quotation's candidates.
    public var score: Double = 0
    public var probability: Double = 0
    /// What each feature added to the score (value times weight), kept when the extractor explains.
    public var contributions: [(feature: SpeakerFeature, amount: Double)] = []

    // Inlined so that a candidate is made where it is stored (as an element of its quotation's list),
    // not made aside and copied there.
    @inline(__always)
    init(origin: Origin, speaker: Quotation.Speaker?, speakerKey: Int = -1) {
        self.origin = origin
        self.speaker = speaker
        self.speakerKey = speakerKey
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
    @inline(__always)
    mutating func mark(_ feature: SpeakerFeature, _ holds: Bool = true) {
        if holds { values[feature.index] = 1 }
    }
}

/// One value per ``SpeakerFeature``, in a fixed-size store inside the candidate (no heap allocation).
struct SpeakerFeatureValues: Sendable {
    /// Room for exactly the features of ``SpeakerFeature``: the literal must follow its case count (a test
    /// checks it), so a new feature means raising it here. There may be at most 64 (one bit each in
    /// ``present``).
    private var storage = InlineArray<53, Double>(repeating: 0)
    /// One bit per feature whose value is not 0 (bit `n` for feature `n`): a candidate has a handful.
    private var present: UInt64 = 0

    static var count: Int { InlineArray<53, Double>.count }

    // Values are read through a span: reading the inline array itself copies all of it for every value.
    // Inlined: a candidate sets a dozen values, each a call otherwise.
    @inline(__always)
    subscript(_ index: Int) -> Double {
        get { storage.span[index] }
        set {
            storage[index] = newValue
            if newValue != 0 { present |= 1 << UInt64(index) } else { present &= ~(1 << UInt64(index)) }
        }
    }

    /// The sum of the values times `weights` (one weight per feature), the features without a value left
    /// out, in feature order: ``SpeakerModel/score(_:)-([Double])``'s sum.
    func dot(_ weights: [Double]) -> Double {
        let values = storage.span
        var sum = 0.0
        var bits = present
        while bits != 0 {
            let index = bits.trailingZeroBitCount
            sum += values[index] * weights[index]
            bits &= bits - 1
        }
        return sum
    }
}

/// How a quotation's speaker was chosen: its candidates, scored, and the one taken.
public struct SpeakerChoice: Sendable {
    public var candidates: [SpeakerCandidate]
    /// The index of the candidate taken.
    public var chosen: Int
}
