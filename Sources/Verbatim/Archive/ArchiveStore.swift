import Foundation

/// What one ``ArchiveStore/add(_:)`` did.
public struct ArchiveAddSummary: Sendable, Equatable {
    /// Documents new to the archive.
    public var added = 0
    /// Documents whose path was on record with other content: their old records were replaced.
    public var replaced = 0
    /// Documents whose content was already on record: nothing changed.
    public var unchanged = 0
    /// Quotations written.
    public var quotations = 0

    public init() {}

    /// Adds up two summaries.
    public static func + (lhs: ArchiveAddSummary, rhs: ArchiveAddSummary) -> ArchiveAddSummary {
        var sum = lhs
        sum.added += rhs.added
        sum.replaced += rhs.replaced
        sum.unchanged += rhs.unchanged
        sum.quotations += rhs.quotations
        return sum
    }
}

/// The quote archive: an SQLite file (WAL journal) of documents, their quotations (with a full-text index)
/// and the people they name, with every spelling and title seen and where.
///
/// ```swift
/// let store = try ArchiveStore(path: ".verbatim/archive.sqlite", rules: rules)
/// try store.add(results.map(ArchiveDocument.init))   // one transaction
/// ```
///
/// Writers take the write lock per batch; readers (`check`, `search`) read the last committed state while a
/// writer works. One store per thread.
public final class ArchiveStore {
    /// The database file.
    public let path: String
    let rules: ArchiveRules
    let connection: SQLiteConnection
    private var personIDs: [String: Int64] = [:]

