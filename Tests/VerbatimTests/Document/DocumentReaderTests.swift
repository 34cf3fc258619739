import Foundation
import Testing
@testable import Verbatim

@Suite struct DocumentReaderTests {
    /// A fresh temporary directory, removed when `body` returns.
    private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("verbatim-doc-tests-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: path) }
        try body(path)
    }

    private func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func directoriesAreListedRecursivelySortedAndFiltered() throws {
        try withTemporaryDirectory { root in
            for name in ["b.txt", "a.md", "c.html", "d.htm", "e.text", "f.markdown", "sub/z.txt", "sub/deeper/y.TXT",
                         "notes.json", "image.png", "a.gold.json", "a.gold.txt", ".hidden.txt", ".git/x.txt",
                         "sub/.secret/s.txt", "backup.txt~"] {
                try write("Text.\n", to: "\(root)/\(name)")
            }
            let paths = try DocumentReader().documentPaths(for: [root])
            let relative = paths.map { String($0.dropFirst(root.count + 1)) }
            #expect(relative == ["a.md", "b.txt", "c.html", "d.htm", "e.text", "f.markdown",
                                 "sub/deeper/y.TXT", "sub/z.txt"])
        }
    }

    @Test func filesPassThroughInOrderAndStdinIsKept() throws {
        try withTemporaryDirectory { root in
            try write("One.", to: "\(root)/z.json")
            try write("Two.", to: "\(root)/dir/a.txt")
            let paths = try DocumentReader().documentPaths(for: ["\(root)/z.json", "-", "\(root)/dir", "\(root)/dir/a.txt"])
            #expect(paths == ["\(root)/z.json", "-", "\(root)/dir/a.txt"])
        }
    }

    @Test func missingPathsAreNotFound() throws {
        try withTemporaryDirectory { root in
            let missing = "\(root)/nope.txt"
            #expect(throws: DocumentError.notFound(path: missing)) {
                try DocumentReader().documentPaths(for: [missing])
            }
            #expect(throws: DocumentError.notFound(path: missing)) {
                try DocumentReader().read(path: missing)
            }
        }
    }

    @Test func readsFilesAndChecksTheSizeFirst() throws {
        try withTemporaryDirectory { root in
            let path = "\(root)/article.md"
            try write("---\noutlet: AP\n---\n# Headline\n\nText.\n", to: path)
            let document = try DocumentReader().read(path: path)
            #expect(document.path == path)
            #expect(document.format == .markdown)
            #expect(document.metadata.outlet == "AP")
            #expect(document.text == "# Headline\n\nText.\n")

            let size = "---\noutlet: AP\n---\n# Headline\n\nText.\n".utf8.count
            #expect(throws: DocumentError.tooLarge(path: path, size: size, limit: 10)) {
                try DocumentReader(maxFileSize: 10).read(path: path)
            }
        }
    }

    @Test func directoriesCannotBeReadAsFiles() throws {
        try withTemporaryDirectory { root in
            #expect(throws: DocumentError.unreadable(path: root, reason: "is a directory")) {
                try DocumentReader().read(path: root)
            }
        }
    }

    @Test func lossyReaderRepairs() throws {
        try withTemporaryDirectory { root in
            let path = "\(root)/bad.txt"
            try Data([0x61, 0xFF, 0x62]).write(to: URL(fileURLWithPath: path))
            #expect(throws: DocumentError.invalidUTF8(path: path, offset: 1)) {
                try DocumentReader().read(path: path)
            }
            let document = try DocumentReader(lossy: true).read(path: path)
            #expect(document.replacedInvalidBytes == 1)
            #expect(document.text == "a\u{FFFD}b")
        }
    }

    @Test func documentNamesFilterCompanions() {
        #expect(DocumentReader.isDocumentName("story.HTML"))
        #expect(!DocumentReader.isDocumentName("story.gold.json"))
        #expect(!DocumentReader.isDocumentName("story.expected.txt"))
        #expect(!DocumentReader.isDocumentName("story.pdf"))
        #expect(!DocumentReader.isDocumentName("README"))
    }
}
