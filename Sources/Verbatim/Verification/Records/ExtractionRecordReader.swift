import Foundation

/// A record of `extract --format jsonl` that cannot be read back: the file, the line and what is wrong.
public struct ExtractionRecordError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String

    public var description: String { "\(path):\(line): \(message)" }
}

/// Reads the JSON Lines of `extract --format jsonl` back into the ``ExtractionResult``s they were written from,
/// so that ``Verifier`` and ``ReportGenerator`` can run on records extracted elsewhere, without the articles.
///
/// Everything comes from the record (the keys ``ExtractionRecordWriter`` adds, with the document's text, which only
/// `extract --with-text` writes), except the paragraphs and sentences, which are split again from the record's text with the rules' abbreviations, as extraction
/// splits them. Error records (`{"path", "error"}`) and blank lines are passed over.
public struct ExtractionRecordReader {
    private let segmenter: TextSegmenter

    public init(rules: RuleBook) {
        segmenter = TextSegmenter(abbreviations: rules.lexicon.abbreviations)
    }

    /// The results of every record of the file at `path` (`-`: standard input), in order.
    /// - Throws: ``ExtractionRecordError`` naming the file and line of the first malformed record, or when the
    ///   file cannot be read.
    public func results(path: String) throws -> [ExtractionResult] {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { throw ExtractionRecordError(path: path, line: 0, message: "cannot read the file") }
        var results: [ExtractionResult] = []
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 > 0x20 }) else { continue }
            do {
                if let result = try result(line: Data(line)) { results.append(result) }
            } catch let problem as RecordProblem {
                throw ExtractionRecordError(path: path, line: lineNumber, message: problem.message)
            } catch {
                throw ExtractionRecordError(path: path, line: lineNumber, message: "not JSON: \(error.localizedDescription)")
            }
        }
        return results
    }

    /// The result of one record, or `nil` for an error record.
    public func result(line: Data) throws -> ExtractionResult? {
        guard let record = try JSONSerialization.jsonObject(with: line) as? [String: Any] else {
            throw RecordProblem("a record is a JSON object")
        }
        if record["error"] != nil { return nil }
        let fields = RecordFields(record)
        let path: String = try fields.required("path")
        // The document comes first: without its text (records written without --with-text) the message says
        // how to write them, rather than which of the keys that go with the text is missing.
        guard let documentFields = record["document"] as? [String: Any] else {
            throw RecordProblem("\(path): no \"document\": write the records with this version of `verbatim extract --format jsonl --with-text`")
        }
        var document = try self.document(RecordFields(documentFields, in: "document"), path: path)
        if let id = record["id"] as? String {
            document.id = .string(id)
        } else if let id = record["id"] as? NSNumber {
            document.id = .number("\(id)")
        }
        let length = document.bytes.count
        let quotes: [[String: Any]] = try fields.required("quotes")
        let quotations = try quotes.enumerated().map { try quotation(RecordFields($1, in: "quote \($0 + 1)", length: length)) }
        let people: [[String: Any]] = try fields.required("people")
        let persons = try people.enumerated().map { try person(RecordFields($1, in: "person \($0 + 1)", length: length)) }
        let problems: [[String: Any]] = try fields.required("mark_problems")
        let markProblems = try problems.enumerated().map { position, problem in
            let problemFields = RecordFields(problem, in: "mark problem \(position + 1)", length: length)
            let kind: String = try problemFields.required("kind")
            guard let known = MarkProblem.Kind(rawValue: kind) else { throw RecordProblem("unknown mark problem kind \"\(kind)\"") }
            return MarkProblem(kind: known, mark: try problemFields.range("mark")!)
        }
        let ranges = RecordFields(record, length: length)
        var paragraphs: [Range<Int>] = [], sentences: [Range<Int>] = []
        document.bytes.withUnsafeBufferPointer { bytes in
            paragraphs = segmenter.paragraphs(in: bytes, range: document.bodyRange, format: document.format)
            for paragraph in paragraphs { segmenter.appendSentences(in: bytes, paragraph: paragraph, to: &sentences) }
        }
        return ExtractionResult(
            document: document, quotations: quotations, labels: try ranges.ranges("labels"), markProblems: markProblems,
            outlet: try fields.optional("outlet"), people: persons, paragraphs: paragraphs, sentences: sentences,
            lostQuotationMarks: try fields.required("lost_marks"), danglingAttributions: try ranges.ranges("dangling"))
    }

    private func document(_ fields: RecordFields, path: String) throws -> Document {
        let formatName: String = try fields.required("format")
        guard let format = DocumentFormat(rawValue: formatName) else { throw RecordProblem("document: unknown format \"\(formatName)\"") }
        guard fields.values["text"] != nil else {
            throw RecordProblem("document: no \"text\": `verify --quotes` and `report --quotes` need each document's text; "
                                + "write the records with `verbatim extract --format jsonl --with-text`")
        }
        let text: String = try fields.required("text")
        let bytes = Array(text.utf8)
        let bodyStart: Int = try fields.required("body_start")
        guard (0...bytes.count).contains(bodyStart) else { throw RecordProblem("document: body_start \(bodyStart) is outside the text") }
        let metadata = DocumentMetadata(outlet: try fields.optional("outlet"), url: try fields.optional("url"),
                                        date: try fields.optional("date"), title: try fields.optional("title"),
                                        byline: try fields.optional("byline"))
        return Document(path: path, format: format, bytes: bytes, bodyRange: bodyStart..<bytes.count, metadata: metadata)
    }

    private func quotation(_ fields: RecordFields) throws -> Quotation {
        let kindName: String = try fields.required("kind")
        guard let kind = Quotation.Kind(rawValue: kindName) else { throw RecordProblem("\(fields.place): unknown kind \"\(kindName)\"") }
        var speaker: Quotation.Speaker?
        if let found = fields.values["speaker"] as? [String: Any] {
            let speakerFields = RecordFields(found, in: "\(fields.place) speaker", length: fields.length)
            let resolutionName: String = try speakerFields.required("resolution")
            guard let resolution = Quotation.Speaker.Resolution(rawValue: resolutionName) else {
                throw RecordProblem("\(fields.place): unknown resolution \"\(resolutionName)\"")
            }
            speaker = Quotation.Speaker(name: try speakerFields.required("name"), mention: try speakerFields.startEnd(),
                                        resolution: resolution)
        }
        return Quotation(kind: kind, content: try fields.startEnd(), openMark: try fields.range("open_mark"),
                         closeMark: try fields.range("close_mark"), speaker: speaker,
                         affiliation: try fields.range("affiliation_span"), cue: try fields.range("cue_span"),
                         confidence: try fields.required("confidence"), frame: try fields.optional("frame"))
    }

    private func person(_ fields: RecordFields) throws -> Person {
        let genderName: String? = try fields.optional("gender")
        let gender = try genderName.map { name in
            guard let gender = Lexicon.Gender(rawValue: name) else { throw RecordProblem("\(fields.place): unknown gender \"\(name)\"") }
            return gender
        }
        let titleWords: [String] = try fields.required("title_words")
        return Person(name: try fields.required("name"), words: try fields.required("words"), titleWords: Set(titleWords),
                      gender: gender, mentions: try fields.ranges("mentions"), affiliations: try fields.ranges("affiliations"))
    }
}

