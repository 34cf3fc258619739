import Testing
@testable import Verbatim

/// The mentions that may give speaker candidates leave out those inside quotations and in the headline,
/// and are found from an offset by search.
@Suite struct MentionTableTests {
    @Test func leavesOutQuotedAndHeadlineMentionsAndFindsTheFirstAfterAnOffset() {
        var timeline = MentionTimeline()
        for offset in [3, 12, 25, 40, 41, 55, 90] {
            timeline.insert((offset: offset, person: offset % 3, opensSentence: false, isObject: false))
        }
        // A headline over 0..<10, quotations over 20..<30 and 40..<50 (41 is inside, 55 is not).
        let table = MentionTable(timeline, covered: [20..<30, 40..<50], headline: 0..<10)
        #expect(table.entries.map(\.offset) == [12, 55, 90])
        #expect(table.first(atOrAfter: 0) == 0)
        #expect(table.first(atOrAfter: 13) == 1)
        #expect(table.first(atOrAfter: 55) == 1)
        #expect(table.first(atOrAfter: 91) == 3)
        let plain = MentionTable(timeline, covered: [], headline: nil)
        #expect(plain.entries.map(\.offset) == [3, 12, 25, 40, 41, 55, 90])
    }
}
