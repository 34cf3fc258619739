import Testing
@testable import Verbatim

/// Runs the examples that every attribution frame carries in `Rules/attribution/frames.yml`.
@Suite struct RuleExamplesTests {
    static let frames = Fixtures.rules.frames.after + Fixtures.rules.frames.before

    @Test(arguments: frames.map(\.id))
    func frameExamples(id: String) throws {
        let frame = try #require(Self.frames.first { $0.id == id })
        #expect(!frame.matching.isEmpty, "frame \(id) carries no matching example")
        let matcher = Matcher(frame.pattern)
        for example in frame.matching {
            let bytes = Array(example.text.utf8)
            let found = try bytes.withUnsafeBufferPointer { buffer in
                try matcher.firstMatch(in: buffer, anchored: frame.position == .after)
            }
            let match = try #require(found, "frame \(id) should match: \(example.text)")
            for (group, expected) in example.groups {
                let range = try #require(match[group], "frame \(id): group \(group) missing in: \(example.text)")
                #expect(String(decoding: bytes[range], as: UTF8.self) == expected, "frame \(id), group \(group)")
            }
        }
        for example in frame.nonMatching {
            let bytes = Array(example.text.utf8)
            let found = try bytes.withUnsafeBufferPointer { buffer in
                try matcher.firstMatch(in: buffer, anchored: frame.position == .after)
            }
            #expect(found == nil, "frame \(id) should not match: \(example.text)")
        }
    }
}

/// Runs the examples of `Rules/attribution/reported-speech.yml`.
@Suite struct ReportedSpeechExamplesTests {
    static let rules = Fixtures.rules.reportedSpeech

    @Test(arguments: rules.leading.map(\.id))
    func leadingExamples(id: String) throws {
        let rule = try #require(Self.rules.leading.first { $0.id == id })
        #expect(!rule.matching.isEmpty, "rule \(id) carries no matching example")
        let matcher = Matcher(rule.pattern)
        for example in rule.matching {
            let bytes = Array(example.text.utf8)
            let found = try bytes.withUnsafeBufferPointer { try matcher.firstMatch(in: $0) }
            let match = try #require(found, "rule \(id) should match: \(example.text)")
            for (group, expected) in example.groups {
                let range = try #require(match[group], "rule \(id): group \(group) missing in: \(example.text)")
                #expect(String(decoding: bytes[range], as: UTF8.self) == expected, "rule \(id), group \(group)")
            }
        }
        for example in rule.nonMatching {
            let bytes = Array(example.text.utf8)
            #expect(try bytes.withUnsafeBufferPointer { try matcher.firstMatch(in: $0) } == nil,
                    "rule \(id) should not match: \(example.text)")
        }
    }

    @Test func interruptingRestExamples() throws {
        try Self.checkAnchored(Self.rules.interruptingRest)
    }

    @Test func trailingRestExamples() throws {
        try Self.checkAnchored(Self.rules.trailingRest)
    }

    /// `clause_end_at_speech` is run only on a clause with a speech cue: each text it matches holds one.
    @Test func clauseEndAtSpeechExamplesHoldASpeechCue() throws {
        let atSpeech = try #require(Self.rules.clauseEndAtSpeech)
        try Self.checkAnchored(atSpeech)
        let speechCue = Fixtures.rules.speechCue
        for text in atSpeech.matching {
            let bytes = Array(text.utf8)
            let cues = try bytes.withUnsafeBufferPointer {
                try CueIndex(bytes: $0, range: 0..<$0.count, matcher: Matcher(speechCue), scanner: WordStartFilter.filter(for: speechCue))
            }
            #expect(cues.overlaps(0..<bytes.count), "no speech cue in: \(text)")
        }
    }

    /// Checks that the pattern, anchored at the start, accepts each of its matching examples and none of the others.
    private static func checkAnchored(_ rest: ReportedSpeechRules.ExamplePattern) throws {
        let (matcher, matching, nonMatching) = (Matcher(rest.pattern), rest.matching, rest.nonMatching)
        #expect(!matching.isEmpty && !nonMatching.isEmpty)
        for text in matching {
            let bytes = Array(text.utf8)
            #expect(try bytes.withUnsafeBufferPointer { try matcher.firstMatch(in: $0, anchored: true) } != nil, "should match: \(text)")
        }
        for text in nonMatching {
            let bytes = Array(text.utf8)
            #expect(try bytes.withUnsafeBufferPointer { try matcher.firstMatch(in: $0, anchored: true) } == nil, "should not match: \(text)")
        }
    }
}

/// Runs the examples of `Rules/extraction/quotation-marks.yml` through the whole extractor.
@Suite struct QuotationMarkExamplesTests {
    struct File: Decodable {
        struct Example: Decodable { var text: String; var quotes: [String] }
        var examples: [Example]
    }

    @Test func examplesYieldTheirQuotations() throws {
        let file = try RuleFile.decode(File.self, from: "\(Fixtures.rulesFolder)/extraction/quotation-marks.yml")
        #expect(!file.examples.isEmpty)
        let marks = Fixtures.rules.quotationMarks
        for example in file.examples {
            let bytes = Array(example.text.utf8)
            let spans = bytes.withUnsafeBufferPointer { buffer in
                QuoteSpanFinder(marks: marks).spans(in: buffer, paragraphs: [0..<buffer.count]).spans
            }
            let texts = spans.map { String(decoding: bytes[$0.content], as: UTF8.self) }
            #expect(texts == example.quotes, "quotation marks example: \(example.text)")
        }
    }
}

/// Runs the examples of `Rules/attribution/outlet.yml`.
@Suite struct OutletExamplesTests {
    struct File: Decodable {
        struct Example: Decodable { var text: String; var outlet: String }
        var examples: [Example]
    }

    @Test func examplesNameTheirOutlet() throws {
        let file = try RuleFile.decode(File.self, from: "\(Fixtures.rulesFolder)/attribution/outlet.yml")
        #expect(!file.examples.isEmpty)
        let finder = OutletFinder(rules: Fixtures.rules)
        for example in file.examples {
            let bytes = Array(example.text.utf8)
            let outlet = try bytes.withUnsafeBufferPointer { try finder.outlet(in: $0, range: 0..<$0.count) }
            #expect(outlet == example.outlet, "outlet example: \(example.text)")
        }
    }
}
