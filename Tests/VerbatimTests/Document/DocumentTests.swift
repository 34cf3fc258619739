import Testing
@testable import Verbatim

@Suite struct DocumentTests {
    private func document(_ text: String, path: String = "a.txt", lossy: Bool = false) throws -> Document {
        try Document(path: path, data: Array(text.utf8), lossy: lossy)
    }

    private func error(_ data: [UInt8], path: String = "a.txt", lossy: Bool = false) -> DocumentError? {
        do {
            _ = try Document(path: path, data: data, lossy: lossy)
            return nil
        } catch {
            return error
        }
    }

    @Test func plainTextKeepsTheFileBytes() throws {
        let doc = try document("Hello “world”.\nSecond line.\n")
        #expect(doc.bytes == Array("Hello “world”.\nSecond line.\n".utf8))
        #expect(doc.bodyRange == 0..<doc.bytes.count)
        #expect(doc.format == .plainText)
        #expect(doc.metadata == DocumentMetadata())
        #expect(doc.replacedInvalidBytes == 0)
        #expect(doc.lineIndex.lineCount == 3)
    }

    @Test func formatComesFromThePathUnlessGiven() throws {
        #expect(try document("# Title\n", path: "x/notes.MD").format == .markdown)
        let forced = try Document(path: "-", data: Array("<p>Hi</p>".utf8), format: .html)
        #expect(forced.format == .html)
        #expect(forced.text == "Hi")
    }

