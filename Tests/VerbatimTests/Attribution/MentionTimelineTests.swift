import Testing
@testable import Verbatim

/// The blocked timeline answers as a sorted list of mentions would, whatever order mentions arrive in.
@Suite struct MentionTimelineTests {
    @Test func answersAsASortedListWould() {
        var timeline = MentionTimeline()
        var list: [MentionTimeline.Entry] = []
        // Several thousand mentions in a scrambled order, so that blocks fill and split.
        var offset = 7
        for step in 0..<5_000 {
            offset = (offset * 7_919 + 13) % 100_003
            let entry = (offset: offset, person: step % 17, opensSentence: step % 3 == 0, isObject: step % 5 == 0)
            guard !timeline.contains(offset: offset) else {
                #expect(list.contains { $0.offset == offset })
                continue
            }
            #expect(!list.contains { $0.offset == offset })
            timeline.insert(entry)
            list.insert(entry, at: list.firstIndex { $0.offset > offset } ?? list.count)
        }
        for probe in stride(from: 0, through: 100_010, by: 997) {
            #expect(timeline.last(before: probe)?.offset == list.last { $0.offset < probe }?.offset)
            let subject = timeline.last(before: probe) { $0.opensSentence && $0.person == 3 }
            #expect(subject?.offset == list.last { $0.offset < probe && $0.opensSentence && $0.person == 3 }?.offset)
        }
        #expect(MentionTimeline().last(before: 10) == nil)
    }

    @Test func recordsEachRangeOnce() {
        var recorded = RecordedRanges()
        var list: [Range<Int>] = []
        for round in 0..<3 {
            for start in 0..<100 { recorded.append(start..<(start + 1 + round % 2), to: &list) }
        }
        // Two distinct ranges per start: rounds 0 and 2 give the same ones.
        #expect(list.count == 200)
        #expect(Set(list).count == 200)
    }
}
