import Testing
@testable import Verbatim

/// Resolving surnames, honorifics, roles, pronouns and continuations to the fullest name in the document.
@Suite struct SpeakerResolutionTests {
    @Test func surnameResolvesToTheFullName() throws {
        let text = """
        Manoj Kewalramani, head of research at a think tank in Bangalore, has studied the ties for years.
        “Both countries see each other as a force multiplier,” Kewalramani said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("Both countries") == "Manoj Kewalramani")
        #expect(found.mention("Both countries") == "Kewalramani")
        #expect(found.quote("Both countries")?.speaker?.resolution == .surname)
    }

    /// A name that runs on into a capitalised word that is also a speech verb ("the United States should")
    /// is not a name and a verb; a headline's capitalised verb still is ("Obama Says Museum Will Tell …").
    @Test func aNameRunningIntoACapitalisedVerbIsNotASource() throws {
        let text = """
        Ann Whitlow spoke in Iowa on Saturday.
        Whitlow said that the United States should not bear “the bulk of the responsibility” in the region.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("the bulk")?.hasSuffix("Whitlow") == true)
        let headline = try Extracted("Whitlow Says Museum Will Tell of ‘a story of suffering and delight’ in America.\n\nAnn Whitlow spoke on Saturday.\n")
        #expect(found.result.quotations.allSatisfy { $0.speaker?.name != "United" })
        #expect(headline.quote("a story")?.speaker?.name.hasSuffix("Whitlow") == true)
    }

    /// A place or party word in front of the title ("Texas Gov.", "State Sen.") still introduces the person.
    /// A party or other capitalised word before a role noun ("Democratic pollster", "Republican
    /// strategist") is the person's title, not the person.
    @Test func aCapitalisedWordBeforeARoleIsPartOfTheTitle() throws {
        let found = try Extracted("“It’s hard to dispute the rising negatives,” said Democratic pollster Stan Greenberg.\n")
        #expect(found.speaker("It’s hard") == "Stan Greenberg")
        let strategist = try Extracted("“This is a raw time,” said Republican strategist David Axelrod, a longtime ally.\n")
        #expect(strategist.speaker("This is") == "David Axelrod")
        // Lower-case qualifiers may stand between them ("Democratic presidential nominee").
        let nominee = try Extracted("“It is hard to dispute the rising negatives,” said Democratic presidential nominee Hillary Clinton.\n")
        #expect(nominee.speaker("It is hard") == "Hillary Clinton")
    }

    @Test func aTitleAfterAPlaceWordIntroducesTheName() throws {
        for title in ["Texas Gov.", "State Sen.", "Ohio Rep."] {
            let text = """
            \(title) Ann Whitlow questioned the plan on Tuesday.
            “It will not pass in this form,” Whitlow said.
            """
            let found = try Extracted(text + "\n")
            #expect(found.speaker("It will not pass") == "Ann Whitlow", "\(title)")
        }
    }

    /// A source phrase read as a role that ends in a name behind its title names that person.
    @Test func aRoleEndingInANameBehindItsTitleIsThatPerson() throws {
        let found = try Extracted("“We are not done yet,” KTVX Morning News co-anchor Ann Whitlow said.\n")
        #expect(found.speaker("We are not done") == "Ann Whitlow")
        #expect(found.quote("We are not done")?.speaker?.resolution == .named)
    }

    /// A participle clause in front of the subject is not the source ("Speaking before supporters …, NAME said").
    @Test func aParticipleClauseInFrontIsNotTheSource() throws {
        let found = try Extracted("Speaking before cheering supporters at the party offices, Ann Whitlow, 70, said it was too early to celebrate.\n")
        #expect(found.speaker("it was too early") == "Ann Whitlow")
    }

    @Test func honorificFormResolvesToTheFullName() throws {
        let text = """
        Lee Mingjiang, an associate professor at a university in Singapore, follows the talks.
        “We know that some analysts will quietly disagree with this,” Mr Lee said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("We know") == "Lee Mingjiang")
        #expect(found.mention("We know") == "Mr Lee")
    }

    @Test func pronounGoesToTheLastSpeakerNotTheNearestName() throws {
        let text = """
        Sun Yun, director of the China Program at the Stimson Center, said the visit was carefully staged.
        The talks with Vladimir Putin in Beijing lasted two days.
        “The purpose is to demonstrate the close cooperation between the two,” she said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("The purpose") == "Sun Yun")
        #expect(found.quote("The purpose")?.speaker?.resolution == .pronoun)
    }

    @Test func roleResolvesToThePersonWithThatTitle() throws {
        let text = """
        Russian President Vladimir Putin arrived in Beijing on Thursday.
        The Russian president said Moscow was willing to work with Beijing on a new order.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("Moscow was willing") == "Vladimir Putin")
        #expect(found.quote("Moscow was willing")?.kind == .indirect)
    }

    @Test func continuationParagraphKeepsTheSpeaker() throws {
        let text = """
        “We live in a more dangerous world,” NATO Secretary General Jens Stoltenberg said.
        “This is a reminder that security is global, not regional.”
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("We live") == "Jens Stoltenberg")
        #expect(found.speaker("This is a reminder") == "Jens Stoltenberg")
        #expect(found.quote("This is a reminder")?.speaker?.resolution == .continuation)
        #expect(found.quote("This is a reminder")!.confidence < found.quote("We live")!.confidence)
    }

    @Test func photoCreditIsNeverASpeaker() throws {
        let text = """
        Chinese President Xi Jinping shakes hands with a guest in Beijing. Sergey Gneev/AP
        “The meeting went well and we agreed on the next steps,” he said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("The meeting went well") == "Xi Jinping")
        #expect(!found.result.people.contains { $0.name.contains("Gneev") })
    }

    @Test func organisationAsSource() throws {
        let text = "More than 35,000 people have died in the war, according to the Gaza Ministry of Health.\n"
        let found = try Extracted(text)
        let quotation = try #require(found.quote("More than 35,000"))
        #expect(quotation.kind == .indirect)
        #expect(quotation.speaker?.name == "Gaza Ministry of Health")
        #expect(quotation.speaker?.resolution == .source)
    }

    @Test func vagueGroupAsSource() throws {
        let found = try Extracted("Some analysts say Beijing and Moscow are trying to build a new order.\n")
        #expect(found.quote("Beijing and Moscow")?.speaker?.name == "Some analysts")
    }

    @Test func reportedSpeechWithThat() throws {
        let found = try Extracted("Asked about the visit, Putin said that it would include talks on trade and energy.\n")
        let quotation = try #require(found.quote("it would include"))
        #expect(quotation.kind == .indirect)
        #expect(found.speaker("it would include") == "Putin")
    }

    @Test func lostQuotationMarksMakeDirectSpeech() throws {
        let paragraphs = (0..<6).map { index in
            "Officials met again in the capital on day \(index) to discuss the budget, trade and the coming elections in detail."
        }
        let text = paragraphs.joined(separator: "\n\n") + """


        Philipp Ivanov, an analyst in Sydney, follows the talks closely.

        I have not seen any concrete steps from either side. I am skeptical about the conference and its plan, he said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.result.lostQuotationMarks)
        let quotation = try #require(found.quote("I have not seen"))
        #expect(quotation.kind == .direct)
        #expect(found.result.text(quotation.content).hasSuffix("its plan"))
        #expect(quotation.speaker?.name == "Philipp Ivanov")
    }

    @Test func danglingVerbNamesNoSpeaker() throws {
        let found = try Extracted("“They see it as part of a new order they are working to create.” Stated.\n")
        let quotation = try #require(found.quote("They see it"))
        #expect(quotation.speaker == nil)
        #expect(found.result.danglingAttributions.count == 1)
    }

    /// The dangling verb may follow a period after the closing mark: the speech-cue prefilter of the
    /// frame reads past it.
    @Test func danglingVerbAfterAPeriodIsFound() throws {
        let found = try Extracted("“They see it as part of a new order they are working to create”. Stated.\n")
        #expect(found.result.danglingAttributions.count == 1)
    }
}

