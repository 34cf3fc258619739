import Foundation
import Testing
@testable import Verbatim

/// Searching the archive by words: ranked, filtered by speaker, and safe with any text (search syntax,
/// SQL wildcards, NUL, very long strings), since values are bound and queries are words only.
@Suite struct ArchiveSearchTests {
    let store: ArchiveStore

    static let hostile = [
        "He said \"a\" OR b* and walked out",
        "NEAR(peace talks, 3) was the phrase",
        "Prices rose 50% in a_b district",
        "Robert'); DROP TABLE quotations; -- said nothing",
        "Before the null\u{0}after the null",
        String(repeating: "verylongword ", count: 8_000) + "tailword",
    ]

    init() throws {
        store = try ArchiveStore(path: "\(ArchiveFixtures.temporaryFolder())/archive.sqlite", rules: ArchiveFixtures.rules)
        try store.add([
            ArchiveFixtures.document("a.txt", [("The harbour will reopen for grain exports next week", "Anna Berg"),
                                               ("Grain exports matter more than anything", "Olaf Lind")]),
            ArchiveFixtures.document("b.txt", Self.hostile.map { ($0, "Mira Sol") }),
        ])
    }

    @Test func findsQuotationsHoldingEveryWordBestFirst() throws {
        let hits = try store.search("grain exports")
        #expect(hits.count == 2)
        #expect(try store.search("harbour grain").map(\.text) == ["The harbour will reopen for grain exports next week"])
        #expect(try store.search("HARBOUR").first?.speaker == "Anna Berg")
    }

    @Test func filtersBySpeakerUnderAnyFormOfTheName() throws {
        #expect(try store.search("grain", speaker: "Olaf Lind").map(\.speaker) == ["Olaf Lind"])
        #expect(try store.search("grain", speaker: "Lind").map(\.speaker) == ["Olaf Lind"])
        #expect(try store.search("grain", speaker: "Lind Olaf").map(\.speaker) == ["Olaf Lind"])
        #expect(try store.search("grain", speaker: "Nobody Here").isEmpty)
    }

    @Test func storesHostileTextWhole() throws {
        var stored: [String] = []
        try store.connection.query("SELECT text FROM quotations WHERE speaker = ? ORDER BY position", [.text("Mira Sol")]) {
            stored.append($0.text(0) ?? "")
        }
        #expect(stored == Self.hostile)
        #expect(try store.counts().quotations == 2 + Self.hostile.count)
    }

    @Test func searchesWithSyntaxAndWildcardsAsPlainWords() throws {
        #expect(try store.search("\"a\" OR b*").map(\.text) == [Self.hostile[0]])
        #expect(try store.search("NEAR(").map(\.text) == [Self.hostile[1]])
        #expect(try store.search("50%").map(\.text) == [Self.hostile[2]])
        #expect(try store.search("a_b district").map(\.text) == [Self.hostile[2]])
        #expect(try store.search("'); DROP TABLE quotations; --").map(\.text) == [Self.hostile[3]])
        #expect(try store.search("null\u{0}after").map(\.text) == [Self.hostile[4]])
        #expect(try store.search("tailword").map(\.text) == [Self.hostile[5]])
        #expect(try store.search(String(repeating: "verylongword ", count: 10_000)).count == 1)
        #expect(try store.counts().quotations == 2 + Self.hostile.count)
    }

    @Test func aQueryWithoutWordsIsAClearError() {
        #expect { try store.search("%_* \"\" ()") } throws: { "\($0)".contains("nothing to search for") }
    }

    @Test func queriesAreQuotedWords() {
        #expect(ArchiveQuery.words("\"a\" OR b* NEAR(x, 3)", limit: 10) == ["a", "or", "b", "near", "x", "3"])
        #expect(ArchiveQuery.match(["a", "or", "a"], any: false) == "\"a\" \"or\"")
        #expect(ArchiveQuery.match(["x", "y"], any: true) == "\"x\" OR \"y\"")
    }
}
