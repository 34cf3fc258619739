import Testing
@testable import Verbatim

/// The headline on top of an article: recognised with or without a final period, never a source of names.
@Suite struct HeadlineTests {
    private static func readsAsHeadline(_ text: String) -> Bool {
        let extractor = Extractor(rules: Fixtures.rules)
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { extractor.readsAsHeadline(0..<$0.count, $0) }
    }

    @Test func aHeadlineEndsWithoutASentenceEndOrIsInTitleCase() {
        let extractor = Extractor(rules: Fixtures.rules)
        let caption = Array("Chinese President Xi Jinping shakes hands with a guest in Beijing. Anna Ivanova/AP\n".utf8)
        #expect(caption.withUnsafeBufferPointer { extractor.readsAsHeadline(0..<$0.count, $0) && !extractor.isInTitleCase(0..<$0.count, $0) })
        #expect(Self.readsAsHeadline("Ben Carson Defends Himself Again Against Critics\n"))
        #expect(Self.readsAsHeadline("Maria Lopez Slams Harbor Bank Chief Over Hidden Fees.\n"))
        #expect(Self.readsAsHeadline("Senator Says ‘We Will Not Back Down’ in Budget Fight.\n"))
        // Longer prepositions stay lower case in title case too.
        #expect(Self.readsAsHeadline("Mike Pence Calls for Special Prosecutor after Report Reveals Meetings with Donors.\n"))
        #expect(!Self.readsAsHeadline("He spoke on Monday.\n"))
        #expect(!Self.readsAsHeadline("The mayor of Springfield said on Monday that the city would appeal.\n"))
        #expect(!Self.readsAsHeadline("Russian President Vladimir Putin arrived in Beijing on Thursday.\n"))
    }

    /// A title-case headline with a period would otherwise run its capitalised words into one "name"
    /// ("Maria Lopez Slams Harbor Bank Chief"), which the body's "Lopez" and "she" then resolve to.
    @Test func peopleAreNotReadFromTheHeadline() throws {
        let result = try SpeakerChoiceTests.explained("""
        Maria Lopez Slams Harbor Bank Chief Over Hidden Fees.

        State Sen. Maria Lopez questioned Harbor Bank chief executive Tom Reed on Tuesday about the fees.

        “This is simply not right,” Lopez said. “You squeezed your own customers,” she said.

        “It is a failure of leadership,” she added.

        """)
        #expect(!result.people.contains { $0.name.contains("Slams") }, "\(result.people.map(\.name))")
        #expect(result.quotations.count == 3)
        for quotation in result.quotations {
            #expect(quotation.speaker?.name == "Maria Lopez", "\(result.text(quotation.content))")
        }
    }

    /// A live blog's entry headlines sit on lines of their own inside the text: a name there that runs
    /// into the headline's words neither creates a person nor lends its words to one introduced before.
    @Test func titleCaseLinesInsideTheTextLendNoNames() throws {
        let result = try SpeakerChoiceTests.explained("""
        The mayor was out-arguing Ann Whitlow, who said she would only raise taxes in an emergency.
        Posted by Tom Reed 9:52PM Ann Whitlow Hints Mayor Would Get Harbor Contract
        “It will work out for the city,” Whitlow said.
        Reed Says Kurt Vogel Will Back The Plan Next Week
        Kurt Vogel, the council leader, said little.

        """)
        #expect(result.people.map(\.name).sorted() == ["Ann Whitlow", "Kurt Vogel"], "\(result.people.map(\.name))")
        #expect(result.quotations.first?.speaker?.name == "Ann Whitlow")
    }

    /// A quotation that continues a speaker found through a pronoun prints the person, never the pronoun.
    @Test func aContinuedPronounIsNeverPrintedAsTheName() throws {
        let result = try SpeakerChoiceTests.explained("""
        Mayor Anna Berg opened the meeting on Monday.

        “We start with the budget,” she said, adding that the council had “no time to lose” and that it \
        would “finish by June.”

        """)
        #expect(!result.quotations.isEmpty)
        for quotation in result.quotations {
            let name = quotation.speaker?.name
            #expect(name != "she" && name != "he", "\(result.text(quotation.content)): \(name ?? "none")")
        }
    }
}
