import Testing
@testable import Verbatim

/// Reported speech without quotation marks: the reporting clauses found beside what they report.
@Suite struct IndirectSpeechTests {
    /// The indirect quotations of `text`, as text.
    private func indirect(_ text: String) throws -> [String] {
        let found = try Extracted(text)
        return found.result.quotations.filter { $0.kind == .indirect }.map { found.result.text($0.content) }
    }

    @Test func accordingToAnySourceBehindTheClause() throws {
        #expect(try indirect("Clinton leads Sanders in California by about six points, according to a RealClearPolitics average of recent polls.\n")
            == ["Clinton leads Sanders in California by about six points"])
    }

    @Test func accordingToAnySourceInFrontOfTheClause() throws {
        #expect(try indirect("According to an online poll out Thursday, the two candidates each have the support of 27 percent.\n")
            == ["the two candidates each have the support of 27 percent"])
    }

    @Test func whatSomeoneHopesOrExpectsIsNotReportedSpeech() throws {
        #expect(try indirect("Mr. Clarke hoped electric utilities would be able to count his credits toward the goals.\n").isEmpty)
        #expect(try indirect("Mr. Deese expected that the president would hand him some changes to his speech.\n").isEmpty)
        #expect(try indirect("She believes that the campaign took black voters for granted this year.\n")
            == ["the campaign took black voters for granted this year"])
    }

    @Test func callForInThePresentTenseIsASpeechCue() throws {
        // "call for" is a directive verb of the lexicon as "calls for" is: the sentence holds a speech cue.
        let found = try Extracted("Democrats call for an independent inquiry into the leaks at the agency.\n")
        #expect(found.texts == ["an independent inquiry into the leaks at the agency"])
        #expect(found.speaker("an independent") == "Democrats")
    }

    @Test func accordingToPlanReportsNothing() throws {
        #expect(try indirect("According to plan, the two armies met at the river before dawn.\n").isEmpty)
    }

    @Test func toldAnyoneLeavesTheAddresseeOutOfTheClause() throws {
        let found = try Extracted("Joyce told The Springfield Courier he is not planning an appeal of the decision.\n")
        #expect(found.texts == ["he is not planning an appeal of the decision"])
        #expect(found.speaker("he is not") == "Joyce")
    }

    @Test func participleAfterAQuotationReportsMore() throws {
        let found = try Extracted("“Like him or not, he has dictated our politics,” Jacobs said, adding that Sanders did not rise above the news.\n")
        #expect(found.quote("Sanders did not")?.kind == .indirect)
        #expect(found.speaker("Sanders did not") == "Jacobs")
    }

    @Test func participleOfTheSentenceSubject() throws {
        let found = try Extracted("Mark Kirk rescinded his endorsement of the nominee, saying he lacks the temperament to be president.\n")
        #expect(found.texts == ["he lacks the temperament to be president"])
        #expect(found.speaker("he lacks") == "Mark Kirk")
    }

    @Test func participleThatSaysNothingIsNoSpeech() throws {
        #expect(try indirect("Mark Kirk left the room in a hurry, saying goodbye to his staff on the way out.\n").isEmpty)
    }

    @Test func secondVerbOfTheSubject() throws {
        let found = try Extracted("Judge Emmet Sullivan put off the decision but said the group could come back later with the request.\n")
        #expect(found.texts == ["the group could come back later with the request"])
        #expect(found.speaker("the group") == "Emmet Sullivan")
    }

    @Test func promiseReportsWhatIsPromised() throws {
        #expect(try indirect("Gov. Nathan Deal has vowed to block other Syrian refugees from coming to the state.\n")
            == ["to block other Syrian refugees from coming to the state"])
    }

    @Test func unnamedGroupWithAnyModifier() throws {
        let found = try Extracted("GOP analysts say the nominee will have to convince voters of a better path to growth.\n")
        #expect(found.texts == ["the nominee will have to convince voters of a better path to growth"])
    }

    @Test func pluralPronounReportsSpeechButNotBelief() throws {
        #expect(try indirect("They said the endorsement was rushed and support would have been higher.\n")
            == ["the endorsement was rushed and support would have been higher"])
        #expect(try indirect("They believe that the war must be resolved through a political settlement.\n").isEmpty)
    }

    @Test func anyShortSourceClosingTheSentence() throws {
        let found = try Extracted("Hamdy, a mother of three, was also headed to Cairo, her friend said.\n")
        #expect(found.texts == ["Hamdy, a mother of three, was also headed to Cairo"])
        #expect(found.speaker("Hamdy") == "her friend")
    }

    @Test func anySubjectOpeningTheSentence() throws {
        #expect(try indirect("Twenty-four percent said she did nothing wrong at the time.\n") == ["she did nothing wrong at the time"])
    }

    @Test func secondAttributionEndsTheFirstClauseAndReportsItsOwn() throws {
        let found = try Extracted("Hennessey acknowledged the negligence provision exists, but noted the government never uses it.\n")
        #expect(found.texts == ["the negligence provision exists", "the government never uses it"])
        #expect(found.speaker("the government never") == "Hennessey")
    }

    @Test func secondAttributionAfterACommaEndsTheFirstClause() throws {
        let found = try Extracted("While he said the event was tragic, he maintained that it changes nothing about his past statements.\n")
        #expect(found.texts == ["the event was tragic", "it changes nothing about his past statements"])
    }

    @Test func secondVerbOfTheSameSourceReportsASecondClause() throws {
        let found = try Extracted("Sanders says the obvious response was to break up the banks and says he introduced legislation to do that.\n")
        #expect(found.texts == ["the obvious response was to break up the banks", "he introduced legislation to do that"])
        #expect(found.speaker("he introduced") == "Sanders")
    }

    @Test func participleAfterAReportedClauseReportsMoreOfTheSameSource() throws {
        let found = try Extracted("Khalif said some of the rhetoric has been patronizing, noting her comments to a radio host in April.\n")
        #expect(found.texts == ["some of the rhetoric has been patronizing", "her comments to a radio host in April"])
        #expect(found.speaker("her comments") == "Khalif")
    }

    @Test func secondSourceInTheRestOfTheSentence() throws {
        let found = try Extracted("Several supporters said the former president had made a good case, while other voters said they had not heard anything new.\n")
        #expect(found.texts == ["the former president had made a good case", "they had not heard anything new"])
        #expect(found.speaker("they had not") == "other voters")
    }

    @Test func whatASourceCallsSomething() throws {
        #expect(try indirect("The Trump campaign called the charges unsubstantiated and fabricated by former employees.\n")
            == ["the charges unsubstantiated and fabricated by former employees"])
        #expect(try indirect("Smith called him on Tuesday night after the vote in the Senate.\n").isEmpty)
    }

    @Test func attributionThatInterruptsTheSentenceReportsAllOfIt() throws {
        let found = try Extracted("Many of the closures, he said, have involved public and semi-private golf courses.\n")
        #expect(found.texts == ["Many of the closures, he said, have involved public and semi-private golf courses"])
        let long = try Extracted("Whatever progress the envoy has made in the talks, officials said, could easily be undone by a new offensive.\n")
        #expect(long.texts == ["Whatever progress the envoy has made in the talks, officials said, could easily be undone by a new offensive"])
    }

    @Test func attributionBeforeAParticipleOrAnAppositiveClosesTheClause() throws {
        let participle = try Extracted("The war is expected to dominate the talks between the two leaders, analysts say, opening an opportunity for both.\n")
        #expect(participle.texts == ["The war is expected to dominate the talks between the two leaders"])
        let appositive = try Extracted("Nor are tariffs likely to bring many of these jobs back, said David Autor, a professor of economics at the institute.\n")
        #expect(appositive.texts == ["Nor are tariffs likely to bring many of these jobs back"])
    }
}