/// Confidence reflects how the speaker was found and how clean the text around the attribution is.
@Suite struct AttributionConfidenceTests {
    @Test func garbledNameLowersConfidence() throws {
        let clean = try Extracted("“We live in a more dangerous world,” said NATO chief Jens Stoltenberg.\n")
        let garbled = try Extracted("“We live in a more dangerous world,” said NATO chief Jens. Stoltenberg.\n")
        let cleanQuote = try #require(clean.quote("We live"))
        let garbledQuote = try #require(garbled.quote("We live"))
        #expect(garbledQuote.speaker?.name == "Jens Stoltenberg")
        #expect(garbledQuote.confidence < cleanQuote.confidence)
    }

    @Test func pronounIsLessCertainThanAName() throws {
        let text = """
        “The first statement is long enough to count,” said Maria Lopez.
        “The second statement is long enough as well,” she said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.quote("The second")!.confidence < found.quote("The first")!.confidence)
    }
}

/// Names across a sentence end are two things, a stray period inside a titled name is one name.
@Suite struct NameBoundaryTests {
    @Test func sentenceEndBeforeAFusedNameStartsTheName() throws {
        let text = """
        The situation is changing in a direction favorable to Russia. Evan MedeirosProfessor of Asian Studies at Georgetown University.
        “For the leadership, the gamble works better than they imagined,” he said.
        """
        let found = try Extracted(text + "\n")
        #expect(found.speaker("For the leadership") == "Evan Medeiros")
        #expect(!found.result.people.contains { $0.name.hasPrefix("Russia") })
    }

    @Test func strayPeriodAfterATitleStaysInsideTheName() throws {
        let found = try Extracted("“Security is global,” said NATO chief Jens. Stoltenberg on Monday.\n")
        #expect(found.speaker("Security is global") == "Jens Stoltenberg")
    }

    /// Each way of finding a speaker gives the confidence ``SpeakerConfidence`` names for it, which the
    /// speaker choice scales by the probability of the speaker it takes (``SpeakerChoice``).
    @Test func eachResolutionTakesItsNamedConfidence() throws {
        let text = """
        Manoj Kewalramani, head of research at a think tank in Bangalore, has studied the ties for years.
        “Both countries see each other as a force multiplier,” Kewalramani said.
        “This is a reminder that security is global, not regional.”
        Sun Yun, director of the China Program at the Stimson Center, said the visit was carefully staged.
        “The purpose is to demonstrate the close cooperation between the two,” she said.
        Russian President Vladimir Putin arrived in Beijing on Thursday.
        The Russian president said Moscow was willing to work with Beijing on a new order.
        """
        let extractor = Extractor(rules: Fixtures.rules)
        extractor.explains = true
        let result = try extractor.extract(try Document(path: "test.txt", data: Array((text + "\n").utf8)))
        /// The quotation starting with `prefix`, and the confidence the choice gives the source named beside it
        /// when that resolved with confidence `named` (or the choice's probability, for another candidate).
        func check(_ prefix: String, _ resolution: Quotation.Speaker.Resolution, _ named: Double) throws {
            let position = try #require(result.quotations.firstIndex { result.text($0.content).hasPrefix(prefix) })
            let quotation = result.quotations[position]
            let choice = try #require(result.speakerChoices?[position])
            let chosen = choice.candidates[choice.chosen]
            let probability = choice.candidates.filter { $0.speaker?.name == chosen.speaker?.name }.map(\.probability).reduce(0, +)
            #expect(quotation.speaker?.resolution == resolution, "\(prefix)")
            let expected = probability * (chosen.origin == .frame ? named : 1)
            #expect(abs(quotation.confidence - (expected * 100).rounded() / 100) < 1e-9, "\(prefix)")
        }
        try check("Both countries", .surname, SpeakerConfidence.surnameOfPerson)
        try check("This is a reminder", .continuation, min(SpeakerConfidence.continuationCap, SpeakerConfidence.surnameOfPerson))
        try check("The purpose", .pronoun, SpeakerConfidence.pronoun)
        try check("Moscow was willing", .role, SpeakerConfidence.roleHolder * SpeakerConfidence.indirectFactor * 1.0)
    }
}
