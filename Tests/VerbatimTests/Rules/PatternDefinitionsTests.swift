import Foundation
import Testing
@testable import Verbatim

/// Placeholders whose fragments call shared subpatterns expand into patterns that define them once and
/// match exactly as the fragments written out in full would.
@Suite struct PatternDefinitionsTests {
    private let template = Fixtures.rules.template

    /// `expanded` with each call of a definition replaced by its body and the `(?(DEFINE)…)` group dropped.
    private func inlined(_ expanded: String) -> String {
        guard let define = expanded.range(of: "(?(DEFINE)") else { return expanded }
        var text = String(expanded[..<define.lowerBound])
        while let call = template.definitions.first(where: { text.contains("(?&" + $0.name + ")") }) {
            text = text.replacingOccurrences(of: "(?&" + call.name + ")", with: call.body)
        }
        return text
    }

    @Test func aPatternDefinesTheSubpatternsItCallsOnce() throws {
        let expanded = try template.expand("(?<name>{NAME}) said, {NAME}", origin: PatternOrigin())
        #expect(expanded.components(separatedBy: "(?(DEFINE)").count == 2)
        for definition in template.definitions where expanded.contains("(?&" + definition.name + ")") {
            #expect(expanded.components(separatedBy: "(?<" + definition.name + ">").count == 2)
        }
        #expect(try template.expand("{VERB} now", origin: PatternOrigin()).contains("(?(DEFINE)") == false)
    }

    @Test func namesMatchAsTheFragmentWrittenOutInFull() throws {
        let source = try template.expand("(?<name>{NAME})", origin: PatternOrigin())
        let shared = Matcher(try Pattern(source)), full = Matcher(try Pattern(inlined(source)))
        #expect(source != inlined(source))
        let reader = DocumentReader()
        var matched = 0
        for path in try reader.documentPaths(for: [Fixtures.articlesFolder]) {
            let document = try reader.read(path: path)
            try document.bytes.withUnsafeBufferPointer { bytes in
                for offset in bytes.indices where offset == 0 || bytes[offset - 1] == 0x20 {
                    let one = try shared.firstMatch(in: bytes, from: offset, anchored: true)
                    #expect(one?.range == (try full.firstMatch(in: bytes, from: offset, anchored: true))?.range)
                    if one != nil { matched += 1 }
                }
            }
        }
        #expect(matched > 100)
    }
}
