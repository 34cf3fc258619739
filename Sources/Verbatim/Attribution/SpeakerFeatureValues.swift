/// One value per ``SpeakerFeature``, held in a few words inside the candidate (no heap allocation): a bit
/// per feature whose value is not 0, and room for the value of each measure (``SpeakerFeature/isMeasure``);
/// a yes-or-no feature that is set is 1. A candidate is copied and cleared in a handful of words.
struct SpeakerFeatureValues: Sendable {
    /// One bit per feature whose value is not 0 (bit `n` for feature `n`): a candidate has a handful.
    private var present: UInt64 = 0
    /// The values of the measures, in feature order: the measure of feature `n` is at the number of
    /// measures before it (``slot(_:)``). The literal must follow the number of measures (a test checks it).
    private var measures = InlineArray<6, Double>(repeating: 0)

    /// How many values there are: one per feature.
    static var count: Int { SpeakerFeature.allCases.count }

    /// How many measures there is room for.
    static var measureCount: Int { InlineArray<6, Double>.count }

    /// Bit `n` set when feature `n` is a measure: ``SpeakerFeature/isMeasure`` as a constant, which a test
    /// checks against it (frame_confidence, previous_paragraphs_apart, previous_quotes_between,
    /// mention_words_apart, mention_frequency, earlier_speaker).
    static let measureBits: UInt64 = 1 << 13 | 1 << 19 | 1 << 25 | 1 << 39 | 1 << 49 | 1 << 51

    /// Where the measure of feature `index` is kept: the number of measures before it.
    @inline(__always)
    private static func slot(_ index: Int) -> Int { (measureBits & ((1 << UInt64(index)) &- 1)).nonzeroBitCount }

    @inline(__always)
    private static func isMeasure(_ index: Int) -> Bool { measureBits >> UInt64(index) & 1 != 0 }

    // Inlined: a candidate sets a dozen values, each a call otherwise.
    @inline(__always)
    subscript(_ index: Int) -> Double {
        get {
            if Self.isMeasure(index) { return measures.span[Self.slot(index)] }
            return present >> UInt64(index) & 1 != 0 ? 1 : 0
        }
        set {
            if Self.isMeasure(index) {
                measures[Self.slot(index)] = newValue
            } else {
                precondition(newValue == 0 || newValue == 1, "a yes-or-no speaker feature is 0 or 1")
            }
            if newValue != 0 { present |= 1 << UInt64(index) } else { present &= ~(1 << UInt64(index)) }
        }
    }

    /// Sets yes-or-no feature `index` to 1.
    @inline(__always)
    mutating func mark(_ index: Int) { present |= 1 << UInt64(index) }

    /// The sum of the values times `weights` (one weight per feature), the features without a value left
    /// out, in feature order: ``SpeakerModel/score(_:)-([Double])``'s sum.
    func dot(_ weights: [Double]) -> Double {
        precondition(weights.count == Self.count)
        return weights.withUnsafeBufferPointer { dot($0) }
    }

    /// ``dot(_:)-([Double])`` with the weights in place (one per feature: the caller has checked that).
    @inline(__always)
    func dot(_ weights: UnsafeBufferPointer<Double>) -> Double {
        let measures = measures.span
        var sum = 0.0
        var bits = present
        while bits != 0 {
            let index = bits.trailingZeroBitCount
            // A yes-or-no feature adds its weight times 1: the weight itself, as the product would be.
            sum += (Self.isMeasure(index) ? measures[Self.slot(index)] : 1) * weights[index]
            bits &= bits - 1
        }
        return sum
    }
}
