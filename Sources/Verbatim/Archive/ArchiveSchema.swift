/// The archive's tables, created and upgraded by numbered migrations. `PRAGMA user_version` holds the
/// number of the last migration applied and `PRAGMA application_id` marks the file as a Verbatim archive,
/// so that another program's database is refused instead of being written into.
enum ArchiveSchema {
    /// "VRBT": the `application_id` of a Verbatim archive.
    static let applicationID: Int64 = 0x5652_4254

    /// One step of the schema: SQL, then (for data SQL cannot compute) a pass over the existing rows.
    struct Migration: Sendable {
        var sql: String
        var backfill: (@Sendable (SQLiteConnection) throws -> Void)?
    }

    /// The migrations in order; migration `n` (1-based) brings the schema to version `n`. Never edit a
    /// released one: add the next.
    static let migrations: [Migration] = [
        Migration(sql: """
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            outlet TEXT, url TEXT, date TEXT, title TEXT,
            date_sort TEXT,
            content_hash TEXT NOT NULL,
            added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')));
        CREATE INDEX documents_hash ON documents(content_hash);

        CREATE TABLE people(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE);
        CREATE TABLE person_words(
            word TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
            PRIMARY KEY(word, person_id)) WITHOUT ROWID;

        CREATE TABLE quotations(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
            speaker_written TEXT,
            speaker TEXT,
            person_id INTEGER REFERENCES people(id),
            affiliation TEXT,
            cue TEXT,
            confidence REAL NOT NULL);
        CREATE INDEX quotations_document ON quotations(document_id);
        CREATE INDEX quotations_person ON quotations(person_id);

        CREATE VIRTUAL TABLE quotations_fts USING fts5(
            text, content='quotations', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER quotations_fts_insert AFTER INSERT ON quotations BEGIN
            INSERT INTO quotations_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER quotations_fts_delete AFTER DELETE ON quotations BEGIN
            INSERT INTO quotations_fts(quotations_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TABLE spellings(
            person_id INTEGER NOT NULL REFERENCES people(id),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            spelling TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL);
        CREATE INDEX spellings_person ON spellings(person_id, spelling);
        CREATE INDEX spellings_document ON spellings(document_id);

        CREATE TABLE titles(
            person_id INTEGER NOT NULL REFERENCES people(id),
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL);
        CREATE INDEX titles_person ON titles(person_id);
        CREATE INDEX titles_document ON titles(document_id);
        """),
        // 2: wording sketches of the quotations, through which `verify --db` finds candidate pairs.
        Migration(sql: """
        CREATE TABLE quotation_sketches(
            hash INTEGER NOT NULL,
            quotation_id INTEGER NOT NULL REFERENCES quotations(id) ON DELETE CASCADE,
            PRIMARY KEY(hash, quotation_id)) WITHOUT ROWID;
        CREATE INDEX quotation_sketches_quotation ON quotation_sketches(quotation_id);
        """, backfill: { connection in
            var last: Int64 = 0, rows: [(Int64, String)] = []
            repeat {   // a thousand quotations at a time, so that memory stays bounded
                rows.removeAll(keepingCapacity: true)
                try connection.query("SELECT id, text FROM quotations WHERE id > ? ORDER BY id LIMIT 1000", [.int(last)]) {
                    rows.append(($0.int64(0), $0.text(1) ?? ""))
                }
                for (id, text) in rows { try QuotationSketch.store(text, quotation: id, in: connection) }
                last = rows.last?.0 ?? last
            } while !rows.isEmpty
        }),
    ]

    /// The schema version this build writes.
    static var currentVersion: Int64 { Int64(migrations.count) }

    /// Checks that `connection` holds a Verbatim archive this build understands, and (unless `readOnly`)
    /// creates or upgrades its tables, all in one transaction.
    /// - Throws: ``ArchiveError`` for another program's database, a newer schema, or an old schema opened
    ///   read-only.
    static func prepare(_ connection: SQLiteConnection, readOnly: Bool) throws {
        let version = try connection.integer("PRAGMA user_version") ?? 0
        let application = try connection.integer("PRAGMA application_id") ?? 0
        let tables = try connection.integer("SELECT count(*) FROM sqlite_schema") ?? 0
        if application != applicationID && (tables > 0 || version > 0) {
            throw ArchiveError(file: connection.path, reason: "not a Verbatim archive (an SQLite database of another program)")
        }
        if version > currentVersion {
            throw ArchiveError(file: connection.path, reason: "the archive has schema version \(version), newer than this verbatim "
                               + "understands (\(currentVersion)); use a newer verbatim")
        }
        guard version < currentVersion else { return }
        if readOnly {
            throw ArchiveError(file: connection.path, reason: version == 0 ? "no archive here yet; add documents with `verbatim archive add`"
                               : "the archive has schema version \(version); run `verbatim archive add` once to upgrade it")
        }
        try connection.transaction {
            // Another process may have migrated while this one waited for the lock.
            let now = try connection.integer("PRAGMA user_version") ?? 0
            guard now < currentVersion else { return }
            for migration in migrations[Int(now)...] {
                try connection.execute(migration.sql)
                try migration.backfill?(connection)
            }
            try connection.execute("PRAGMA application_id = \(applicationID); PRAGMA user_version = \(currentVersion)")
        }
    }
}
