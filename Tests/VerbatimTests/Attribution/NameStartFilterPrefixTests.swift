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
        // "Xi" might open a prefix before the role after it; "USA" is an acronym, which opens a prefix too.
        for text in ["President Xi spokesman Wang", "President USA Smith"] {
            #expect(try outcomes(text).filter == .unknown, "\(text)")
        }
    }

    @Test func answersAsThePatternDoesWhereverItDecides() throws {
        for text in ["Prime Minister Li Qiang said", "Vice President Harris.", "Dr. Smith Jones Brown Green White Black",
                     "President Mr Lee", "Chancellor Scholz spokesman", "Mr. The Rock", "President O'Neill-Smith's",
                     "Secretary General Guterres, who", "US President Biden", "Mr US Smith", "Mr Xi’s", "Mrs. May-Day said"] {
            let (filter, pattern) = try outcomes(text)
            switch filter {
            case .unknown: break
            case .noMatch: #expect(pattern == nil, "\(text)")
            case .match(let end): #expect(pattern == 0..<end, "\(text)")
            }
        }
    }
}

extension NameStartFilterPrefixTests {
    @Test func decidesRunsOfPrefixesAndNamesCutShort() throws {
        for (text, end) in [("Chinese President Xi Jinping said", 28), ("Xi Jinping's government", 10),
                            ("Mr Xi Jinping’s visit", 13)] {
            let (filter, pattern) = try outcomes(text)
            #expect(filter == .match(end: end), "\(text)")
            #expect(pattern == 0..<end, "\(text)")
        }
        // A qualifier is no role: no prefix `{1,4}(?=ROLE\s)` takes the word cut short.
        let (filter, pattern) = try outcomes("Xi's foreign minister")
        #expect(filter == .match(end: 2))
        #expect(pattern == 0..<2)
    }
}

extension NameStartFilterPrefixTests {
    @Test func decidesNamesCutShortUnlessARoleFollowsWithinReach() throws {
        for (text, end) in [("Putin's Kremlin Palace said", 5), ("Xi Jinping's Belt Road", 10)] {
            let (filter, pattern) = try outcomes(text)
            #expect(filter == .match(end: end), "\(text)")
            #expect(pattern == 0..<end, "\(text)")
        }
        // A role after capitalised words makes them a prefix (`{1,4}(?=ROLE\s)`): the pattern decides.
        for text in ["Putin's Kremlin spokesman Peskov", "Xi Jinping's spokesman Wang", "Xi Jinping spokesman Wang"] {
            #expect(try outcomes(text).filter == .unknown, "\(text)")
            #expect(try outcomes(text).pattern?.upperBound == text.utf8.count, "\(text)")
        }
    }
}
