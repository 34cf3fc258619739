import Testing
@testable import Verbatim

/// Quoted stretches a speech verb stands near that still quote nobody: single words, short titles,
/// nicknames and slogans, and the titles of works (`Rules/extraction/quotations.yml`).
@Suite struct QuotationOrLabelTests {
    /// The direct and partial quotations of `found`, as text.
    private func quoted(_ found: Extracted) -> [String] {
        found.result.quotations.filter { $0.kind != .indirect }.map { found.result.text($0.content) }
    }

    @Test func aSingleQuotedWordIsATermNotAQuotation() throws {
        let found = try Extracted("He said the deal was “disgusting” and what multiple lawmakers called “fraud” was never punished.\n")
        #expect(quoted(found).isEmpty)
        #expect(found.result.labels.count == 2)
    }

    @Test func aOneWordPieceOfASplitQuotationKeepsItsAttribution() throws {
        let found = try Extracted("“Hopefully,” the president said, “this museum can help us talk to each other.”\n")
        #expect(quoted(found) == ["Hopefully", "this museum can help us talk to each other."])
        #expect(found.mention("Hopefully") == "the president")
        #expect(found.mention("this museum") == "the president")
    }

    @Test func twoWordsWithAnAttributionAreAQuotation() throws {
        let found = try Extracted("Clinton called half of Trump’s supporters “a disgrace,” she said on Friday.\n")
        #expect(quoted(found) == ["a disgrace"])
    }

    @Test func aShortTitleInTheWritersSentenceIsNoQuotation() throws {
        let text = """
        Pence said on CNN’s “State of the Union” that his running mate would win the debate.
        She showed off the “Make America Great Again” hat his campaign had given her, the volunteer said.
        """
        #expect(quoted(try Extracted(text + "\n")).isEmpty)
    }

    @Test func aShortCapitalisedStatementStandingAloneIsStillQuoted() throws {
        let found = try Extracted("“Yes, I Support Ted Cruz,” he said at the rally.\n")
        #expect(quoted(found) == ["Yes, I Support Ted Cruz"])
    }

    @Test func aTitleAfterAKindOfWorkIsNoQuotation() throws {
        let text = """
        In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested looking at the fees.
        The ad, entitled “Nuestra Historia (Our History),” features five families telling their stories, he said.
        """
        #expect(quoted(try Extracted(text + "\n")).isEmpty)
    }

    @Test func lowerCaseWordsAfterAKindOfWorkAreStillQuoted() throws {
        let found = try Extracted("Gorab called the show “the conservative news show of record.”\n")
        #expect(quoted(found) == ["the conservative news show of record."])
    }
}
