import Testing
@testable import Verbatim

struct LastCharacterFilterTests {
    private func mayMatch(_ ends: LastCharacterFilter, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { ends.answer($0, at: 0) == .candidate }
    }

    @Test func turnsAwayTextsEndingWithAnotherCharacterBeforeTheTrailingOnes() throws {
        let ends = try LastCharacterFilter(last: Pattern("(?i:[ohety])"), trailing: Pattern("[\\s:]"))
        #expect(mayMatch(ends, "Photo: "))
        #expect(mayMatch(ends, "REPORTING BY\t \n"))
        #expect(mayMatch(ends, "the minister said the "))   // the promise is about the last letter only
        #expect(!mayMatch(ends, "the minister said "))
        #expect(!mayMatch(ends, "told reporters, "))
        #expect(!mayMatch(ends, "photos: "))
    }

    @Test func leavesTrailingOnlyAndNonASCIITextsToThePattern() throws {
        let ends = try LastCharacterFilter(last: Pattern("[y]"), trailing: Pattern("\\s"))
        #expect(mayMatch(ends, ""))
        #expect(mayMatch(ends, " \n "))
        #expect(mayMatch(ends, "café "))
        #expect(!mayMatch(ends, "cafe "))
    }

    /// The promise of `Rules/attribution/people.yml` holds for credits and bylines, and turns other leads away.
    @Test func peopleRulesPromiseWhatCreditLeadsEndWith() throws {
        let rules = Fixtures.rules.people
        let ends = try #require(rules.notAPersonBeforeEnds)
        let matcher = Matcher(rules.notAPersonBefore)
        func credit(_ lead: String) throws -> Bool {
            try Array(lead.utf8).withUnsafeBufferPointer { try matcher.firstRange(in: $0) != nil }
        }
        for lead in ["Photo: ", "PHOTOGRAPH ", "image by ", "Picture:", "Credit :  ", "Reporting by\n",
                     "written  by ", "Edited by: ", "contributed by\t"] {
            #expect(try credit(lead), "\(lead)")
            #expect(mayMatch(ends, lead), "\(lead)")
        }
        for lead in ["the minister said ", "told reporters, ", "photos of ", "(AP) "] {
            #expect(try !credit(lead), "\(lead)")
            #expect(!mayMatch(ends, lead), "\(lead)")
        }
    }
}
