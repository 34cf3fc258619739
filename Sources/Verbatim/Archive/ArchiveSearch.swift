/// An archived quotation found by its words, with where it is and who said it.
public struct ArchiveHit: Sendable {
    public var text: String
    public var kind: Quotation.Kind
    public var place: ArchivePlace
    /// The speaker as the archived document names them (fullest name, or the source as written).
    public var speaker: String?
    /// The person on record the speaker is (their name as first archived), when the speaker is a person.
    public var person: String?
    /// The matching key of ``person``.
    var personKey: String?
    public var path: String
    public var outlet: String?
    public var date: String?
    var contentHash: String
    /// bm25 relevance: lower is better.
    public var rank: Double
}

/// Turns people's words into an FTS5 query: the words only, each a quoted string, so that nothing in the
/// input (quotes, `*`, `OR`, `NEAR(`, `-`, `:`) is read as query syntax.
enum ArchiveQuery {
    /// The words of `text`: runs of letters, digits and combining marks, lower-cased; at most `limit`.
    static func words(_ text: String, limit: Int) -> [String] {
        var words: [String] = [], current = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil
                || (!current.isEmpty && properties.generalCategory == .nonspacingMark) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
                if words.count == limit { return words }
            }
        }
        if !current.isEmpty && words.count < limit { words.append(current.lowercased()) }
        return words
    }

    /// The FTS5 query matching rows with every word (`any: false`) or any of them (`any: true`).
    static func match(_ words: [String], any: Bool) -> String {
        var seen = Set<String>()
        let quoted = words.filter { seen.insert($0).inserted }.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return quoted.joined(separator: any ? " OR " : " ")
    }
}

extension ArchiveStore {
    /// Archived quotations holding every word of `text` (case and accents folded), best first (bm25).
    /// - Parameter speaker: only quotations of this person (any spelling the name's key matches; one word,
    ///   such as a surname, matches every person with that word) or of this source.
    /// - Throws: ``ArchiveError``; an `ArchiveError` also when `text` has no words.
    public func search(_ text: String, speaker: String? = nil, limit: Int = 20) throws -> [ArchiveHit] {
        let words = ArchiveQuery.words(text, limit: rules.check.maxQueryWords)
        guard !words.isEmpty else { throw ArchiveError(file: path, reason: "nothing to search for: give some words") }
        return try hits(matching: ArchiveQuery.match(words, any: false), speaker: speaker, limit: limit)
    }

    /// Archived quotations sharing words with `words`, best first: the candidates a draft quotation is
    /// aligned with.
    func candidates(_ words: [String], limit: Int) throws -> [ArchiveHit] {
        guard !words.isEmpty else { return [] }
        return try hits(matching: ArchiveQuery.match(Array(words.prefix(rules.check.maxQueryWords)), any: true),
                        speaker: nil, limit: limit)
    }

    private func hits(matching match: String, speaker: String?, limit: Int) throws -> [ArchiveHit] {
        var values: [SQLiteValue] = [.text(match)]
        var filter = ""
        if let speaker {
            let key = rules.key(ofName: speaker)
            var people: [String] = []
            if key.words.count == 1 {
                people.append("SELECT person_id FROM person_words WHERE word = ?")
                values.append(.text(key.words[0]))
            }
            let forms = key.words.isEmpty ? [] : key.forms.map(\.key)
            if !forms.isEmpty {
                people.append("SELECT id FROM people WHERE key IN (" + forms.map { _ in "?" }.joined(separator: ", ") + ")")
                values += forms.map(SQLiteValue.text)
            }
            let byPerson = people.isEmpty ? "" : "q.person_id IN (" + people.joined(separator: " UNION ") + ") OR "
            filter = " AND (" + byPerson + "q.speaker = ? COLLATE NOCASE)"
            values.append(.text(speaker))
        }
        values.append(.int(limit))
        var hits: [ArchiveHit] = []
        try connection.query("""
            SELECT q.text, q.kind, q.start, q.end, q.line, q.col, q.speaker, p.name, p.key,
                   d.path, d.outlet, d.date, d.content_hash, quotations_fts.rank
            FROM quotations_fts
            JOIN quotations q ON q.id = quotations_fts.rowid
            JOIN documents d ON d.id = q.document_id
            LEFT JOIN people p ON p.id = q.person_id
            WHERE quotations_fts MATCH ?\(filter)
            ORDER BY quotations_fts.rank, q.id
            LIMIT ?
            """, values) { row in
            hits.append(ArchiveHit(text: row.text(0) ?? "", kind: Quotation.Kind(rawValue: row.text(1) ?? "") ?? .direct,
                                   place: ArchivePlace(range: row.int(2)..<max(row.int(2), row.int(3)), line: row.int(4), column: row.int(5)),
                                   speaker: row.text(6), person: row.text(7), personKey: row.text(8), path: row.text(9) ?? "",
                                   outlet: row.text(10), date: row.text(11), contentHash: row.text(12) ?? "", rank: row.double(13)))
        }
        return hits
    }
}
