import Foundation
import Testing
@testable import Verbatim

/// The archive file: migrations, adding documents (once, or replacing changed ones), and clear errors with
/// nothing written for bad files.
@Suite struct ArchiveStoreTests {
    let folder = ArchiveFixtures.temporaryFolder()
    var path: String { "\(folder)/sub/archive.sqlite" }

    @Test func createsTheSchemaInWALModeAndMarksTheFile() throws {
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules)
        #expect(try store.connection.integer("PRAGMA user_version") == ArchiveSchema.currentVersion)
        #expect(try store.connection.integer("PRAGMA application_id") == ArchiveSchema.applicationID)
        var mode = ""
        try store.connection.query("PRAGMA journal_mode") { mode = $0.text(0) ?? "" }
        #expect(mode == "wal")
    }

    @Test func sameContentTwiceChangesNothing() throws {
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules)
        let document = ArchiveFixtures.document("a.txt", [("We will never give up on peace talks", "Anna Berg")])
        #expect(try store.add([document]).added == 1)
        let again = try store.add([document])
        #expect(again.unchanged == 1 && again.added == 0)
        #expect(try store.counts() == (1, 1, 1))
    }

    @Test func aChangedDocumentReplacesItsRecords() throws {
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules)
        try store.add([ArchiveFixtures.document("a.txt", [("The old words about harbour tariffs", "Anna Berg"),
                                                          ("Another statement on harbour fees", "Anna Berg")])])
        let summary = try store.add([ArchiveFixtures.document("a.txt", [("The new words about grain quotas", "Anna Berg")], version: 1)])
        #expect(summary.replaced == 1)
        #expect(try store.counts().documents == 1 && store.counts().quotations == 1)
        #expect(try store.search("harbour").isEmpty)
        #expect(try store.search("grain quotas").map(\.text) == ["The new words about grain quotas"])
        #expect(try store.connection.integer("SELECT count(*) FROM spellings") == 1)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let file = "\(folder)/notes.sqlite"
        let text = String(repeating: "These are someone's notes, not a database.\n", count: 200)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        for readOnly in [false, true] {
            #expect { try ArchiveStore(path: file, rules: ArchiveFixtures.rules, readOnly: readOnly) } throws: { error in
                "\(error)".contains("not a Verbatim archive")
            }
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    }

    @Test func anotherProgramsDatabaseIsRefused() throws {
        let file = "\(folder)/other.sqlite"
        let other = try SQLiteConnection(path: file, readOnly: false, create: true)
        try other.execute("CREATE TABLE invoices(id INTEGER PRIMARY KEY, total REAL)")
        #expect { try ArchiveStore(path: file, rules: ArchiveFixtures.rules) } throws: { "\($0)".contains("another program") }
        #expect(try other.integer("SELECT count(*) FROM sqlite_schema") == 1)
    }

    @Test func aNewerSchemaIsRefusedWithoutWriting() throws {
        try ArchiveStore(path: path, rules: ArchiveFixtures.rules).add([ArchiveFixtures.document("a.txt", [("Words on record for the test", "Anna Berg")])])
        let raw = try SQLiteConnection(path: path, readOnly: false, create: false)
        try raw.execute("PRAGMA user_version = \(ArchiveSchema.currentVersion + 1)")
        #expect { try ArchiveStore(path: path, rules: ArchiveFixtures.rules) } throws: { error in
            "\(error)".contains("newer than this verbatim understands")
        }
        #expect(try raw.integer("PRAGMA user_version") == ArchiveSchema.currentVersion + 1)
        #expect(try raw.integer("SELECT count(*) FROM documents") == 1)
    }

    @Test func aMissingArchiveIsAnErrorForReaders() {
        #expect { try ArchiveStore(path: "\(folder)/none.sqlite", rules: ArchiveFixtures.rules, readOnly: true) } throws: { error in
            "\(error)".contains("no archive here")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(folder)/none.sqlite"))
    }

    @Test func aFullDiskRollsTheWholeBatchBack() throws {
        try ArchiveStore(path: path, rules: ArchiveFixtures.rules).add([ArchiveFixtures.document("first.txt", [("Words on record before the disk filled", "Anna Berg")])])
        let pages = try #require(try SQLiteConnection(path: path, readOnly: false, create: false).integer("PRAGMA page_count"))
        let store = try ArchiveStore(path: path, rules: ArchiveFixtures.rules, maxPageCount: Int(pages) + 2)
        let big = (0..<40).map { number in
            ArchiveFixtures.document("big-\(number).txt", [(String(repeating: "a long statement \(number) ", count: 400), "Anna Berg")])
        }
        #expect { try store.add(big) } throws: { "\($0)".contains("full") }
        let reader = try ArchiveStore(path: path, rules: ArchiveFixtures.rules, readOnly: true)
        #expect(try reader.counts().documents == 1)
        #expect(try reader.search("long statement").isEmpty)
    }

    @Test func theArchiveKeyOfTheConfigurationNamesTheFile() throws {
        let project = "\(folder)/project", nested = "\(folder)/project/drafts"
        try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
        try "disabled_rules: []\n".write(toFile: "\(project)/.verbatim.yml", atomically: true, encoding: .utf8)
        #expect(try ArchiveStore.locate(explicit: nil, from: nested) == "\(project)/.verbatim/archive.sqlite")
        try "archive: data/quotes.sqlite\n".write(toFile: "\(project)/.verbatim.yml", atomically: true, encoding: .utf8)
        #expect(try ArchiveStore.locate(explicit: nil, from: nested) == "\(project)/data/quotes.sqlite")
        #expect(try ArchiveStore.locate(explicit: "x.sqlite", from: nested) == "x.sqlite")
    }
}
