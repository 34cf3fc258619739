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

    @Test func secondAttributionEndsTheFirstClause() throws {
        let found = try Extracted("Hennessey acknowledged the negligence provision exists, but noted the government never uses it.\n")
        #expect(found.texts == ["the negligence provision exists"])
    }
}
