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
