import Foundation
import Testing
@testable import Verbatim

@Suite struct JSONLinesTests {
    private func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func stringsEscapeQuotesBackslashesAndControlCharacters() {
        #expect(JSONValue.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONValue.quoted("line\nbreak\ttab\r") == #""line\nbreak\ttab\r""#)
        #expect(JSONValue.quoted("\u{01}\u{1F}") == #""\u0001\u001f""#)
        #expect(JSONValue.quoted("“curly” and é") == "\"“curly” and é\"")
        #expect(JSONValue.quoted("a\u{2028}b\u{2029}c") == #""a\u2028b\u2029c""#)
        #expect(JSONValue.quoted("") == "\"\"")
    }

    @Test func integersAreWrittenInDecimal() {
        var writer = JSONBytes(capacity: 16)
        for value in [0, 7, 10, 1234567890, -42] {
            writer.integer(value)
            writer.raw(" ")
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "0 7 10 1234567890 -42 ")
    }

    @Test func integersOfEveryLengthAreWrittenAsStringWritesThem() {
        var values = [Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            values += [power - 1, power, power + 1, -power, 5 * power]
            power *= 10
        }
        for value in values {
            var writer = JSONBytes(capacity: 4)
            writer.integer(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value), "\(value)")
        }
    }

    /// Every position of an escape inside and around the eight-byte steps, against a byte-by-byte escaper.
    @Test func escapesAreFoundWhereverTheyStand() {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{2028}": out += "\\u2028"
                case "\u{2029}": out += "\\u2029"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "—", "é"] {
            for before in 0..<18 {
                let text = String(repeating: "a", count: before) + special + String(repeating: "b", count: 18 - before)
                #expect(JSONValue.quoted(text) == reference(text), "\(before) \(special.debugDescription)")
            }
        }
    }

    @Test func hundredthsAreWrittenAsDecimalWritesThem() {
        for value in [0, 1, 0.9, 0.675, 0.68, 0.6, 0.05, 0.004, 0.999, 12.5, -0.5, -0.001, 1.005, 0.3333, 2e17] {
            var writer = JSONBytes(capacity: 16)
            writer.hundredths(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == JSONBytes.decimal(value), "\(value)")
        }
    }

    @Test func appendedLinesAreTheLinesWithALineFeedAfterEach() throws {
        let extracted = try Extracted("“We will never back down,” said Jane Doe.\n", path: "a.txt")
        var bytes = Array("earlier\n".utf8)
        QuotationWriters.appendJSONLine(extracted.result, to: &bytes)
        QuotationWriters.appendJSONLine(extracted.result, to: &bytes)
        let line = QuotationWriters.jsonLine(extracted.result)
        #expect(String(decoding: bytes, as: UTF8.self) == "earlier\n" + line + "\n" + line + "\n")
    }

    @Test func aLineCarriesEveryFieldWithByteOffsets() throws {
        let text = "Intro.\n\n“We will \"never\" back down,” said Jane Doe, a senior analyst at the Acme Institute.\n"
        let extracted = try Extracted(text, path: "dir/a \"b\".txt")
        let line = QuotationWriters.jsonLine(extracted.result)
        #expect(!line.contains("\n"))
        let json = try object(line)
        #expect(json["path"] as? String == "dir/a \"b\".txt")
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let quote = try #require(quotes.first)
        let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
        let bytes = Array(text.utf8)
        #expect(quote["text"] as? String == String(decoding: bytes[start..<end], as: UTF8.self))
        #expect(quote["text"] as? String == "We will \"never\" back down")
        #expect(quote["kind"] as? String == "direct")
        #expect(quote["line"] as? Int == 3)
        #expect(quote["column"] as? Int == 2)
        let speaker = try #require(quote["speaker"] as? [String: Any])
        #expect(speaker["name"] as? String == "Jane Doe")
        #expect(speaker["mention"] as? String == "Jane Doe")
        let mentionStart = try #require(speaker["start"] as? Int), mentionEnd = try #require(speaker["end"] as? Int)
        #expect(String(decoding: bytes[mentionStart..<mentionEnd], as: UTF8.self) == "Jane Doe")
        #expect(quote["cue"] as? String == "said")
        #expect(quote["confidence"] is NSNumber)
    }

    @Test func aDocumentWithoutQuotationsHasAnEmptyList() throws {
        let extracted = try Extracted("Nothing was said here at all.\n")
        let json = try object(QuotationWriters.jsonLine(extracted.result))
        #expect((json["quotes"] as? [Any])?.isEmpty == true)
        #expect(json["outlet"] is NSNull)
    }
}
