import Foundation
import Testing
@testable import Verbatim

/// JSON Lines input: one document a line, ids and metadata kept, a bad line refused in its place.
@Suite struct JSONLinesSourceTests {
    /// The inputs of a JSON Lines file holding `text`.
    private func inputs(_ text: String, reader: DocumentReader = DocumentReader()) throws -> [DocumentInput] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return Array(DocumentSource(paths: [path], reader: reader, layout: .jsonLines))
    }

    private func refusal(_ input: DocumentInput) -> DocumentRefusal? {
        if case let .refused(refusal) = input { return refusal }
        return nil
    }

    @Test func recordsBecomeDocumentsWithTheirIdsAndMetadata() throws {
        let read = try inputs("""
            {"id": "a-1", "text": "He said: \\"We will win.\\" \\u00e9\\ud83d\\ude00", "outlet": "VOA", "url": "https://x", "extra": [1, {"k": null}]}
            {"id": 42, "text": "<p>Hello there.</p>", "format": "html", "title": "T"}

            {"text": "---\\noutlet: Front\\n---\\nBody text.\\n"}
            """)
        #expect(read.count == 3)
        let first = try #require(read[0].document)
        #expect(first.id == .string("a-1") && first.path == "a-1")
        #expect(first.text == "He said: \"We will win.\" é😀")
        #expect(first.metadata.outlet == "VOA" && first.metadata.url == "https://x")
        let second = try #require(read[1].document)
        #expect(second.id == .number("42") && second.format == .html && second.metadata.title == "T")
        #expect(second.text.contains("Hello there."))
        let third = try #require(read[2].document)
        #expect(third.id == nil && third.path.hasSuffix(".jsonl:4"))
        #expect(third.metadata.outlet == "Front" && third.text == "Body text.\n")
    }

    @Test func aMalformedLineIsRefusedWithItsLineAndByteAndTheRunGoesOn() throws {
        let read = try inputs("""
            {"id": "ok-1", "text": "First."}
            {"id": "bad", "text": "unterminated}
            not json at all
            {"id": "no-text"}
            {"id": "ok-2", "text": "Second.", }
            {"id": "empty", "text": "   "}
            {"id": "ok-3", "text": "Third."}
            """)
        #expect(read.compactMap(\.document?.path) == ["ok-1", "ok-3"])
        let refused = read.compactMap(refusal)
        #expect(refused.map(\.code) == [.malformedJSON, .malformedJSON, .malformedRecord, .malformedJSON, .empty])
        #expect(refused.map(\.line) == [2, 3, 4, 5, 6])
        #expect(refused[0].byte == 36 && refused[0].message.contains(":2: malformed JSON at byte 36"))
        #expect(refused[2].id == .string("no-text") && refused[4].id == .string("empty"))
    }

    @Test func aLastLineWithoutALineFeedAndCarriageReturnsAreRead() throws {
        let read = try inputs("{\"id\":1,\"text\":\"One.\"}\r\n{\"id\":2,\"text\":\"Two.\"}")
        #expect(read.compactMap(\.document?.id) == [.number("1"), .number("2")])
    }

    @Test func aLineLongerThanTheLimitIsRefusedAndTheNextOneRead() throws {
        let long = "{\"id\":\"long\",\"text\":\"" + String(repeating: "word ", count: 600_000) + "\"}"
        let read = try inputs(long + "\n{\"id\":\"short\",\"text\":\"Fine.\"}\n", reader: DocumentReader(maxFileSize: 1000))
        #expect(read.count == 2)
        #expect(refusal(read[0])?.code == .tooLarge && refusal(read[0])?.line == 1)
        #expect(read[1].document?.path == "short")
    }

    @Test func invalidUTF8InTheTextIsRefusedUnlessLossy() throws {
        let line = "{\"id\":\"x\",\"text\":\"A \u{00}\"}\n"
        #expect(try refusal(inputs(line)[0])?.code == .malformedJSON)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-\(UUID().uuidString).jsonl").path
        try Data(Array("{\"id\":\"x\",\"text\":\"caf".utf8) + [0xE9] + Array("\"}\n".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let strict = Array(DocumentSource(paths: [path], layout: .jsonLines))
        #expect(refusal(strict[0])?.code == .invalidUTF8 && refusal(strict[0])?.byte == 3)
        let lossy = Array(DocumentSource(paths: [path], reader: DocumentReader(lossy: true), layout: .jsonLines))
        #expect(lossy[0].document?.replacedInvalidBytes == 1)
    }

    @Test func aMissingFileOrAFolderIsRefused() {
        let read = Array(DocumentSource(paths: ["/nonexistent/corpus.jsonl", NSTemporaryDirectory()], layout: .jsonLines))
        #expect(read.compactMap(refusal).map(\.code) == [.unreadable, .unreadable])
    }

    @Test func resultsCarryTheRecordId() throws {
        let read = try inputs("{\"id\":\"s-1\",\"text\":\"“We will win,” she said.\"}\n{\"id\":7,\"text\":\"Plain.\"}\n")
        var bytes: [UInt8] = []
        for case let .extracted(result) in Extractor(rules: Fixtures.rules).outcomes(of: read) {
            QuotationWriters.appendJSONLine(result, to: &bytes)
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"path":"s-1","id":"s-1","outlet":null,"quotes":[{"text":"We will win""#))
        #expect(lines[1].hasPrefix(#"{"path":"7","id":7,"outlet":null,"quotes":[]"#))
    }
}

/// The strict JSON object reader under JSON Lines input.
@Suite struct JSONObjectParserTests {
    private func members(_ text: String) throws(JSONObjectParser.Failure) -> [String: JSONObjectParser.Value] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONObjectParser.Failure) in try JSONObjectParser.members(of: buffer) }
    }

    @Test func valuesAreDecoded() throws {
        let read = try members(#" {"s": "a\"b\\c\/d\n\t", "n": -12.5e+3, "t": true, "z": null, "o": {"a": [1, "x", []]}, "e": {}} "#)
        #expect(read["s"] == .string(Array("a\"b\\c/d\n\t".utf8)))
        #expect(read["n"] == .number("-12.5e+3"))
        #expect(read["t"] == .other && read["z"] == .other && read["o"] == .other && read["e"] == .other)
        #expect(try members("{}").isEmpty)
    }

    @Test(arguments: [
        ("[1]", 0), ("{\"a\":1,}", 7), ("{\"a\" 1}", 5), ("{\"a\":01}", 5), ("{\"a\":1} x", 8), ("{\"a\":\"\\x\"}", 6),
        ("{\"a\":\"\\ud800\"}", 6), ("{\"a\":\"\\udc00\"}", 6), ("{\"a\":\"\\u12\"}", 10), ("{\"a\":tru}", 5), ("{\"a\":\"x", 7),
        ("{\"a\":\"tab\there\"}", 9),
    ])
    func malformedObjectsNameTheByte(text: String, offset: Int) {
        #expect(throws: JSONObjectParser.Failure.self) { try members(text) }
        do { _ = try members(text) } catch { #expect(error.offset == offset, "\(text): \(error.reason)") }
    }

    @Test func deepNestingIsRefused() {
        let deep = "{\"a\":" + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "}"
        #expect(throws: JSONObjectParser.Failure.self) { try members(deep) }
    }
}
