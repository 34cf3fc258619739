/// The features that describe one speaker candidate of a quotation (see ``SpeakerCandidate``). Their
/// ``name``s are the keys of `Rules/attribution/speaker-weights.yml`; the raw value is the position in a
/// feature vector.
public enum SpeakerFeature: Int, CaseIterable, Sendable {
    // The "no speaker" choice, with what the quotation itself is like.
    case none
    case noneDirect
    case nonePartial
    case noneIndirect
    case noneOpensParagraph
    // The source the attribution frames named beside the quotation, as resolved.
    case frame
    case frameNamed
    case frameSurname
    case framePronoun
    case frameRole
    case frameContinuation
    case frameSource
    case frameUnresolved
    case frameConfidence
    case frameUnknownSingleWord
    case frameIndirect
    // The speaker of the nearest earlier quotation that has one.
    case previous
    case previousSameParagraph
    case previousAdjacentParagraph
    case previousParagraphsApart
    case previousOpensParagraph
    case previousWasNamedBeside
    case previousSplit
    case previousPartial
    case previousIndirect
    case previousQuotesBetween
    case previousInterrupted
    // The speaker named beside the nearest later quotation.
    case next
    case nextSameParagraph
    case nextAdjacentParagraph
    case nextRunsOn
    case nextPartial
    // A person the people index finds near the quotation.
    case mention
    case mentionBefore
    case mentionAfter
    case mentionSameSentence
    case mentionSameParagraph
    case mentionPreviousParagraph
    case mentionNextParagraph
    case mentionWordsApart
    case mentionOpensSentence
    case mentionObject
    case mentionCueAfter
    case mentionCueBefore
    case mentionCueInSentence
    case mentionLabel
    case mentionNearest
    case mentionPartial
    case mentionIndirect
    case mentionFrequency
    case mentionSincePrevious
    // Any candidate.
    case earlierSpeaker
    case organisation

    /// The feature's position in a feature vector.
    var index: Int { rawValue }

    /// Whether the feature's value is a measure (any number) rather than yes or no (1 or 0): such values
    /// take room of their own in ``SpeakerFeatureValues``, a yes-or-no one only its bit.
    var isMeasure: Bool {
        switch self {
        case .frameConfidence, .previousParagraphsApart, .previousQuotesBetween, .mentionWordsApart, .mentionFrequency,
             .earlierSpeaker: true
        default: false
        }
    }

    /// The feature's name in the weights file and in `--explain`.
    public var name: String { Self.names[rawValue] }

    /// The feature called `name`, if there is one.
    public init?(name: String) {
        guard let position = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: position)
    }

    private static let names = [
        "none",
        "none_direct",
        "none_partial",
        "none_indirect",
        "none_opens_paragraph",
        "frame",
        "frame_named",
        "frame_surname",
        "frame_pronoun",
        "frame_role",
        "frame_continuation",
        "frame_source",
        "frame_unresolved",
        "frame_confidence",
        "frame_unknown_single_word",
        "frame_indirect",
        "previous",
        "previous_same_paragraph",
        "previous_adjacent_paragraph",
        "previous_paragraphs_apart",
        "previous_opens_paragraph",
        "previous_was_named_beside",
        "previous_split",
        "previous_partial",
        "previous_indirect",
        "previous_quotes_between",
        "previous_interrupted",
        "next",
        "next_same_paragraph",
        "next_adjacent_paragraph",
        "next_runs_on",
        "next_partial",
        "mention",
        "mention_before",
        "mention_after",
        "mention_same_sentence",
        "mention_same_paragraph",
        "mention_previous_paragraph",
        "mention_next_paragraph",
        "mention_words_apart",
        "mention_opens_sentence",
        "mention_object",
        "mention_cue_after",
        "mention_cue_before",
        "mention_cue_in_sentence",
        "mention_label",
        "mention_nearest",
        "mention_partial",
        "mention_indirect",
        "mention_frequency",
        "mention_since_previous",
        "earlier_speaker",
        "organisation",
    ]
}
