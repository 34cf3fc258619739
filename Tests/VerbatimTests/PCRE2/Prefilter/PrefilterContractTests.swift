import Testing
@testable import Verbatim

/// The ``Prefilter`` contract (a candidate may not match; a match is never missed) and the check that
/// ``CheckedPrefilter`` runs in debug builds: a prefilter that wrongly turns a match away is caught.
@Suite struct PrefilterContractTests {
    /// A broken prefilter: it answers `no` everywhere.
    private struct SaysNoEverywhere: Prefilter {
        func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer { .no }
    }

    /// A broken prefilter: it offers only the even offsets.
    private struct OffersEvenOffsets: Prefilter {
        func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer { offset % 2 == 0 ? .candidate : .no }
    }

    @Test func aPrefilterThatSkipsARealMatchIsCaught() throws {
        let matcher = Matcher(try Pattern("\\bsaid\\b"))
        Array("he said it, she said".utf8).withUnsafeBufferPointer { text in
            #expect(PrefilterCheck.missedMatch(by: SaysNoEverywhere(), matcher, in: text, at: 3) == 3..<7)
            #expect(PrefilterCheck.missedMatch(by: SaysNoEverywhere(), matcher, in: text, at: 8) == nil)
            #expect(PrefilterCheck.missedMatches(by: SaysNoEverywhere(), matcher, in: text) == [3..<7, 16..<20])
            // Of the matches at 3 and 16, the one at an odd offset is missed.
            #expect(PrefilterCheck.missedMatches(by: OffersEvenOffsets(), matcher, in: text) == [3..<7])
        }
    }

    @Test func aShortcutThatDisagreesWithThePatternIsCaught() throws {
        let matcher = Matcher(try Pattern("[A-Z][a-z]+"))
        Array("Mr Smith".utf8).withUnsafeBufferPointer { text in
            #expect(PrefilterCheck.disagreement(3..<8, matcher, in: text, from: 3, anchored: true) == nil)
            #expect(PrefilterCheck.disagreement(nil, matcher, in: text, from: 3, anchored: true) == .some(3..<8))
            #expect(PrefilterCheck.disagreement(3..<6, matcher, in: text, from: 3, anchored: true) == .some(3..<8))
            #expect(PrefilterCheck.disagreement(nil, matcher, in: text, from: 2, anchored: true) == nil)
        }
    }

    /// Random texts of words the rule patterns look for, and of their near misses.
    private static let texts = RandomTexts.make(
        ["said", "told", "says", "sail", "Photo", "Reporting by", "CNN", "(Reuters)", "The New York Times", "AP", "and",
         "who", "also said", "é", "’s", "Mr.", "Xi", "by", "x", "9", "_"],
        separators: [" ", "", ",", ", ", "\n", ": ", "|", "’", "“", "  ", "—", "\t"], count: 150, lengths: 1...12, seed: 29)

    /// Whether `filter` keeps the contract at every character boundary of every text, and (for a filter
    /// answering for anchored matches) its candidate scan finds every match.
    private func keepsTheContract<Filter: Prefilter>(_ filter: Filter, _ pattern: Pattern) -> Bool {
        let matcher = Matcher(pattern)
        for text in Self.texts {
            let kept = Array(text.utf8).withUnsafeBufferPointer { bytes in
                for offset in 0..<bytes.count where bytes[offset] & 0xC0 != 0x80 {
                    if PrefilterCheck.missedMatch(by: filter, matcher, in: bytes, at: offset) != nil { return false }
                    // Filters that answer at the start of a text only are asked at the start of each rest.
                    let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
                    if PrefilterCheck.missedMatch(by: filter, matcher, in: rest, at: 0) != nil { return false }
                }
                return Filter.search == .unanchored || PrefilterCheck.missedMatches(by: filter, matcher, in: bytes).isEmpty
            }
            if !kept { return false }
        }
        return true
    }

    @Test func theSixPrefiltersKeepTheContractOnTheirRulePatterns() throws {
        let rules = Fixtures.rules
        let people = rules.people
        #expect(keepsTheContract(FirstByteFilter(people.introducedAfter), people.introducedAfter))
        #expect(keepsTheContract(FirstByteFilter(people.notAPersonAfter), people.notAPersonAfter))
        #expect(keepsTheContract(OpeningBytesFilter(people.introducedAfter), people.introducedAfter))
        let ends = try #require(people.notAPersonBeforeEnds)
        #expect(keepsTheContract(ends, people.notAPersonBefore))
        let words = try #require(OpeningWordFilter(Pattern.OpeningProbe(rules.speechCue),
                                                   starts: (0..<128).map(UInt8.init).filter(OpeningWordFilter.isWordByte)))
        #expect(keepsTheContract(words, rules.speechCue))
        #expect(keepsTheContract(try #require(WordStartFilter.filter(for: rules.speechCue)).filter, rules.speechCue))
        #expect(keepsTheContract(try #require(WordStartFilter.filter(for: rules.outletNames)).filter, rules.outletNames))
        #expect(keepsTheContract(try #require(StartPairFilter.filter(for: rules.outletPattern)).filter, rules.outletPattern))
    }

    /// The fast whole-text scan of ``WordStartFilter`` offers exactly the offsets its one-place answer accepts.
    @Test func theWordStartScanOffersTheOffsetsItsAnswerAccepts() throws {
        for pattern in [Fixtures.rules.speechCue, Fixtures.rules.outletNames] {
            let filter = try #require(WordStartFilter.filter(for: pattern)).filter
            for text in Self.texts {
                Array(text.utf8).withUnsafeBufferPointer { bytes in
                    var scanned: [Int] = []
                    filter.forEachCandidate(in: bytes) { scanned.append($0); return $0 + 1 }
                    let asked = (0..<bytes.count).filter { filter.answer(bytes, at: $0) == .candidate }
                    #expect(scanned == asked, "\(text)")
                }
            }
        }
    }
}
