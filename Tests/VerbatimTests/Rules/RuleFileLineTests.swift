import Testing
@testable import Verbatim

/// The line numbers that rule errors name: a key's line, the first after a given line, and a `key: value`
/// line found by its value, in any of YAML's quotings, past list dashes and indentation.
@Suite struct RuleFileLineTests {
    let text = """
        rules:
          - id: first
            pattern: 'a'
          - id: "second"
            pattern: 'b'
            lead:   x
          - id: 'third'  \r
            pattern: 'c'

        """

    @Test func aKeyIsFoundAfterIndentationAndListDashes() {
        #expect(RuleFile.line(ofKey: "rules", in: text) == 1)
        #expect(RuleFile.line(ofKey: "pattern", in: text) == 3)
        #expect(RuleFile.line(ofKey: "lead", in: text) == 6)
        #expect(RuleFile.line(ofKey: "missing", in: text) == nil)
        #expect(RuleFile.line(ofKey: "pat", in: text) == nil)
    }

    @Test func aKeyIsFoundPastAStartLine() {
        #expect(RuleFile.line(ofKey: "pattern", in: text, after: 3) == 5)
        #expect(RuleFile.line(ofKey: "pattern", in: text, after: 7) == 8)
        #expect(RuleFile.line(ofKey: "pattern", in: text, after: 8) == nil)
    }

    @Test func aValueIsFoundBareOrQuoted() {
        #expect(RuleFile.line(ofKey: "id", in: text, matching: "first") == 2)
        #expect(RuleFile.line(ofKey: "id", in: text, matching: "second") == 4)
        #expect(RuleFile.line(ofKey: "id", in: text, matching: "third") == 7)
        #expect(RuleFile.line(ofKey: "id", in: text, matching: "fourth") == nil)
        #expect(RuleFile.line(ofKey: "id", in: text, matching: "firs") == nil)
        #expect(RuleFile.line(ofKey: "lead", in: text, matching: "x") == 6)
    }
}
