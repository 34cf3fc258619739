import Testing
@testable import Verbatim

/// Each quotation style the extractor must read, and the stretches it must not take for quotations.
@Suite struct QuotationStyleTests {
    @Test func curlyDoubleQuotesWithSpeakerAfter() throws {
        let found = try Extracted("“We will not back down on this,” said Maria Lopez, the union’s president.\n")
        #expect(found.texts == ["We will not back down on this"])
        #expect(found.quote("We will")?.kind == .direct)
        #expect(found.speaker("We will") == "Maria Lopez")
        #expect(found.result.text(found.quote("We will")!.cue!) == "said")
    }

    @Test func straightDoubleQuotesWithSpeakerBefore() throws {
        let found = try Extracted("Tom Baker said: \"The bridge will reopen in May after the repairs.\"\n")
        #expect(found.texts == ["The bridge will reopen in May after the repairs."])
        #expect(found.speaker("The bridge") == "Tom Baker")
    }

    @Test func britishSingleQuotesWithoutConfusingApostrophes() throws {
        let found = try Extracted("'It doesn't matter what Russia’s leaders did in the ’90s,' said Anna Berg.\n")
        #expect(found.texts == ["It doesn't matter what Russia’s leaders did in the ’90s"])
        #expect(found.speaker("It doesn") == "Anna Berg")
    }

    @Test func apostrophesAloneAreNotQuotations() throws {
        let found = try Extracted("The countries' leaders don't agree, and Russia’s role since the ’90s isn't clear.\n")
        #expect(found.result.quotations.filter { $0.kind != .indirect }.isEmpty)
        #expect(found.result.markProblems.isEmpty)
    }

    @Test func guillemetsAndLowHighQuotes() throws {
        let found = try Extracted("« Nous sommes prêts à négocier demain », a dit Jean Martin.\n„Wir schaffen das ganz sicher“, sagte Angela Weber.\n")
        #expect(found.texts.contains("Nous sommes prêts à négocier demain"))
        #expect(found.texts.contains("Wir schaffen das ganz sicher"))
    }

    @Test func nestedQuotesStayInsideTheOuterQuotation() throws {
        let found = try Extracted("“He told me ‘never again’ and then he left the room,” said Ana Costa.\n")
        #expect(found.texts == ["He told me ‘never again’ and then he left the room"])
    }

    @Test func quotationOverSeveralParagraphs() throws {
        let text = "“The first part of the statement goes on for a while,\n\n“and the second paragraph continues it,” said Lee Park.\n"
        let found = try Extracted(text)
        #expect(found.texts.count == 2)
        #expect(found.result.markProblems.isEmpty)
        #expect(found.result.quotations.allSatisfy { $0.kind == .direct })
        #expect(found.speaker("The first part") == "Lee Park")
    }

    @Test func splitQuotationIsTwoQuotationsOfOneSpeaker() throws {
        let found = try Extracted("“Even if the two are not that close,” said Xiao Bin, “the elite may not see it that way.”\n")
        #expect(found.texts == ["Even if the two are not that close", "the elite may not see it that way."])
        #expect(found.speaker("Even if") == "Xiao Bin")
        #expect(found.speaker("the elite") == "Xiao Bin")
        #expect(found.quote("the elite")?.kind == .direct)
    }

    @Test func partialQuotationWovenIntoASentence() throws {
        let found = try Extracted("Xi Jinping said China was “not the source of this crisis, nor a party to it” during the talks.\n")
        let partial = try #require(found.quote("not the source"))
        #expect(partial.kind == .partial)
    }

    @Test func scareQuotesLabelsAndTitlesAreNotQuotations() throws {
        let text = """
        The two leaders announced an “unlimited” partnership, a return of the “Cold War” some feared.
        [1] “Putin’s Visit to Beijing Underscores China’s Economic Support for Russia”, Daily News, 2023.
        “Grand Strategy”
        """
        let found = try Extracted(text + "\n")
        #expect(found.result.quotations.filter { $0.kind != .indirect }.isEmpty)
        #expect(found.result.labels.count == 4)
    }

    @Test func twoWordPhraseBesideASpeechVerbIsAPartialQuotation() throws {
        let found = try Extracted("Trump called Ben Carson a “nice guy” at the rally in Iowa.\n")
        #expect(found.quote("nice guy")?.kind == .partial)
        let alone = try Extracted("The rally in Iowa drew what locals know as the “usual crowd” on Monday.\n")
        #expect(alone.quote("usual crowd") == nil)
    }

    @Test func shortTitleIsANameEvenBesideASpeechVerb() throws {
        let found = try Extracted("After the “Stronger Together” rally, calls for a new leader grew.\n")
        #expect(found.quote("Stronger Together") == nil)
        #expect(found.result.labels.count == 1)
        let longer = try Extracted("After the “The Party Of The Future Is Here” rally, calls for a new leader grew.\n")
        #expect(longer.quote("The Party") != nil)
    }

    @Test func unbalancedMarkDoesNotSwallowTheRestOfTheDocument() throws {
        let text = "He called it “a disgrace and a failure.\n\n“This will be fixed soon enough,” said Ruth Cole.\n"
        let found = try Extracted(text)
        #expect(found.texts.contains("This will be fixed soon enough"))
        #expect(found.texts.allSatisfy { !$0.contains("\n") })
        #expect(found.result.markProblems.contains { $0.kind == .unclosedOpening })
    }

    @Test func strayClosingMarkIsReported() throws {
        let found = try Extracted("The two sides were never so close. ” Then the talks ended without a deal.\n")
        #expect(found.result.markProblems.map(\.kind) == [.strayClosing])
    }

    @Test func offsetsPointAtTheQuotedWordsInTheFile() throws {
        let text = "---\noutlet: Example Times\n---\nÉté — “Ça va très bien, merci beaucoup,” said Zoé Durand.\n"
        let found = try Extracted(text)
        let quotation = try #require(found.result.quotations.first)
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[quotation.content], as: UTF8.self) == "Ça va très bien, merci beaucoup")
        #expect(found.result.outlet == "Example Times")
        let location = found.result.document.lineIndex.location(of: quotation.content.lowerBound)
        #expect(location.line == 4 && location.column == 8)
    }
}

/// Straight marks between spaces or punctuation close an open quotation instead of being stray.
@Suite struct AmbiguousMarkTests {
    @Test func straightMarkAfterAnInnerQuoteClosesTheQuotation() throws {
        let found = try Extracted("\"I've always been insulted with the term 'African American outreach,' \" he told the group.\n")
        #expect(found.texts.first?.hasPrefix("I've always been insulted") == true)
        #expect(found.result.markProblems.isEmpty)
    }

    @Test func straightMarkAfterADashClosesTheQuotation() throws {
        let found = try Extracted("They were ready to \"shoot any n------\" who would come after them, he said.\n")
        #expect(found.result.markProblems.isEmpty)
    }
}