/// What is wrong with a record (its file and line are added by ``ExtractionRecordReader/results(path:)``).
struct RecordProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// The keys of one JSON object of a record, read with their types checked and ranges checked against the text.
struct RecordFields {
    let values: [String: Any]
    /// Where the object is in the record, for messages ("quote 3").
    let place: String
    /// The length of the document's text in bytes: no range may reach past it.
    let length: Int

    init(_ values: [String: Any], in place: String = "record", length: Int = .max) {
        self.values = values
        self.place = place
        self.length = length
    }

    func required<T>(_ key: String) throws -> T {
        guard let value = values[key] else { throw RecordProblem("\(place): no \"\(key)\"") }
        guard let typed = Self.cast(value, to: T.self) else { throw RecordProblem("\(place): \"\(key)\" is not \(Self.name(of: T.self))") }
        return typed
    }

    func optional<T>(_ key: String) throws -> T? {
        guard let value = values[key], !(value is NSNull) else { return nil }
        guard let typed = Self.cast(value, to: T.self) else { throw RecordProblem("\(place): \"\(key)\" is not \(Self.name(of: T.self))") }
        return typed
    }

    /// `"start"` and `"end"` as a range.
    func startEnd() throws -> Range<Int> {
        try checked(try required("start") as Int, try required("end") as Int, "start/end")
    }

    /// A `[start, end]` pair, or `nil` for `null` or a missing key.
    func range(_ key: String) throws -> Range<Int>? {
        guard let pair: [Int] = try optional(key) else { return nil }
        guard pair.count == 2 else { throw RecordProblem("\(place): \"\(key)\" is not a [start, end] pair") }
        return try checked(pair[0], pair[1], key)
    }

    /// A list of `[start, end]` pairs.
    func ranges(_ key: String) throws -> [Range<Int>] {
        let pairs: [[Int]] = try required(key)
        return try pairs.map { pair in
            guard pair.count == 2 else { throw RecordProblem("\(place): \"\(key)\" holds something other than [start, end] pairs") }
            return try checked(pair[0], pair[1], key)
        }
    }

    private func checked(_ start: Int, _ end: Int, _ key: String) throws -> Range<Int> {
        guard start >= 0, start <= end, end <= length else {
            throw RecordProblem("\(place): \"\(key)\" \(start)..<\(end) is not a range of the text (\(length) bytes)")
        }
        return start..<end
    }

    /// JSON numbers may come as `NSNumber`: only the types records use are read.
    private static func cast<T>(_ value: Any, to type: T.Type) -> T? {
        if T.self == Int.self, let number = value as? NSNumber { return Int(exactly: number.doubleValue) as? T }
        if T.self == Double.self, let number = value as? NSNumber { return number.doubleValue as? T }
        if T.self == [Int].self, let list = value as? [Any] {
            let numbers = list.compactMap { cast($0, to: Int.self) }
            return numbers.count == list.count ? numbers as? T : nil
        }
        return value as? T
    }

    private static func name<T>(of type: T.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [Int].Type: return "a [start, end] pair"
        default: return "a list"
        }
    }
}
