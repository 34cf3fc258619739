import Testing
@testable import Verbatim

/// ``NameStartFilter`` decides a capitalised word that is a whole prefix (honorific, title or role) before
/// a plain run of capitalised words, and its answer is the mention pattern's own.
struct NameStartFilterPrefixTests {
    private func outcomes(_ text: String) throws -> (filter: NameStartFilter.Outcome, pattern: Range<Int>?) {
        let filter = NameStartFilter(lexicon: Fixtures.rules.lexicon)
        let matcher = Matcher(Fixtures.rules.people.mention)
        return try Array(text.utf8).withUnsafeBufferPointer { bytes in
            (filter.outcome(bytes, at: 0), try matcher.firstRange(in: bytes, anchored: true))
        }
    }

    @Test func decidesAWholePrefixBeforeAPlainName() throws {
        for (text, end) in [("President Xi Jinping said", 20), ("Mr. Putin met", 9), ("Mr Lee said.", 6),
                            ("Chancellor Olaf Scholz, who", 22)] {
            let (filter, pattern) = try outcomes(text)
            #expect(filter == .match(end: end), "\(text)")
            #expect(pattern == 0..<end, "\(text)")
        }
    }

    @Test func leavesOtherPrefixesToThePattern() throws {
        // A phrase goes on past "Prime"; "Xi" might itself open a prefix before a role; "US" is an acronym.
        for text in ["Prime Minister Li Qiang said", "President Xi spokesman Wang", "US President Biden"] {
            #expect(try outcomes(text).filter == .unknown, "\(text)")
        }
    }
}
