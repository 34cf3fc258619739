import Testing
@testable import Verbatim

@Suite struct PatternTests {
    private func matches(_ pattern: String, _ text: String) throws -> [Range<Int>] {
        let matcher = Matcher(try Pattern(pattern))
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { try matcher.allMatches(in: $0).map(\.range) }
    }

    @Test func findsAllMatchesAsByteOffsets() throws {
        #expect(try matches("“[^”]*”", "a “b” c “dé”") == [2..<9, 12..<21])
    }

    @Test func classOfMultiByteMarksMatchesWholeCharacters() throws {
        #expect(try matches("[“”]", "x“y”") == [1..<4, 5..<8])
    }

    @Test func emptyMatchesAdvanceByWholeCharacters() throws {
        #expect(try matches("x*", "éx") == [0..<0, 2..<3, 3..<3])
    }

    @Test func namedGroupsAreReported() throws {
        let matcher = Matcher(try Pattern("(?<word>\\p{L}+)"))
        let bytes = Array("  Шен ".utf8)
        let found = try bytes.withUnsafeBufferPointer { try matcher.firstMatch(in: $0) }
        #expect(found?["word"] == 2..<8)
        #expect(found?["missing"] == nil)
    }

    @Test func firstRangeAgreesWithFirstMatchAnchoredOrNot() throws {
        let matcher = Matcher(try Pattern("(?<w>\\p{Lu}\\p{L}+)"))
        let bytes = Array("said Éric Xi".utf8)
        let (plain, full, anchored, anchoredMiss, later) = try bytes.withUnsafeBufferPointer { buffer in
            (try matcher.firstRange(in: buffer), try matcher.firstMatch(in: buffer)?.range,
             try matcher.firstRange(in: buffer, from: 5, anchored: true),
             try matcher.firstRange(in: buffer, from: 4, anchored: true), try matcher.firstRange(in: buffer, from: 11))
        }
        #expect(plain == 5..<10)
        #expect(plain == full)
        #expect(anchored == 5..<10)
        #expect(anchoredMiss == nil)
        #expect(later == 11..<13)
    }

    @Test func firstBytesRuleOutOnlyBytesNoMatchCanStartWith() throws {
        func allows(_ pattern: String, _ text: String) throws -> Bool {
            let starts = FirstByteFilter(try Pattern(pattern))
            return Array(text.utf8).withUnsafeBufferPointer { starts.answer($0, at: 0) == .candidate }
        }
        #expect(try allows("^\\s*(?:/|\\|)", " /AP"))
        #expect(try !allows("^\\s*(?:/|\\|)", "AP"))
        #expect(try allows("x", "é"))                 // non-ASCII first bytes are left to the pattern
        #expect(try allows("x", ""))
        // \B between two word characters, and a lookbehind that needs text before the start.
        #expect(try allows("\\Bs", "s"))
        #expect(try allows("(?<=a)b", "b"))
        #expect(try !allows("\\bsaid", "x"))
    }

    @Test func onlyAPatternAnchoredAtTheSubjectStartInEveryBranchMatchesOnlyThere() throws {
        for source in ["^a", "^(?:a|b)c", "^a|^b", "^\\s*(?<x>a)(?<!\\bb)"] {
            #expect(try Pattern(source).matchesOnlyAtSubjectStart, "\(source)")
        }
        for source in ["a", "^a|b", "(?m)^a", "^a|\\Gb", "x^", "(?s)^a|.*b"] {
            #expect(try !Pattern(source).matchesOnlyAtSubjectStart, "\(source)")
        }
        #expect(try !Pattern("^a", options: .multiline).matchesOnlyAtSubjectStart)
    }

    @Test func compileErrorNamesOriginAndOffset() {
        let origin = PatternOrigin(file: "Rules/x.yml", line: 7, rule: "broken")
        #expect {
            _ = try Pattern("ab(c", origin: origin)
        } throws: { error in
            guard case let .compile(_, offset, _, errorOrigin) = error as? PatternError else { return false }
            return offset == 4 && errorOrigin == origin && "\(error)".contains("Rules/x.yml:7")
        }
    }

    @Test func catastrophicPatternHitsTheMatchLimitInsteadOfHanging() throws {
        let matcher = Matcher(try Pattern("(a+)+$", origin: PatternOrigin(rule: "evil")), matchLimit: 100_000)
        let bytes = Array((String(repeating: "a", count: 40) + "!").utf8)
        #expect(throws: PatternError.self) {
            try bytes.withUnsafeBufferPointer { _ = try matcher.firstMatch(in: $0) }
        }
    }
}

@Suite struct MatcherGroupTests {
    @Test func groupsOfTheLastRangeAreReadFromTheMatcher() throws {
        let matcher = Matcher(try Pattern("(?<who>[A-Z]\\w+) (said)(?: (?<when>today))?"))
        let bytes = Array("Then Putin said it".utf8)
        try bytes.withUnsafeBufferPointer { text in
            let whole = try #require(try matcher.firstRange(in: text))
            #expect(whole == 5..<15)
            #expect(matcher.group(1) == 5..<10 && matcher.group(2) == 11..<15)
            #expect(matcher.group(3) == nil && matcher.group(9) == nil && matcher.group(-1) == nil)
            #expect(matcher.group(0) == whole)
        }
    }
}
