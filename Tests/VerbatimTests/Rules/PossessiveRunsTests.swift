import Foundation
import Testing
@testable import Verbatim

/// The runs of letters in `{NAME}`, `{ROLE}` and `{ORG}` are possessive: the attribution patterns built
/// from them match exactly as they would if PCRE2 could give letters back, only with less backtracking.
@Suite struct PossessiveRunsTests {
    private let rules = Fixtures.rules

    /// `source` with the possessive runs of the fragments made greedy again.
    private func backtracking(_ source: String) -> String {
        source.replacingOccurrences(of: "]*+", with: "]*").replacingOccurrences(of: "]++", with: "]+")
    }

    /// Every attribution pattern that holds a possessive run, by rule.
    private var patterns: [(String, Pattern)] {
        let frames = (rules.frames.after + rules.frames.before).map { ($0.id, $0.pattern) }
        let leading = rules.reportedSpeech.leading.map { ($0.id, $0.pattern) }
        let people = [("mention", rules.people.mention), ("introduced_after", rules.people.introducedAfter)]
        return (frames + leading + people).filter { $0.1.source.contains("]*+") || $0.1.source.contains("]++") }
    }

    /// The texts the rules are tried on: each sample article whole, and each lead of it (a line up to a
    /// quotation mark, where before-frames end with `$`).
    private func subjects() throws -> [[UInt8]] {
        let reader = DocumentReader()
        var subjects: [[UInt8]] = []
        for path in try reader.documentPaths(for: [Fixtures.articlesFolder]) {
            let bytes = try reader.read(path: path).bytes
            subjects.append(bytes)
            var lineStart = 0
            for offset in bytes.indices {
                if bytes[offset] == 0x0A { lineStart = offset + 1 }
                let opensQuote = bytes[offset] == 0x22 || (offset + 2 < bytes.count && bytes[offset] == 0xE2
                    && bytes[offset + 1] == 0x80 && bytes[offset + 2] == 0x9C)
                if opensQuote { subjects.append(Array(bytes[lineStart..<offset])) }
            }
        }
        return subjects
    }

    @Test func attributionPatternsMatchAsWithBacktrackingRuns() throws {
        let subjects = try subjects()
        #expect(patterns.count >= 10)
        var matched = 0
        for (id, pattern) in patterns {
            let possessive = Matcher(pattern), greedy = Matcher(try Pattern(backtracking(pattern.source)))
            for subject in subjects {
                try subject.withUnsafeBufferPointer { bytes in
                    // Every start a rule is tried at: word starts, and the spaces and commas after-frames open with.
                    for offset in bytes.indices where offset == 0 || bytes[offset - 1] == 0x20 || bytes[offset] == 0x2C {
                        let one = try possessive.firstMatch(in: bytes, from: offset, anchored: true)
                        let other = try greedy.firstMatch(in: bytes, from: offset, anchored: true)
                        #expect(one?.range == other?.range, "rule \(id) at \(offset)")
                        if one != nil { matched += 1 }
                    }
                }
            }
        }
        #expect(matched > 1000)
    }

    /// `clause_end_at_speech`'s lookaheads take their words and the spaces after them possessively: it finds the
    /// same first match from every offset of the sample articles as with runs that give back.
    @Test func clauseEndMatchesAsWithBacktrackingRuns() throws {
        let clauseEnd = try #require(rules.reportedSpeech.clauseEndAtSpeech).pattern
        #expect(clauseEnd.source.contains("]++\\s++"))
        let possessive = Matcher(clauseEnd)
        let greedy = Matcher(try Pattern(backtracking(clauseEnd.source).replacingOccurrences(of: "\\s++", with: "\\s+")))
        var matched = 0
        for subject in try subjects() {
            try subject.withUnsafeBufferPointer { bytes in
                for offset in bytes.indices where bytes[offset] & 0xC0 != 0x80 {
                    let one = try possessive.firstRange(in: bytes, from: offset, anchored: true)
                    #expect(one == (try greedy.firstRange(in: bytes, from: offset, anchored: true)), "clause_end_at_speech at \(offset)")
                    if one != nil { matched += 1 }
                }
            }
        }
        #expect(matched > 20)
    }

    @Test func aNameNeverEndsInsideAWord() throws {
        let source = try rules.template.expand("(?<name>{NAME})n", origin: PatternOrigin())
        let text = Array("Obaman said".utf8)
        let found = try text.withUnsafeBufferPointer { try Matcher(try Pattern(source)).firstMatch(in: $0, anchored: true) }
        #expect(found == nil)
        let written = try text.withUnsafeBufferPointer {
            try Matcher(try Pattern(backtracking(source))).firstMatch(in: $0, anchored: true)
        }
        #expect(written?.range == 0..<6)
    }
}
