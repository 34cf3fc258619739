import Foundation
import Testing
@testable import Verbatim

/// How the speaker of an earlier quotation is carried to the next one: under its name, never a pronoun's,
/// and weakened when the article named someone else in between.
@Suite struct SpeakerContinuationTests {
    @Test func aSpeakerFoundThroughAPronounContinuesUnderTheirNameNotThePronoun() throws {
        // The name ends the headline, where the better-name lookup would take the mention as written ("He").
        let result = try SpeakerChoiceTests.explained("""
        Voters In Ohio Give Their Verdict On Donald Trump

        Republican nominee Donald Trump spoke to supporters in Ohio on Monday, and said the country needed a change.

        He said the election was rigged against him. “We will not let them take it away from you, believe me.”

        """)
        let (_, choice) = try SpeakerChoiceTests.choice(result, "We will not let them")
        let previous = try #require(choice.candidates.first { $0.origin == .previous })
        #expect(previous.speaker?.name == "Donald Trump")
        #expect(previous.speaker?.resolution == .continuation)
        #expect(!choice.candidates.contains { $0.speaker?.name == "He" })
    }

    static let interrupted = """
    “We will win this state and every other state this year,” Jeff Sessions said at the rally.

    Thomas Massie, a Kentucky Republican, used to support Rand Paul but now backs Trump.

    “I think he can bring us together, and the biggest unifier we have is Hillary Clinton.”

    """

    @Test func aPersonNamedAfterThePreviousQuotationIsMarked() throws {
        let result = try SpeakerChoiceTests.explained(Self.interrupted)
        let (_, choice) = try SpeakerChoiceTests.choice(result, "I think he can")
        let massie = try #require(choice.candidates.first { $0.origin == .mention && $0.speaker?.name == "Thomas Massie" })
        #expect(massie[.mentionSincePrevious] == 1)
        // The previous speaker, named beside the previous quotation, is not named since.
        for sessions in choice.candidates where sessions.origin == .mention && sessions.speaker?.name == "Jeff Sessions" {
            #expect(sessions[.mentionSincePrevious] == 0)
        }
    }

    @Test func thePreviousSpeakerIsInterruptedBySomeoneElseOpeningASentenceInBetween() throws {
        let result = try SpeakerChoiceTests.explained(Self.interrupted)
        let (_, choice) = try SpeakerChoiceTests.choice(result, "I think he can")
        let previous = try #require(choice.candidates.first { $0.origin == .previous })
        #expect(previous.speaker?.name == "Jeff Sessions")
        #expect(previous[.previousInterrupted] == 1)
        // Without the sentence about someone else, the previous speaker simply goes on.
        let plain = try SpeakerChoiceTests.explained(Self.interrupted.replacingOccurrences(
            of: "Thomas Massie, a Kentucky Republican, used to support Rand Paul but now backs Trump.", with: "The crowd cheered."))
        let (_, plainChoice) = try SpeakerChoiceTests.choice(plain, "I think he can")
        let plainPrevious = try #require(plainChoice.candidates.first { $0.origin == .previous })
        #expect(plainPrevious[.previousInterrupted] == 0)
    }

    /// A continued speaker is made from the quotation's own typed speaker: every resolution but a source's
    /// becomes a continuation, and a source (an organisation) stays one.
    @Test func aContinuedSpeakerIsTheOwnSpeakerAsAContinuation() {
        func typed(_ resolution: Quotation.Speaker.Resolution, organisation: Bool = false) -> SpeakerNames.Typed {
            (Quotation.Speaker(name: "Jane Doe", mention: 4..<12, resolution: resolution), organisation, 3)
        }
        for resolution in [Quotation.Speaker.Resolution.named, .surname, .pronoun, .role, .continuation, .unresolved] {
            let continued = SpeakerCandidates.continued(typed(resolution))
            #expect(continued.speaker == Quotation.Speaker(name: "Jane Doe", mention: 4..<12, resolution: .continuation))
            #expect(!continued.organisation && continued.key == 3)
        }
        let source = SpeakerCandidates.continued(typed(.source, organisation: true))
        #expect(source.speaker.resolution == .source && source.organisation)
    }

    @Test func aSourceContinuesAsASource() throws {
        let result = try SpeakerChoiceTests.explained("""
        “The talks will go on for as long as they need to, and nobody should doubt it,” Russia said in a statement.

        “Nobody will leave the table before the work is done, whatever they say about it.”

        """)
        let (_, choice) = try SpeakerChoiceTests.choice(result, "Nobody will leave")
        let previous = try #require(choice.candidates.first { $0.origin == .previous })
        #expect(previous.speaker?.name == "Russia")
        #expect(previous.speaker?.resolution == .source)
        #expect(previous[.organisation] == 1)
    }
}
