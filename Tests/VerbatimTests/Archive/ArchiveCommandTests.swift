import Foundation
import Testing
@testable import Verbatim

/// The archive commands as a user runs them: exit status 2 and a clear message for bad archive files,
/// `--quotes` reading `extract --format jsonl` records, and `check` failing on an altered quotation.
@Suite struct ArchiveCommandTests {
    let folder = ArchiveFixtures.temporaryFolder()

    @Test func aBadArchiveFileExitsWithTwoAndIsLeftAlone() throws {
        let file = "\(folder)/notes.txt"
        try "not a database at all\n".write(toFile: file, atomically: true, encoding: .utf8)
        for arguments in [["archive", "add", "--db", file, Fixtures.articlesFolder],
                          ["archive", "search", "--db", file, "words"],
                          ["check", "--db", file, "\(Fixtures.articlesFolder)/000_c2f13e12f7f41075.txt"]] {
            let (status, error) = try ArchiveFixtures.run(arguments)
            #expect(status == 2)
            #expect(error.contains("\(file): not a Verbatim archive"), "\(error)")
        }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a database at all\n")
        let missing = try ArchiveFixtures.run(["check", "--db", "\(folder)/none.sqlite", "\(Fixtures.articlesFolder)/000_c2f13e12f7f41075.txt"])
        #expect(missing.status == 2 && missing.error.contains("no archive here"))
    }

    @Test func quotesFromExtractJSONLinesAreArchivedAndCheckFailsOnAlteredWords() throws {
        let db = "\(folder)/archive.sqlite", jsonl = "\(folder)/quotes.jsonl"
        let line = """
            {"path":"record.txt","outlet":"VOA","quotes":[{"text":"The harbour will reopen for grain exports next week","kind":"direct",\
            "start":1,"end":52,"line":1,"column":2,"speaker":{"name":"Anna Berg","mention":"Anna Berg","start":60,"end":69,\
            "resolution":"named"},"affiliation":"trade minister","cue":"said","confidence":0.95}]}
            """
        try (line + "\n\n" + line + "\n").write(toFile: jsonl, atomically: true, encoding: .utf8)
        let added = try ArchiveFixtures.run(["archive", "add", "--db", db, "--quotes", jsonl])
        #expect(added.status == 0, "\(added.error)")
        #expect(added.error.contains("1 added, 0 replaced, 1 unchanged"))
        let store = try ArchiveStore(path: db, rules: ArchiveFixtures.rules, readOnly: true)
        let hit = try #require(try store.search("grain exports").first)
        #expect(hit.speaker == "Anna Berg" && hit.outlet == "VOA" && hit.place.line == 1)

        let draft = "\(folder)/draft.txt"
        try "“The harbour will reopen for rice exports next week,” said Anna Berg.\n".write(toFile: draft, atomically: true, encoding: .utf8)
        #expect(try ArchiveFixtures.run(["check", "--db", db, draft]).status == 1)
        try "“The harbour will reopen for grain exports next week,” said Anna Berg.\n".write(toFile: draft, atomically: true, encoding: .utf8)
        #expect(try ArchiveFixtures.run(["check", "--db", db, draft]).status == 0)

        try "{\"path\": 3}\n".write(toFile: jsonl, atomically: true, encoding: .utf8)
        let bad = try ArchiveFixtures.run(["archive", "add", "--db", db, "--quotes", jsonl])
        #expect(bad.status == 2 && bad.error.contains("\(jsonl):1: not an extract record"), "\(bad.error)")
    }
}