    /// The default archive: `.verbatim/archive.sqlite` in `directory`.
    public static func defaultPath(in directory: String) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(".verbatim/archive.sqlite").path
    }

    /// Opens the archive at `path`, creating it (and its folder) unless `readOnly`, and brings its schema up
    /// to date. A read-only store never writes.
    /// - Parameter maxPageCount: caps the database's size in pages (tests use it to fill the "disk").
    /// - Throws: ``ArchiveError`` when the file is missing (read-only), not a Verbatim archive, from a newer
    ///   version, or cannot be opened.
    public init(path: String, rules: ArchiveRules, readOnly: Bool = false, maxPageCount: Int? = nil) throws {
        self.path = path
        self.rules = rules
        let manager = FileManager.default
        if readOnly {
            guard manager.fileExists(atPath: path) else {
                throw ArchiveError(file: path, reason: "no archive here; add documents with `verbatim archive add`")
            }
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw ArchiveError(file: path, reason: "cannot create its folder: \(error.localizedDescription)")
            }
        }
        connection = try SQLiteConnection(path: path, readOnly: false, create: !readOnly)
        try connection.execute("PRAGMA foreign_keys = ON")
        if readOnly {
            try connection.execute("PRAGMA query_only = ON")
        } else {
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
        }
        if let maxPageCount { try connection.execute("PRAGMA max_page_count = \(maxPageCount)") }
        try ArchiveSchema.prepare(connection, readOnly: readOnly)
    }

    /// Stores `documents` in one transaction: all of them or, when anything fails, none. A document whose
    /// content is on record is skipped; one whose path is on record with other content replaces its records.
    @discardableResult
    public func add(_ documents: [ArchiveDocument]) throws -> ArchiveAddSummary {
        do {
            return try connection.transaction { try documents.reduce(ArchiveAddSummary()) { $0 + (try insert($1)) } }
        } catch {
            personIDs.removeAll()   // ids handed out inside the rolled-back transaction are gone
            throw error
        }
    }

    /// How many documents, quotations and people the archive holds.
    public func counts() throws -> (documents: Int, quotations: Int, people: Int) {
        (Int(try connection.integer("SELECT count(*) FROM documents") ?? 0),
         Int(try connection.integer("SELECT count(*) FROM quotations") ?? 0),
         Int(try connection.integer("SELECT count(*) FROM people") ?? 0))
    }

    private func insert(_ document: ArchiveDocument) throws -> ArchiveAddSummary {
        var summary = ArchiveAddSummary()
        if try connection.integer("SELECT id FROM documents WHERE content_hash = ? LIMIT 1", [.text(document.contentHash)]) != nil {
            summary.unchanged = 1
            return summary
        }
        if let old = try connection.integer("SELECT id FROM documents WHERE path = ?", [.text(document.path)]) {
            try connection.run("DELETE FROM documents WHERE id = ?", [.int(old)])
            summary.replaced = 1
        } else {
            summary.added = 1
        }
        try connection.run("""
            INSERT INTO documents(path, outlet, url, date, title, date_sort, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(document.path), .optional(document.outlet), .optional(document.url), .optional(document.date),
                  .optional(document.title), .optional(ArchiveDocument.sortableDate(document.date)), .text(document.contentHash)])
        let id = connection.lastInsertID
        for (position, quotation) in document.quotations.enumerated() {
            let person = quotation.speakerIsPerson ? try personID(quotation.speaker ?? "") : nil
            try connection.run("""
                INSERT INTO quotations(document_id, position, kind, text, start, end, line, col, speaker_written, speaker,
                                       person_id, affiliation, cue, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [.int(id), .int(position), .text(quotation.kind.rawValue), .text(quotation.text)] + place(quotation.place)
                + [.optional(quotation.speakerWritten), .optional(quotation.speaker), person.map(SQLiteValue.int) ?? .null,
                   .optional(quotation.affiliation), .optional(quotation.cue), .double(quotation.confidence)])
            try QuotationSketch.store(quotation.text, quotation: connection.lastInsertID, in: connection)
        }
        summary.quotations = document.quotations.count
        // A title that is only an honorific ("Mr.") says nothing about the person's position.
        let titles = document.titles.filter { !rules.titleWords($0.text).isEmpty }
        for (table, uses) in [("spellings(person_id, document_id, spelling", document.spellings),
                              ("titles(person_id, document_id, title", titles)] {
            for use in uses {
                guard let person = try personID(use.person) else { continue }
                try connection.run("INSERT INTO \(table), start, end, line, col) VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   [.int(person), .int(id), .text(use.text)] + place(use.place))
            }
        }
        return summary
    }

    private func place(_ place: ArchivePlace) -> [SQLiteValue] {
        [.int(place.range.lowerBound), .int(place.range.upperBound), .int(place.line), .int(place.column)]
    }

    /// The person on record under any form of `name`'s key (as written, family name first or last,
    /// middle names left out), created when there is none; `nil` for a name without words.
    private func personID(_ name: String) throws -> Int64? {
        if let known = personIDs[name] { return known }
        let key = rules.key(ofName: name)
        guard !key.words.isEmpty else { return nil }
        for form in key.forms {
            if let id = try connection.integer("SELECT id FROM people WHERE key = ?", [.text(form.key)]) {
                personIDs[name] = id
                return id
            }
        }
        try connection.run("INSERT INTO people(name, key) VALUES (?, ?)", [.text(name), .text(key.joined)])
        let id = connection.lastInsertID
        for word in Set(key.words) {
            try connection.run("INSERT INTO person_words(word, person_id) VALUES (?, ?)", [.text(word), .int(id)])
        }
        personIDs[name] = id
        return id
    }
}

extension ArchiveStore {
    /// The archive file to use: `explicit` (`--db`) when given; else the `archive:` key of the nearest
    /// `.verbatim.yml` from `directory` upwards; else `.verbatim/archive.sqlite` beside that file; else
    /// `.verbatim/archive.sqlite` in `directory`.
    /// - Throws: ``RuleError`` for a malformed configuration file.
    public static func locate(explicit: String?, from directory: String) throws -> String {
        if let explicit { return explicit }
        guard let file = LintConfiguration.discover(from: directory) else { return defaultPath(in: directory) }
        return try LintConfiguration.load(file: file).archiveFile
            ?? defaultPath(in: URL(fileURLWithPath: file).deletingLastPathComponent().path)
    }
}
