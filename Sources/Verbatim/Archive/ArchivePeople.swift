/// A person on record.
struct ArchivedPerson: Sendable {
    var id: Int64
    /// The name as first archived.
    var name: String
    /// The matching key of the name (its folded words run together).
    var key: String
}

/// A title or affiliation on record, with where it was written.
struct ArchivedTitle: Sendable {
    var title: String
    var path: String
    var place: ArchivePlace
    var outlet: String?
    var date: String?
}

extension ArchiveStore {
    /// The person whose key is one of `forms` (a name's keys as written, reordered or shortened).
    func person(withKeyIn forms: [String]) throws -> ArchivedPerson? {
        for key in forms {
            var found: ArchivedPerson?
            try connection.query("SELECT id, name, key FROM people WHERE key = ?", [.text(key)]) { row in
                found = ArchivedPerson(id: row.int64(0), name: row.text(1) ?? "", key: row.text(2) ?? "")
            }
            if let found { return found }
        }
        return nil
    }

    /// People whose names hold one of `words` (folded name words), at most `limit`.
    func people(sharing words: [String], limit: Int = 200) throws -> [ArchivedPerson] {
        let unique = Array(Set(words)).sorted()
        guard !unique.isEmpty else { return [] }
        var people: [ArchivedPerson] = []
        try connection.query("""
            SELECT DISTINCT p.id, p.name, p.key FROM person_words w JOIN people p ON p.id = w.person_id
            WHERE w.word IN (\(unique.map { _ in "?" }.joined(separator: ", "))) ORDER BY p.id LIMIT ?
            """, unique.map(SQLiteValue.text) + [.int(limit)]) { row in
            people.append(ArchivedPerson(id: row.int64(0), name: row.text(1) ?? "", key: row.text(2) ?? ""))
        }
        return people
    }

    /// The spellings of a person on record, most used first, with how many documents use each.
    func spellings(of person: Int64, limit: Int = 3) throws -> [(spelling: String, documents: Int)] {
        var spellings: [(String, Int)] = []
        try connection.query("""
            SELECT spelling, count(DISTINCT document_id) AS uses FROM spellings WHERE person_id = ?
            GROUP BY spelling ORDER BY uses DESC, spelling LIMIT ?
            """, [.int(person), .int(limit)]) { row in
            spellings.append((row.text(0) ?? "", row.int(1)))
        }
        return spellings
    }

    /// Whether `spelling` is on record for `person`.
    func hasSpelling(_ spelling: String, of person: Int64) throws -> Bool {
        try connection.integer("SELECT 1 FROM spellings WHERE person_id = ? AND spelling = ? LIMIT 1",
                               [.int(person), .text(spelling)]) != nil
    }

    /// The latest title of a person on record (by the documents' dates, then the order they were
    /// archived), leaving out a document with content hash `excluded`.
    func latestTitle(of person: Int64, excluding excluded: String) throws -> ArchivedTitle? {
        var title: ArchivedTitle?
        try connection.query("""
            SELECT t.title, d.path, t.start, t.end, t.line, t.col, d.outlet, d.date
            FROM titles t JOIN documents d ON d.id = t.document_id
            WHERE t.person_id = ? AND d.content_hash != ?
            ORDER BY d.date_sort IS NULL, d.date_sort DESC, d.id DESC, t.start DESC LIMIT 1
            """, [.int(person), .text(excluded)]) { row in
            title = ArchivedTitle(title: row.text(0) ?? "", path: row.text(1) ?? "",
                                  place: ArchivePlace(range: row.int(2)..<max(row.int(2), row.int(3)), line: row.int(4), column: row.int(5)),
                                  outlet: row.text(6), date: row.text(7))
        }
        return title
    }
}
