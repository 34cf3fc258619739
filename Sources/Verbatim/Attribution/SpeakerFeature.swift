/// The features that describe one speaker candidate of a quotation (see ``SpeakerCandidate``). Their names
/// are the keys of `Rules/attribution/speaker-weights.yml`.
public enum SpeakerFeature: String, CaseIterable, Sendable {
    // The "no speaker" choice, with what the quotation itself is like.
    case none
    case noneDirect = "none_direct"
    case nonePartial = "none_partial"
    case noneIndirect = "none_indirect"
    case noneOpensParagraph = "none_opens_paragraph"
    // The source the attribution frames named beside the quotation, as resolved.
    case frame
    case frameNamed = "frame_named"
    case frameSurname = "frame_surname"
    case framePronoun = "frame_pronoun"
    case frameRole = "frame_role"
    case frameContinuation = "frame_continuation"
    case frameSource = "frame_source"
    case frameUnresolved = "frame_unresolved"
    case frameConfidence = "frame_confidence"
    case frameUnknownSingleWord = "frame_unknown_single_word"
    case frameIndirect = "frame_indirect"
    // The speaker of the nearest earlier quotation that has one.
    case previous
    case previousSameParagraph = "previous_same_paragraph"
    case previousAdjacentParagraph = "previous_adjacent_paragraph"
    case previousParagraphsApart = "previous_paragraphs_apart"
    case previousOpensParagraph = "previous_opens_paragraph"
    case previousWasNamedBeside = "previous_was_named_beside"
    case previousSplit = "previous_split"
    case previousPartial = "previous_partial"
    case previousIndirect = "previous_indirect"
    case previousQuotesBetween = "previous_quotes_between"
    // The speaker named beside the nearest later quotation.
    case next
    case nextSameParagraph = "next_same_paragraph"
    case nextAdjacentParagraph = "next_adjacent_paragraph"
    case nextRunsOn = "next_runs_on"
    case nextPartial = "next_partial"
    // A person the people index finds near the quotation.
    case mention
    case mentionBefore = "mention_before"
    case mentionAfter = "mention_after"
    case mentionSameSentence = "mention_same_sentence"
    case mentionSameParagraph = "mention_same_paragraph"
    case mentionPreviousParagraph = "mention_previous_paragraph"
    case mentionNextParagraph = "mention_next_paragraph"
    case mentionWordsApart = "mention_words_apart"
    case mentionOpensSentence = "mention_opens_sentence"
    case mentionObject = "mention_object"
    case mentionCueAfter = "mention_cue_after"
    case mentionCueBefore = "mention_cue_before"
    case mentionCueInSentence = "mention_cue_in_sentence"
    case mentionLabel = "mention_label"
    case mentionNearest = "mention_nearest"
    case mentionPartial = "mention_partial"
    case mentionIndirect = "mention_indirect"
    case mentionFrequency = "mention_frequency"
    // Any candidate.
    case earlierSpeaker = "earlier_speaker"
    case organisation

    /// The feature's position in a feature vector.
    var index: Int { Self.positions[self]! }
    private static let positions: [SpeakerFeature: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
