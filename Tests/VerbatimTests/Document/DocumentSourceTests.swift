import Foundation
import Testing
@testable import Verbatim

/// A run goes on past every document it cannot read, and a folder's links, FIFOs and vanishing files
/// neither hang nor stop the walk.
@Suite struct DocumentSourceTests {
    private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-source-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Each input as `name` (a document) or `name!code` (a refusal), with the folder's prefix removed.
    private func summary(_ source: DocumentSource, root: String) -> [String] {
        source.map { input in
            switch input {
            case let .document(document): return String(document.path.dropFirst(root.count + 1))
            case let .refused(refusal): return String(refusal.path.dropFirst(root.count + 1)) + "!" + refusal.code.rawValue
            }
        }
    }

    @Test func badFilesAreRefusedInPlaceAndTheOthersRead() throws {
        try withTemporaryDirectory { root in
            for name in ["a.txt", "c.txt", "e.txt"] { try write(Array("He said: “It works.”\n".utf8), to: "\(root)/\(name)") }
            try write([0x00, 0x01, 0x02, 0x41], to: "\(root)/b.txt")
            try write([], to: "\(root)/d.txt")
            try write([0x41, 0x42, 0xFF, 0x43], to: "\(root)/f.txt")
            #expect(summary(DocumentSource(paths: [root]), root: root)
                    == ["a.txt", "b.txt!binary", "c.txt", "d.txt!empty", "e.txt", "f.txt!invalid-utf8"])
            let lossy = DocumentSource(paths: [root], reader: DocumentReader(lossy: true))
            #expect(summary(lossy, root: root).last == "f.txt")
            let refusals = DocumentSource(paths: [root]).compactMap { input -> DocumentRefusal? in
                if case let .refused(refusal) = input { return refusal }
                return nil
            }
            #expect(refusals.map(\.byte) == [0, nil, 2])
        }
    }

    @Test func aTooLargeFileAndAMissingPathAreRefused() throws {
        try withTemporaryDirectory { root in
            try write(Array(repeating: 0x41, count: 100), to: "\(root)/big.txt")
            let source = DocumentSource(paths: ["\(root)/big.txt", "\(root)/missing.txt"], reader: DocumentReader(maxFileSize: 50))
            #expect(summary(source, root: root) == ["big.txt!too-large", "missing.txt!unreadable"])
        }
    }

    @Test func symbolicLinkLoopsAreRefusedAndFolderLoopsVisitedOnce() throws {
        try withTemporaryDirectory { root in
            try write(Array("Text.\n".utf8), to: "\(root)/a.txt")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/self.txt", withDestinationPath: "self.txt")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/ping.txt", withDestinationPath: "pong.txt")
            try FileManager.default.createSymbolicLink(atPath: "\(root)/pong.txt", withDestinationPath: "ping.txt")
            try FileManager.default.createDirectory(atPath: "\(root)/sub", withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: "\(root)/sub/up", withDestinationPath: "..")
            #expect(summary(DocumentSource(paths: [root]), root: root)
                    == ["a.txt", "ping.txt!unreadable", "pong.txt!unreadable", "self.txt!unreadable"])
        }
    }

    @Test func aFIFOInAFolderIsRefusedWithoutBeingOpened() throws {
        try withTemporaryDirectory { root in
            try write(Array("Text.\n".utf8), to: "\(root)/a.txt")
            #expect(mkfifo("\(root)/pipe.txt", 0o600) == 0)
            #expect(summary(DocumentSource(paths: [root]), root: root) == ["a.txt", "pipe.txt!unreadable"])
        }
    }

    @Test func aFIFONamedOnTheCommandLineWithoutAWriterReadsAsEmpty() throws {
        try withTemporaryDirectory { root in
            #expect(mkfifo("\(root)/pipe.txt", 0o600) == 0)
            #expect(summary(DocumentSource(paths: ["\(root)/pipe.txt"]), root: root) == ["pipe.txt!empty"])
        }
    }

    @Test func aFileRemovedDuringTheRunIsRefusedAndTheRunGoesOn() throws {
        try withTemporaryDirectory { root in
            for name in ["a.txt", "b.txt", "c.txt"] { try write(Array("Text.\n".utf8), to: "\(root)/\(name)") }
            var iterator = DocumentSource(paths: [root]).makeIterator()
            #expect(iterator.next()?.document != nil)
            try FileManager.default.removeItem(atPath: "\(root)/b.txt")
            guard case let .refused(refusal)? = iterator.next() else { Issue.record("b.txt was not refused"); return }
            #expect(refusal.code == .unreadable && refusal.path.hasSuffix("b.txt"))
            #expect(iterator.next()?.document?.path.hasSuffix("c.txt") == true)
            #expect(iterator.next() == nil)
        }
    }

    @Test func aFolderRemovedDuringTheRunIsRefused() throws {
        try withTemporaryDirectory { root in
            try FileManager.default.createDirectory(atPath: "\(root)/gone", withIntermediateDirectories: true)
            try write(Array("Text.\n".utf8), to: "\(root)/gone/a.txt")
            try write(Array("Text.\n".utf8), to: "\(root)/z.txt")
            var iterator = DocumentSource(paths: ["\(root)/gone", "\(root)/z.txt"]).makeIterator()
            try FileManager.default.removeItem(atPath: "\(root)/gone")
            #expect(iterator.next().map { if case .refused = $0 { true } else { false } } == true)
            #expect(iterator.next()?.document?.path.hasSuffix("z.txt") == true)
        }
    }

    @Test func batchesKeepInputOrder() {
        let inputs = (0..<7).map { DocumentInput.refused(DocumentRefusal(path: "\($0)", code: .empty, message: "")) }
        var seen: [[String]] = []
        inputs.forEachBatch(of: 3) { batch in
            seen.append(batch.map { if case let .refused(refusal) = $0 { refusal.path } else { "" } })
        }
        #expect(seen == [["0", "1", "2"], ["3", "4", "5"], ["6"]])
    }

    @Test func aDocumentPastTheMatchLimitIsRefusedAndTheOthersExtracted() throws {
        try Fixtures.withRunawayRule { rules in
            let good = try Document(path: "good.txt", data: Array("“We will win,” she said.\n".utf8))
            let runaway = try Document(path: "runaway.txt", data: Array(Fixtures.runawayText.utf8))
            let empty = DocumentRefusal(path: "empty.txt", code: .empty, message: "empty.txt: no text")
            let outcomes = Extractor(rules: rules).outcomes(of: [.document(good), .document(runaway), .refused(empty), .document(good)])
            let codes = outcomes.map { outcome -> String in
                switch outcome {
                case let .extracted(result): return result.document.path
                case let .refused(refusal): return refusal.path + "!" + refusal.code.rawValue
                }
            }
            #expect(codes == ["good.txt", "runaway.txt!match-limit", "empty.txt!empty", "good.txt"])
        }
    }

    @Test func anErrorRecordNamesThePathTheCodeAndTheByte() {
        var bytes: [UInt8] = []
        RefusalWriter.appendJSONLine(DocumentRefusal(.binary(path: "x \"y\".txt", offset: 12)), to: &bytes)
        let line = String(decoding: bytes, as: UTF8.self)
        #expect(line.hasPrefix(#"{"path":"x \"y\".txt","error":{"code":"binary","message":"x \"y\".txt: looks like a binary file"#))
        #expect(line.hasSuffix(#","byte":12,"line":null}}"# + "\n"))
    }
}
