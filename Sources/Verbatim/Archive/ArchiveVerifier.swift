import Foundation

/// What an archive-wide verification found, counted.
public struct ArchiveVerificationSummary: Sendable {
    /// Quotations looked at.
    public var quotations = 0
    /// Pairs of quotations compared word by word.
    public var comparisons = 0
    /// Findings by rule id.
    public var findings: [String: Int] = [:]
}

/// `verify` over the whole archive with bounded memory: each quotation is compared only with the few
/// earlier quotations (in other documents) that share a wording sketch, found through an index, and each
/// person's spellings are read one person at a time. Reports, with the rules of `verification/`,
/// `speaker-conflict` (the same words given to different people), `wording-divergence` (one speaker,
/// words changed) and `name-variant` (one person spelled differently).
public struct ArchiveVerifier {
    let store: ArchiveStore
    private var rules: ArchiveRules { store.rules }

    /// A verifier reading `store`.
    public init(store: ArchiveStore) { self.store = store }

    /// One archived quotation, as the comparison needs it.
    private struct Row {
        var id: Int64, document: Int64, person: Int64?, speaker: String?, text: String, path: String, place: ArchivePlace
    }

    /// Runs the checks over the documents archived first (all when `documents` is `nil`), handing each
    /// finding to `body` as it is found.
    public func run(documents: Int? = nil, _ body: (Finding) throws -> Void) throws -> ArchiveVerificationSummary {
        var summary = ArchiveVerificationSummary()
        let connection = store.connection
        let lastDocument = try documents.map { count in
            try connection.integer("SELECT max(id) FROM (SELECT id FROM documents ORDER BY id LIMIT ?)", [.int(count)]) ?? 0
        } ?? Int64.max
        let alignment = rules.verification.alignment
        let reader = QuoteWordReader(folder: rules.folder, maxWords: alignment.maxWords)
        var buffer: [Int32] = []
        func emit(_ ruleID: String, _ row: Row, _ values: [String: String], related: [Location]) throws {
            let rule = rules.verification.rule(ruleID)
            guard rule.enabled else { return }
            summary.findings[ruleID, default: 0] += 1
            try body(Finding(rule: ruleID, severity: rule.severity, message: rule.render(values), path: row.path,
                             range: row.place.range, line: row.place.line, column: row.place.column, related: related))
        }
        let select = """
            SELECT q.id, q.document_id, q.person_id, q.speaker, q.text, d.path, q.start, q.end, q.line, q.col
            FROM quotations q JOIN documents d ON d.id = q.document_id
            """
        func row(_ statement: SQLiteStatement) -> Row {
            Row(id: statement.int64(0), document: statement.int64(1), person: statement.isNull(2) ? nil : statement.int64(2),
                speaker: statement.text(3), text: statement.text(4) ?? "", path: statement.text(5) ?? "",
                place: ArchivePlace(range: statement.int(6)..<max(statement.int(6), statement.int(7)), line: statement.int(8), column: statement.int(9)))
        }
        try connection.query(select + " WHERE q.document_id <= ? ORDER BY q.id", [.int(lastDocument)]) { statement in
            let quote = row(statement)
            summary.quotations += 1
            var table = WordTable()
            let bytes = Array(quote.text.utf8)
            let (words, written) = reader.words(bytes, 0..<bytes.count, table: &table)
            guard words.count >= alignment.minQuoteWords else { return }
            var candidates = Set<Int64>()
            for hash in QuotationSketch.hashes(quote.text) {
                try connection.query("""
                    SELECT quotation_id FROM quotation_sketches WHERE hash = ? AND quotation_id < ?
                    ORDER BY quotation_id DESC LIMIT ?
                    """, [.int(hash), .int(quote.id), .int(alignment.maxCandidates)]) { candidates.insert($0.int64(0)) }
            }
            var conflict: (Row, String)?, divergence: (Row, String, Int)?
            for id in candidates.sorted(by: >) {
                var found: Row?
                try connection.query(select + " WHERE q.id = ?", [.int(id)]) { found = row($0) }
                guard let other = found, other.document != quote.document else { continue }
                summary.comparisons += 1
                let otherBytes = Array(other.text.utf8)
                let (otherWords, otherWritten) = reader.words(otherBytes, 0..<otherBytes.count, table: &table)
                guard let diff = WordDiff.compare(words, otherWords, buffer: &buffer, similar: { _, _ in false }) else { continue }
                let sameWords = !diff.hasChanges && diff.thisOutside == 0 && diff.otherOutside == 0
                if sameWords, let person = quote.person, let otherPerson = other.person, person != otherPerson {
                    if conflict == nil { conflict = (other, "") }
                } else if !sameWords, quote.person != nil, quote.person == other.person,
                          diff.common >= min(alignment.minCommonWords, words.count, otherWords.count),
                          diff.overlap >= alignment.wordingMinOverlap, diff.thisOutside == 0, diff.otherOutside == 0,
                          diff.common > (divergence?.2 ?? 0) {
                    divergence = (other, diff.rendered(this: written, other: otherWritten, context: alignment.diffContextWords), diff.common)
                }
            }
            func location(_ row: Row) -> Location { Location(path: row.path, range: row.place.range, line: row.place.line, column: row.place.column) }
            if let (other, _) = conflict {
                try emit("speaker-conflict", quote, ["speaker": quote.speaker ?? "", "other_speaker": other.speaker ?? "",
                                                     "other": (other.path as NSString).lastPathComponent], related: [location(other)])
            }
            if let (other, diff, _) = divergence {
                try emit("wording-divergence", quote, ["speaker": quote.speaker ?? "", "other": (other.path as NSString).lastPathComponent,
                                                       "diff": diff], related: [location(other)])
            }
        }
        try verifySpellings(lastDocument: lastDocument) { ruleID, row, values, related in try emit(ruleID, row, values, related: related) }
        return summary
    }

