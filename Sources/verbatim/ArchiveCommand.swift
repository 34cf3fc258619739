import ArgumentParser
import Foundation
import Verbatim

/// `verbatim archive`: remember what has been read, so that drafts can be checked against it.
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Keep a quote archive: the quotations, speakers and people of every article added.",
        discussion: """
        The archive is one SQLite file: by default .verbatim/archive.sqlite beside the nearest \
        .verbatim.yml (or in the current folder when there is none); the `archive:` key of .verbatim.yml \
        or --db names another. `verbatim check DRAFT` compares drafts with it.

        Examples:
          verbatim archive add articles/
          verbatim extract --format jsonl articles/ > quotes.jsonl
          verbatim archive add --quotes quotes.jsonl
          verbatim archive search "security is not regional" --speaker Stoltenberg
          verbatim archive verify --format json > findings.json
        """,
        subcommands: [ArchiveAdd.self, ArchiveSearch.self, ArchiveVerify.self])
}

/// Where the archive is, and the rules that read it.
struct ArchiveOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive file (default: the `archive:` key of .verbatim.yml, else "
                                            + ".verbatim/archive.sqlite beside it or here).", valueName: "file"))
    var db: String?

    @OptionGroup var rules: RulesOption

    /// The rule book, failing with exit status 2.
    func loadRules() -> RuleBook {
        rules.loadRules()
    }

    /// Opens the archive (creating it unless `readOnly`), failing with exit status 2.
    func openStore(book: RuleBook, readOnly: Bool) -> ArchiveStore {
        Self.openStore(db: db, book: book, readOnly: readOnly)
    }

    /// Opens the archive `db` (or the one ``ArchiveStore/locate(explicit:from:)`` finds), failing with exit
    /// status 2.
    static func openStore(db: String?, book: RuleBook, readOnly: Bool) -> ArchiveStore {
        do {
            let path = try ArchiveStore.locate(explicit: db, from: FileManager.default.currentDirectoryPath)
            return try ArchiveStore(path: path, rules: try ArchiveRules(book: book), readOnly: readOnly)
        } catch {
            Diagnostics.fail("\(error)")
        }
    }
}

/// `verbatim archive add`.
struct ArchiveAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add articles (or the JSON lines of `verbatim extract`) to the archive.",
        discussion: """
        Each article's quotations (words, kind, offsets, speaker as written and in full, affiliation, cue, \
        confidence) and the people it names (every spelling and title, with where) are stored. Articles are \
        written in batches, one transaction each: an interrupted run leaves whole articles only, and running \
        it again completes it. An article already on record with the same content changes nothing; one whose \
        path is on record with other content replaces its old records.

        Exit status: 0 on success, 2 on a usage, input or database error (some articles may be left out: \
        the message names them).
        """)

    @OptionGroup var archive: ArchiveOptions

    @Option(name: .long, help: ArgumentHelp("Read `verbatim extract --format jsonl` records from this file instead of articles.",
                                            valueName: "file.jsonl"))
    var quotes: String?

    @Option(name: .long, help: "Articles written per transaction.")
    var batch = 256

    @Flag(name: .long, help: "Replace invalid UTF-8 bytes with U+FFFD instead of failing.")
    var lossy = false

    @Argument(help: ArgumentHelp("Articles or folders of articles (.txt, .md, .html).", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        if (quotes == nil) == paths.isEmpty { throw ValidationError("Give articles or folders to add, or --quotes FILE.jsonl (not both).") }
        if batch < 1 { throw ValidationError("--batch must be at least 1.") }
    }

    func run() throws {
        let book = archive.loadRules()
        let store = archive.openStore(book: book, readOnly: false)
        var summary = ArchiveAddSummary()
        var failures = 0
        do {
            if let quotes {
                summary = try addRecords(from: quotes, to: store)
            } else {
                (summary, failures) = try addArticles(to: store, book: book)
            }
        } catch {
            Diagnostics.fail("\(error)")
        }
        let (documents, quotations, people) = (try? store.counts()) ?? (0, 0, 0)
        FileHandle.standardError.write(Data(("\(summary.added) added, \(summary.replaced) replaced, \(summary.unchanged) unchanged; "
            + "the archive \(store.path) holds \(documents) documents, \(quotations) quotations, \(people) people\n").utf8))
        if failures > 0 { Diagnostics.fail("\(failures) article(s) could not be read or extracted and were left out") }
    }

    /// Reads, extracts and stores the articles batch by batch (only one batch is in memory at a time).
    private func addArticles(to store: ArchiveStore, book: RuleBook) throws -> (ArchiveAddSummary, Int) {
        let reader = DocumentReader(lossy: lossy)
        let extractor = Extractor(rules: book)
        let files = try reader.documentPaths(for: paths)
        var summary = ArchiveAddSummary(), failures = 0
        for start in stride(from: 0, to: files.count, by: batch) {
            var documents: [Document] = []
            for path in files[start..<min(start + batch, files.count)] {
                do { documents.append(try reader.read(path: path)) } catch {
                    Diagnostics.warn("\(error)")
                    failures += 1
                }
            }
            var records: [ArchiveDocument] = []
            extractor.forEachResult(of: documents) { document, outcome in
                do { records.append(ArchiveDocument(try outcome.get())) } catch {
                    Diagnostics.warn("\(document.path): \(error)")
                    failures += 1
                }
            }
            summary = summary + (try store.add(records))
        }
        return (summary, failures)
    }

    /// Stores the records of a JSON-lines file, `batch` lines per transaction.
    private func addRecords(from file: String, to store: ArchiveStore) throws -> ArchiveAddSummary {
        guard let data = FileManager.default.contents(atPath: file) else { throw ArchiveError(file: file, reason: "cannot read") }
        var summary = ArchiveAddSummary(), records: [ArchiveDocument] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") }) else { continue }
            records.append(try ExtractRecordImport.document(fromLine: Data(line), file: file, line: lineNumber))
            if records.count == batch {
                summary = summary + (try store.add(records))
                records.removeAll()
            }
        }
        return summary + (try store.add(records))
    }
}

