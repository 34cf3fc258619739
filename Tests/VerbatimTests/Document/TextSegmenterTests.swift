import Testing
@testable import Verbatim

@Suite struct DocumentSegmenterTests {
    private let segmenter = TextSegmenter(abbreviations: ["mr", "mrs", "dr", "gen", "u.s", "st"])

    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            segmenter.sentences(in: buffer, paragraph: 0..<buffer.count).map { ByteText.string(buffer, $0) }
        }
    }

    private func paragraphs(_ text: String, _ format: DocumentFormat) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            segmenter.paragraphs(in: buffer, range: 0..<buffer.count, format: format).map { ByteText.string(buffer, $0) }
        }
    }

    @Test func splitsOnTerminatorsBeforeCapitals() {
        #expect(sentences("  It rained. Then it stopped!  Was it over? 2024 was wet.\n") ==
                ["It rained.", "Then it stopped!", "Was it over?", "2024 was wet."])
        #expect(sentences("No split. here, or at 3.5 percent.") == ["No split. here, or at 3.5 percent."])
        #expect(sentences("") == [])
        #expect(sentences("   ") == [])
    }

    @Test func abbreviationsDoNotSplit() {
        #expect(sentences("Mr. Smith met Dr. Jones and GEN. Milley in the U.S. Capitol. They talked.") ==
                ["Mr. Smith met Dr. Jones and GEN. Milley in the U.S. Capitol.", "They talked."])
        #expect(sentences("She lives on Main St. Downtown is busy.") == ["She lives on Main St. Downtown is busy."])
    }

    @Test func initialsAndAcronymsDoNotSplit() {
        #expect(sentences("Russian President Vladimir V. Putin arrived. J. Smith left.") ==
                ["Russian President Vladimir V. Putin arrived.", "J. Smith left."])
        #expect(sentences("The F.B.I. Director spoke at 5 p.m. Monday. Then he left.") ==
                ["The F.B.I. Director spoke at 5 p.m. Monday.", "Then he left."])
    }

    @Test func quotationsEndingSentencesSplitAfterTheClosingMark() {
        #expect(sentences("He said: “We are in a crisis.” Next sentence here.") ==
                ["He said: “We are in a crisis.”", "Next sentence here."])
        #expect(sentences("She asked, \"Why?\" Nobody answered. (It was late.) [Really.] Then")
                == ["She asked, \"Why?\"", "Nobody answered.", "(It was late.)", "[Really.]", "Then"])
        #expect(sentences("“Stop!” he shouted. “Now.”") == ["“Stop!” he shouted.", "“Now.”"])
        #expect(sentences("It ended. “Good,” she said.") == ["It ended.", "“Good,” she said."])
    }

    @Test func ellipsisSplitsOnlyBeforeCapitals() {
        #expect(sentences("He paused… Then he went on. Wait... What? It was… fine... 5 more.") ==
                ["He paused…", "Then he went on.", "Wait...", "What?", "It was… fine... 5 more."])
    }

    @Test func sentencesCoverTheParagraphText() {
        let text = "  One two. Three four!\n Five?  "
        let bytes = Array(text.utf8)
        let ranges = bytes.withUnsafeBufferPointer { segmenter.sentences(in: $0, paragraph: 0..<$0.count) }
        let covered = ranges.reduce(0) { $0 + bytes[$1].filter { $0 != 0x20 && $0 != 0x0A }.count }
        #expect(covered == bytes.filter { $0 != 0x20 && $0 != 0x0A }.count)
        #expect(ranges == [2..<10, 11..<22, 24..<29])
    }

    @Test func plainTextLinesAreParagraphs() {
        let text = "Headline\nBy Jane Doe\n\nFirst paragraph is one line.\nSecond paragraph, also one line.\n\n\n  Third.  \n"
        #expect(paragraphs(text, .plainText) ==
                ["Headline", "By Jane Doe", "First paragraph is one line.", "Second paragraph, also one line.", "Third."])
        #expect(paragraphs("One.\r\nTwo.\r\n", .plainText) == ["One.", "Two."])
    }

    @Test func hardWrappedPlainTextUsesBlocks() {
        let text = """
            The minister said the talks would
            continue next week, and that both sides
            were hopeful.

            “We are close,” she told reporters
            outside the building on Tuesday, adding
            that a deal was near.

            Short final block.
            """
        #expect(paragraphs(text, .plainText) == [
            "The minister said the talks would\ncontinue next week, and that both sides\nwere hopeful.",
            "“We are close,” she told reporters\noutside the building on Tuesday, adding\nthat a deal was near.",
            "Short final block.",
        ])
    }

    @Test func oneLineParagraphsWithoutBlankLinesStaySeparate() {
        // Most lines continue on the next one, but they end like sentences: not hard-wrapped.
        let text = "Title\n\nFirst full paragraph ends here.\nSecond one ends too.\nThird as well.\nFourth one.\n"
        #expect(paragraphs(text, .plainText) ==
                ["Title", "First full paragraph ends here.", "Second one ends too.", "Third as well.", "Fourth one."])
    }

    @Test func htmlTextIsOneParagraphPerLine() {
        #expect(paragraphs("A line\ncontinues\n\nB", .html) == ["A line", "continues", "B"])
    }

    @Test func markdownUsesBlocksAndMarkers() {
        let text = """
            # Headline
            Intro paragraph that is
            wrapped over two lines.

            - first item
              continues here
            - second item
            * third item
            1. numbered
            > A quote line
            > Another quote line

            ---
            Setext heading
            ==============
            Closing words.
            """
        #expect(paragraphs(text, .markdown) == [
            "# Headline",
            "Intro paragraph that is\nwrapped over two lines.",
            "- first item\n  continues here",
            "- second item",
            "* third item",
            "1. numbered",
            "> A quote line",
            "> Another quote line",
            "Setext heading",
            "Closing words.",
        ])
    }

    @Test func paragraphsRespectTheRange() {
        let text = "skip me\nOne.\nTwo.\nskip too"
        let bytes = Array(text.utf8)
        let ranges = bytes.withUnsafeBufferPointer { segmenter.paragraphs(in: $0, range: 8..<18, format: .plainText) }
        #expect(ranges == [8..<12, 13..<17])
    }
}