    @Test func frontMatterIsReadAndSkipped() throws {
        let source = """
            ---
            outlet: The Guardian
            url: https://example.com/a
            date: 2024-05-14
            title: "Xi meets Putin"
            byline: Jane Doe
            tags: [china, russia]
            ---
            Body text here.

            """
        let doc = try document(source, path: "a.md")
        #expect(doc.metadata == DocumentMetadata(outlet: "The Guardian", url: "https://example.com/a",
                                                 date: "2024-05-14", title: "Xi meets Putin", byline: "Jane Doe"))
        #expect(doc.text == "Body text here.\n")
        #expect(doc.bodyRange.lowerBound == source.utf8.count - "Body text here.\n".utf8.count)
        // Offsets stay offsets into the file: the body is on line 9.
        #expect(doc.lineIndex.location(of: doc.bodyRange.lowerBound) == (9, 1))
    }

    @Test func frontMatterAcceptsAlternativeKeys() throws {
        let doc = try document("---\nSource: Reuters\nauthor:\n  - A. One\n  - B. Two\n---\nText.\n")
        #expect(doc.metadata.outlet == "Reuters")
        #expect(doc.metadata.byline == "A. One, B. Two")
        let publication = try document("---\npublication: Le Monde\n...\nTexte.\n")
        #expect(publication.metadata.outlet == "Le Monde")
        #expect(publication.text == "Texte.\n")
    }

    @Test func malformedFrontMatterReportsTheFileLine() {
        let source = "---\noutlet: The Times\ntitle: [unclosed\ndate: 2024\n---\nBody.\n"
        guard case let .malformedFrontMatter(path, line, reason)? = error(Array(source.utf8), path: "m.md") else {
            Issue.record("expected malformedFrontMatter")
            return
        }
        // The unclosed flow sequence starts on file line 3; YAML notices on its next line.
        #expect(path == "m.md")
        #expect(line == 4)
        #expect(reason.contains("flow sequence"))

        let colon = "---\noutlet: A\ntitle: a: b\n---\nBody.\n"
        guard case let .malformedFrontMatter(_, colonLine, _)? = error(Array(colon.utf8)) else {
            Issue.record("expected malformedFrontMatter for a stray colon")
            return
        }
        #expect(colonLine == 3)

        let tab = "---\noutlet: A\n\tbad: tab\n---\nBody.\n"
        guard case let .malformedFrontMatter(_, tabLine, _)? = error(Array(tab.utf8)) else {
            Issue.record("expected malformedFrontMatter for a tab")
            return
        }
        #expect(tabLine == 3)

        let notMapping = "---\njust a sentence\n---\nBody.\n"
        #expect(error(Array(notMapping.utf8)) == .malformedFrontMatter(path: "a.txt", line: 2,
                                                                         reason: "expected `key: value` lines"))
    }

    @Test func unclosedFenceIsNotFrontMatter() throws {
        let doc = try document("---\nJust a rule, then text.\n")
        #expect(doc.bodyRange == 0..<doc.bytes.count)
        #expect(doc.metadata == DocumentMetadata())
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let doc = try Document(path: "b.txt", data: [0xEF, 0xBB, 0xBF] + Array("Hello.".utf8))
        #expect(doc.bodyRange == 3..<9)
        #expect(doc.text == "Hello.")
        #expect(doc.bytes.count == 9)

        let withFrontMatter = try Document(path: "b.md", data: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: T\n---\nHi.".utf8))
        #expect(withFrontMatter.metadata.title == "T")
        #expect(withFrontMatter.text == "Hi.")
    }

    @Test func emptyAndWhitespaceOnlyFilesAreErrors() {
        #expect(error([]) == .empty(path: "a.txt"))
        #expect(error(Array(" \n\t\r\n  \u{00A0}\n".utf8)) == .empty(path: "a.txt"))
        #expect(error([0xEF, 0xBB, 0xBF, 0x0A]) == .empty(path: "a.txt"))
        #expect(error(Array("---\ntitle: Only metadata\n---\n\n".utf8)) == .empty(path: "a.txt"))
        #expect(error(Array("<html><head><title>T</title></head><body> </body></html>".utf8), path: "e.html")
            == .empty(path: "e.html"))
    }

    @Test func binaryFilesAreRejectedWithTheOffset() {
        #expect(error(Array("abc".utf8) + [0x00] + Array("def".utf8)) == .binary(path: "a.txt", offset: 3))
        let controls: [UInt8] = Array("ab".utf8) + [UInt8](repeating: 0x01, count: 10) + Array("cdefgh".utf8)
        #expect(error(controls) == .binary(path: "a.txt", offset: 2))
    }

    @Test func invalidUTF8IsRejectedWithTheOffset() {
        // "Café" in Latin-1: the é (0xE9) at offset 3 is not valid UTF-8.
        #expect(error([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]) == .invalidUTF8(path: "a.txt", offset: 3))
        // A valid multibyte character first, then a lone continuation byte at offset 5.
        #expect(error(Array("é—".utf8) + [0x80]) == .invalidUTF8(path: "a.txt", offset: 5))
    }

    @Test func lossyModeReplacesAndCounts() throws {
        let doc = try Document(path: "l.txt", data: [0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF, 0xFE, 0x21], lossy: true)
        #expect(doc.replacedInvalidBytes == 3)
        #expect(doc.text == "Caf\u{FFFD} \u{FFFD}\u{FFFD}!")

        let truncated = try Document(path: "t.txt", data: Array("ok ".utf8) + [0xE2, 0x80], lossy: true)
        #expect(truncated.replacedInvalidBytes == 2)
        #expect(truncated.text == "ok \u{FFFD}")
    }

    @Test func paragraphsFollowTheFormat() throws {
        let segmenter = TextSegmenter(abbreviations: [])
        let doc = try document("---\ntitle: T\n---\nOne.\nTwo.\n", path: "p.txt")
        let texts = doc.paragraphs(using: segmenter).map { String(decoding: doc.bytes[$0], as: UTF8.self) }
        #expect(texts == ["One.", "Two."])
    }

    @Test func errorDescriptionsNameFileAndPosition() {
        #expect(DocumentError.invalidUTF8(path: "a.txt", offset: 3).description.hasPrefix("a.txt: invalid UTF-8 at byte 3"))
        #expect(DocumentError.malformedFrontMatter(path: "a.md", line: 4, reason: "x").description
            == "a.md:4: malformed front matter: x")
    }
}
