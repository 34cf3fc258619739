import Foundation
import Testing
@testable import Verbatim

/// Extracting documents together, stage by stage, gives each the results it gets alone, and an error only
/// where that document fails.
@Suite struct BatchExtractionTests {
    /// The sample articles and a few small texts of other kinds (HTML, lost quotation marks, nothing to find).
    private func documents() throws -> [Document] {
        let reader = DocumentReader()
        var documents = try reader.documentPaths(for: [Fixtures.articlesFolder]).map { try reader.read(path: $0) }
        let texts = [
            ("page.html", "<p>&ldquo;We will meet again next spring in Geneva,&rdquo; said Anna Berg.</p>"),
            ("plain.txt", "The weather was mild and the harbour quiet for most of the week.\n"),
            ("lost.txt", "I am quite confident that the talks will go well, he told VOA on Monday.\n"),
        ]
        for (path, text) in texts { documents.append(try Document(path: path, data: Array(text.utf8))) }
        return documents
    }

    private func jsonLine(_ result: ExtractionResult) -> [UInt8] {
        var line: [UInt8] = []
        QuotationWriters.appendJSONLine(result, to: &line)
        return line
    }

    @Test func aBatchGivesEachDocumentItsOwnResult() throws {
        let documents = try documents()
        let extractor = Extractor(rules: Fixtures.rules)
        // Alone first, then together, then alone again: nothing a batch leaves behind changes a later result.
        let alone = try documents.map { jsonLine(try extractor.extract($0)) }
        let together = try extractor.extract(documents).map { jsonLine(try $0.get()) }
        let againAlone = try documents.reversed().map { jsonLine(try extractor.extract($0)) }.reversed()
        #expect(together == alone)
        #expect(Array(againAlone) == alone)
        #expect(alone.count == documents.count && alone.allSatisfy { !$0.isEmpty })
    }

    @Test func aFailingDocumentFailsAloneInItsBatch() throws {
        try Fixtures.withRunawayRule { rules in
            let extractor = Extractor(rules: rules)
            let good = "“We will meet again next spring,” said Anna Berg.\n"
            let bad = Fixtures.runawayText
            let batch = try [good, bad, good].enumerated().map { try Document(path: "\($0.offset).txt", data: Array($0.element.utf8)) }
            let results = extractor.extract(batch)
            #expect(results.count == 3)
            #expect(throws: PatternError.self) { try results[1].get() }
            let alone = jsonLine(try extractor.extract(batch[0]))
            #expect(jsonLine(try results[0].get()) == alone)
            #expect(try results[2].get().quotations.map(\.speaker?.name) == ["Anna Berg"])
        }
    }

    @Test func aDocumentThatFailsInAnEarlyStageLeavesTheOthersTheirOwnResults() throws {
        // A speech-cue pattern that runs past the match limit on a long word without a digit: the document
        // fails in the speech-cue stage, before the people scan that reads each document's cues.
        try Fixtures.withRulesCopy { folder in
            try Fixtures.editRules(in: folder, file: "extraction/quotations.yml",
                                   replacing: "speech_cue: '\\b(?:{VERB}|{CHARACTERIZING}|{DIRECTIVE})\\b'",
                                   with: "speech_cue: '\\b(?:{VERB}|{CHARACTERIZING}|{DIRECTIVE}|(?:\\w|\\w\\w)+\\d)\\b'")
            let extractor = Extractor(rules: try RuleBook(folder: folder))
            let texts = ["“We will meet again next spring,” said Anna Berg.\n", String(repeating: "wordy", count: 60) + "\n",
                         "“The talks went well,” said Omar Haddad.\n"]
            let batch = try texts.enumerated().map { try Document(path: "\($0.offset).txt", data: Array($0.element.utf8)) }
            let results = extractor.extract(batch)
            #expect(throws: PatternError.self) { try results[1].get() }
            for position in [0, 2] {
                #expect(jsonLine(try results[position].get()) == jsonLine(try extractor.extract(batch[position])))
            }
            #expect(try results[2].get().quotations.map(\.speaker?.name) == ["Omar Haddad"])
        }
    }

    @Test func resultsComeInOrderAcrossBatches() throws {
        let text = Array("“We will meet again next spring,” said Anna Berg.\n".utf8)
        let documents = try (0..<(Extractor.batchSize + 5)).map { try Document(path: "\($0).txt", data: text) }
        var paths: [String] = []
        try Extractor(rules: Fixtures.rules).forEachResult(of: documents) { document, result in
            let extracted = try result.get()
            #expect(extracted.document.path == document.path)
            paths.append(extracted.document.path)
        }
        #expect(paths == documents.map(\.path))
    }

    @Test func anEmptyBatchHasNoResults() {
        #expect(Extractor(rules: Fixtures.rules).extract([Document]()).isEmpty)
    }
}