/// `verbatim archive search`.
struct ArchiveSearch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find archived quotations by their words, best first.",
        discussion: """
        Every word must appear (case and accents do not matter); quotations are ranked by relevance (bm25). \
        The words are only words: quotes, `*`, OR, NEAR and other search syntax are read as plain text.

        Exit status: 0 on success (also when nothing is found), 2 on a usage or database error.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var archive: ArchiveOptions

    @Option(name: .long, help: "Only quotations of this person (any spelling on record; a surname matches everyone with it) or source.")
    var speaker: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .long, help: "At most this many results.")
    var limit = 20

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "words"))
    var words: [String]

    func run() throws {
        let store = archive.openStore(book: archive.loadRules(), readOnly: true)
        let hits: [ArchiveHit]
        do { hits = try store.search(words.joined(separator: " "), speaker: speaker, limit: limit) } catch { Diagnostics.fail("\(error)") }
        var output = OutputBuffer()
        switch format {
        case .json:
            output.write(JSONValue.object([
                .init("query", .string(words.joined(separator: " "))),
                .init("results", .array(hits.map(Self.json))),
            ]).rendered() + "\n")
        case .text:
            for (number, hit) in hits.enumerated() {
                let source = [hit.outlet, hit.date].compactMap { $0 }.joined(separator: ", ")
                output.write("\(number + 1). “\(hit.text)” — \(hit.speaker ?? "no speaker")\(source.isEmpty ? "" : " (\(source))")\n"
                             + "   \(hit.path):\(hit.place.line):\(hit.place.column)\n")
            }
            if hits.isEmpty { output.write("no quotation on record has these words\n") }
        }
        output.flush()
    }

    private static func json(_ hit: ArchiveHit) -> JSONValue {
        .object([
            .init("text", .string(hit.text)), .init("kind", .string(hit.kind.rawValue)),
            .init("speaker", .optional(hit.speaker)), .init("person", .optional(hit.person)),
            .init("path", .string(hit.path)), .init("start", .int(hit.place.range.lowerBound)),
            .init("end", .int(hit.place.range.upperBound)), .init("line", .int(hit.place.line)),
            .init("column", .int(hit.place.column)), .init("outlet", .optional(hit.outlet)), .init("date", .optional(hit.date)),
        ])
    }
}
