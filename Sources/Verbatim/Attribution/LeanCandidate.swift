/// A speaker candidate as the choice handles it (``SpeakerCandidates``, ``Extractor/choose(_:model:)``): the
/// speaker it gives is a reference, the position of one of the document's typed speakers in
/// ``SpeakerCandidates/typedSpeakers``, with the mention it hangs on. The speaker itself (a name: a string)
/// is built only for the candidate chosen, and for every candidate when the extractor explains
/// (``SpeakerCandidate``). Nothing in it is reference-counted: candidates are made, cleared and scored as
/// plain words.
struct LeanCandidate {
    var origin: SpeakerCandidate.Origin
    /// Where the candidate's typed speaker is in ``SpeakerCandidates/typedSpeakers``; -1 for no speaker.
    var typed: Int
    /// The mention the candidate hangs on: its typed speaker's, or for ``SpeakerCandidate/Origin/mention``
    /// the mention itself.
    var mention: Range<Int>
    /// A number for the speaker's name, the same for the same name within one document (-1 without a
    /// speaker): candidates are grouped by it instead of comparing names.
    var speakerKey: Int
    var values = SpeakerFeatureValues()
    /// The model's score and the candidate's share of the probability among the quotation's candidates.
    var score: Double = 0
    var probability: Double = 0

    init(origin: SpeakerCandidate.Origin, typed: Int = -1, mention: Range<Int> = 0..<0, speakerKey: Int = -1) {
        self.origin = origin
        self.typed = typed
        self.mention = mention
        self.speakerKey = speakerKey
    }

    /// Whether the candidate gives a speaker (every origin but ``SpeakerCandidate/Origin/none``).
    var hasSpeaker: Bool { typed >= 0 }

    // Inlined: a candidate sets a dozen values, each a call otherwise.
    subscript(_ feature: SpeakerFeature) -> Double {
        @inline(__always) get { values[feature.index] }
        @inline(__always) set { values[feature.index] = newValue }
    }

    /// Sets a yes-or-no feature.
    @inline(__always)
    mutating func mark(_ feature: SpeakerFeature, _ holds: Bool = true) {
        if holds { values.mark(feature.index) }
    }
}
