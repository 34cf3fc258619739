import Testing
@testable import Verbatim

/// The verb check of the leading reported-speech rules reads only the sentence's speech cues when every
/// verb of the rules is one, and every word otherwise.
@Suite struct LeadingVerbCheckTests {
    static let rules = Fixtures.rules
    static let sourceVerbClause = rules.reportedSpeech.leading.firstIndex { $0.id == "source-verb-clause" }!

    private func check(_ leading: [ReportedSpeechRules.Rule]) -> LeadingVerbCheck {
        LeadingVerbCheck(rules: leading, lexicon: Self.rules.lexicon, speechCue: Self.rules.speechCue)
    }

    /// The speech cues of the whole of `bytes`.
    private func cues(_ bytes: UnsafeBufferPointer<UInt8>) throws -> ArraySlice<Range<Int>> {
        try CueIndex(bytes: bytes, range: 0..<bytes.count, matcher: Matcher(Self.rules.speechCue), scanner: nil).cues[...]
    }

    @Test func everyVerbOfTheBundledRulesIsASpeechCue() {
        #expect(check(Self.rules.reportedSpeech.leading).readsCuesOnly)
    }

    @Test func aPhraseIsACueWhenTheCuePatternMatchesItFromItsStart() {
        #expect(LeadingVerbCheck.areCues([[Array("said".utf8)], [Array("called".utf8), Array("for".utf8)]], Self.rules.speechCue))
        #expect(!LeadingVerbCheck.areCues([[Array("said".utf8)], [Array("frobnicated".utf8)]], Self.rules.speechCue))
    }

    @Test func withCuesOnlyTheCuesAreRead() throws {
        let check = check(Self.rules.reportedSpeech.leading)
        let bytes = Array("Officials said that the plant had closed. ".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            check.prepare(0..<buffer.count, cues: try cues(buffer))
            #expect(check.allows(Self.sourceVerbClause, from: 0, buffer))
            // Without its cue, the verb is not looked for.
            check.prepare(0..<buffer.count, cues: [])
            #expect(!check.allows(Self.sourceVerbClause, from: 0, buffer))
        }
    }

    @Test func aRuleWithoutAVerbOfItsOwnInTheRangeHasNone() throws {
        let check = check(Self.rules.reportedSpeech.leading)
        let sourceCalls = try #require(Self.rules.reportedSpeech.leading.firstIndex { $0.id == "source-calls" })
        let bytes = Array("Officials said that the plant had closed. ".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            check.prepare(0..<buffer.count, cues: try cues(buffer))
            #expect(check.hasVerb(Self.sourceVerbClause, buffer))
            #expect(!check.hasVerb(sourceCalls, buffer))
        }
    }

    @Test func aVerbThatIsNoCueIsFoundByReadingEveryWord() {
        var rule = Self.rules.reportedSpeech.leading[Self.sourceVerbClause]
        rule.verbLists = []
        rule.verbPhrases = ["frobnicated"]
        let check = check([rule])
        #expect(!check.readsCuesOnly)
        let bytes = Array("Officials frobnicated that the plant had closed. ".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            check.prepare(0..<buffer.count, cues: [])
            #expect(check.allows(0, from: 0, buffer))
        }
    }
}
