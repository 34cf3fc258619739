import Foundation
import Testing
@testable import Verbatim

/// Extraction on HTML input, and a user rule that would backtrack forever.
@Suite struct ExtractionInputTests {
    @Test func htmlArticleIsReadAsVisibleText() throws {
        let html = """
        <html><head><title>Talks</title><script>var s = "“not a quote,” said Nobody";</script></head>
        <body><nav>“Menu item text here,” said Nav Bar</nav>
        <p>&ldquo;We will meet again next spring in Geneva,&rdquo; said Anna Berg.</p></body></html>
        """
        let found = try Extracted(html, path: "story.html")
        #expect(found.texts == ["We will meet again next spring in Geneva"])
        #expect(found.speaker("We will meet") == "Anna Berg")
    }

    @Test func catastrophicUserRuleIsReportedWithItsFileAndRule() throws {
        try Fixtures.withRunawayRule { rules in
            let text = Fixtures.runawayText
            do {
                _ = try Extracted(text, rules: rules)
                Issue.record("a runaway pattern should fail with an error")
            } catch let error as PatternError {
                let message = "\(error)"
                #expect(message.contains("frames.yml"))
                #expect(message.contains("runaway"))
            }
        }
    }
}