    /// `name-variant` for every full-name spelling of a person other than the one most documents use,
    /// reading the spellings one person at a time.
    private func verifySpellings(lastDocument: Int64,
                                 _ emit: (String, Row, [String: String], [Location]) throws -> Void) throws {
        let connection = store.connection
        var person: Int64 = -1
        var spellings: [(text: String, documents: Int)] = []
        func finish() throws {
            let full = spellings.filter { rules.key(ofName: $0.text).words.count >= 2 }
            guard full.count >= 2, let main = full.max(by: { $0.documents < $1.documents }) else { return }
            // Titles, initials, capitals and stray punctuation aside, the letters must differ.
            func letters(_ name: String) -> [String] {
                ArchiveQuery.words(name, limit: 16).filter { $0.count > 1 && !rules.folder.isPrefixWord($0) }
            }
            let mainLetters = letters(main.text)
            for variant in full where letters(variant.text) != mainLetters {
                var row: Row?
                try connection.query("""
                    SELECT d.path, s.start, s.end, s.line, s.col, s.document_id FROM spellings s JOIN documents d ON d.id = s.document_id
                    WHERE s.person_id = ? AND s.spelling = ? AND s.document_id <= ? LIMIT 1
                    """, [.int(person), .text(variant.text), .int(lastDocument)]) { statement in
                    row = Row(id: 0, document: statement.int64(5), person: person, speaker: nil, text: variant.text,
                              path: statement.text(0) ?? "",
                              place: ArchivePlace(range: statement.int(1)..<max(statement.int(1), statement.int(2)),
                                                  line: statement.int(3), column: statement.int(4)))
                }
                guard let row else { continue }
                try emit("name-variant", row, ["written": variant.text, "canonical": main.text,
                                               "reason": rules.verification.rule("name-variant").reasons["spelling"] ?? "spelled differently",
                                               "count": String(main.documents)], [])
            }
        }
        try connection.query("""
            SELECT person_id, spelling, count(DISTINCT document_id) FROM spellings WHERE document_id <= ?
            GROUP BY person_id, spelling ORDER BY person_id
            """, [.int(lastDocument)]) { statement in
            let id = statement.int64(0)
            if id != person {
                try finish()
                person = id
                spellings.removeAll(keepingCapacity: true)
            }
            spellings.append((statement.text(1) ?? "", statement.int(2)))
        }
        try finish()
    }
}
