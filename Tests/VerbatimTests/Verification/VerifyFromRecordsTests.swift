import Foundation
import Testing
@testable import Verbatim

/// `verify --quotes` and `report --quotes`: the records of `extract --format jsonl` give the findings and the
/// report the articles give.
@Suite struct VerifyFromRecordsTests {
    /// The sample articles, extracted.
    private func extracted() throws -> [ExtractionResult] {
        let reader = DocumentReader()
        let extractor = Extractor(rules: Fixtures.rules)
        return try reader.documentPaths(for: [Fixtures.articlesFolder]).map { try extractor.extract(try reader.read(path: $0)) }
    }

    /// Writes `text` to a temporary file, runs `body` with its path and removes it.
    private func withFile<T>(_ text: [UInt8], _ body: (String) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString).jsonl").path
        try Data(text).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// The records of `extract --format jsonl --with-text` (without `withText`: of `extract --format jsonl`).
    private func records(_ results: [ExtractionResult], withText: Bool = true) -> [UInt8] {
        var lines: [UInt8] = []
        for result in results { QuotationWriters.appendJSONLine(result, withText: withText, to: &lines) }
        return lines
    }

    @Test func recordsGiveTheFindingsOfTheArticles() throws {
        let articles = try extracted()
        let fromRecords = try withFile(records(articles)) { try ExtractionRecordReader(rules: Fixtures.rules).results(path: $0) }
        #expect(fromRecords.count == articles.count)
        // Written again, the records are what they were read from.
        #expect(records(fromRecords) == records(articles))
        let verifier = try Verifier(book: Fixtures.rules)
        let expected = verifier.verify(articles), found = verifier.verify(fromRecords)
        #expect(!expected.findings.isEmpty)
        #expect(VerificationJSON.render(found) == VerificationJSON.render(expected))
        func text(_ report: VerificationReport, _ results: [ExtractionResult]) -> String {
            let sources = FindingSources(results.map { FindingSource(path: $0.document.path, bytes: $0.document.bytes) })
            return VerificationText(colour: false).render(report, sources: sources, files: results.count)
        }
        #expect(text(found, fromRecords) == text(expected, articles))
        let generator = try ReportGenerator(rules: Fixtures.rules)
        #expect(ReportJSON.render(try generator.report(from: fromRecords)) == ReportJSON.render(try generator.report(from: articles)))
    }

    @Test func aMalformedRecordIsNamedByFileAndLine() throws {
        let good = records(Array(try extracted().prefix(2)))
        let lines = good.split(separator: 0x0A).map(Array.init)
        let reader = ExtractionRecordReader(rules: Fixtures.rules)
        let cases: [([UInt8], String)] = [
            (Array("{\"path\": \"a.txt\", \"quotes\": [".utf8), "not JSON"),
            (Array("[1, 2]".utf8), "a record is a JSON object"),
            (Array("{\"path\":\"a.txt\",\"outlet\":null,\"quotes\":[]}".utf8), "no \"document\""),
            (Array(String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "\"kind\":\"direct\"", with: "\"kind\":\"shouted\"").utf8),
             "unknown kind \"shouted\""),
            (Array(String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "\"body_start\":", with: "\"body_start\":\"x\",\"was\":").utf8),
             "\"body_start\" is not an integer"),
            (Array(String(decoding: lines[1], as: UTF8.self).replacingOccurrences(of: "\"labels\":[", with: "\"labels\":[[5,99999999],").utf8),
             "is not a range of the text"),
        ]
        for (bad, message) in cases {
            let text = lines[0] + [0x0A] + bad + [0x0A]
            try withFile(text) { path in
                do {
                    _ = try reader.results(path: path)
                    Issue.record("no error for \(message)")
                } catch let error as ExtractionRecordError {
                    #expect(error.line == 2)
                    #expect(error.description.hasPrefix("\(path):2: "))
                    #expect(error.message.contains(message), "\(error)")
                }
            }
        }
    }

    /// Without `--with-text` a record leaves out the document's `"text"` and the keys only cross-source checks
    /// read (people, labels, mark problems, dangling attributions, lost marks), and reading it for
    /// `verify --quotes` stops at its line, telling how to write records that carry them.
    @Test func recordsWithoutTextLeaveOutTheCrossSourceKeysAndAreRefusedByFileAndLine() throws {
        let articles = try extracted()
        for article in articles {
            let bare = QuotationWriters.jsonLine(article), full = QuotationWriters.jsonLine(article, withText: true)
            var text = JSONBytes(capacity: 64)
            article.document.bytes.withUnsafeBufferPointer { text.string(bytes: $0) }
            #expect(!bare.contains("\"text\":" + text.string()))
            #expect(full.hasSuffix(",\"text\":" + text.string() + "}}"))
            for key in ["people", "labels", "mark_problems", "dangling", "lost_marks"] {
                #expect(!bare.contains("\"\(key)\":") && full.contains("\"\(key)\":"), "\(key)")
            }
            // The quotations and the document's front matter are the same in both.
            let quotes = { (line: String) in line[..<line.range(of: ",\"people\":")!.lowerBound] }
            #expect(bare.hasPrefix(quotes(full) + ",\"document\":"))
        }
        let lines = records(Array(articles.prefix(1))) + records(Array(articles.dropFirst().prefix(1)), withText: false)
        try withFile(lines) { path in
            do {
                _ = try ExtractionRecordReader(rules: Fixtures.rules).results(path: path)
                Issue.record("a record without text was read")
            } catch let error as ExtractionRecordError {
                #expect(error.description.hasPrefix("\(path):2: "))
                #expect(error.message.contains("no \"text\"") && error.message.contains("--with-text"), "\(error)")
            }
        }
    }

    @Test func errorRecordsAndBlankLinesArePassedOver() throws {
        let good = records(Array(try extracted().prefix(1)))
        let text = Array("{\"path\":\"b.bin\",\"error\":{\"code\":\"binary\",\"message\":\"binary\",\"byte\":3}}\n\n".utf8) + good
        let results = try withFile(text) { try ExtractionRecordReader(rules: Fixtures.rules).results(path: $0) }
        #expect(results.count == 1)
        #expect(records(results) == good)
    }
}
