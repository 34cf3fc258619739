import Foundation

/// A place in an archived document: its UTF-8 byte range and where it starts (1-based line and column).
public struct ArchivePlace: Sendable, Hashable {
    public var range: Range<Int>
    public var line: Int
    public var column: Int

    public init(range: Range<Int>, line: Int, column: Int) {
        self.range = range
        self.line = line
        self.column = column
    }
}

/// One quotation as the archive stores it.
public struct ArchiveQuotation: Sendable, Hashable {
    public var kind: Quotation.Kind
    /// The quoted words.
    public var text: String
    public var place: ArchivePlace
    /// The speaker's mention as written ("Mr Lee", "he").
    public var speakerWritten: String?
    /// The fullest name the document gives the speaker (or the source as written).
    public var speaker: String?
    /// Whether the speaker is a person (not an organisation, a group or an unresolved pronoun).
    public var speakerIsPerson: Bool
    public var affiliation: String?
    public var cue: String?
    public var confidence: Double
}

/// A person's name or title as one document writes it.
public struct ArchiveNameUse: Sendable, Hashable {
    /// The fullest name the document gives the person.
    public var person: String
    /// The spelling or the title as written.
    public var text: String
    public var place: ArchivePlace
}

/// One document ready for the archive: its facts, quotations, and the spellings and titles of the people
/// it names.
public struct ArchiveDocument: Sendable {
    public var path: String
    public var outlet: String?
    public var url: String?
    public var date: String?
    public var title: String?
    /// Identifies the content: the same text archived twice is recognised and skipped.
    public var contentHash: String
    public var quotations: [ArchiveQuotation]
    public var spellings: [ArchiveNameUse]
    public var titles: [ArchiveNameUse]

    /// A content hash of `bytes` (64-bit FNV-1a and the length, in hex).
    public static func hash(_ bytes: [UInt8]) -> String {
        String(FNV1a.hash(bytes), radix: 16) + "-" + String(bytes.count, radix: 16)
    }

    /// The records of an extraction result.
    public init(_ result: ExtractionResult) {
        let document = result.document
        func place(_ range: Range<Int>) -> ArchivePlace {
            let (line, column) = document.lineIndex.location(of: range.lowerBound)
            return ArchivePlace(range: range, line: line, column: column)
        }
        path = document.path
        outlet = result.outlet ?? document.metadata.outlet
        url = document.metadata.url
        date = document.metadata.date
        title = document.metadata.title
        contentHash = Self.hash(document.bytes)
        quotations = result.quotations.map { quotation in
            let speaker = quotation.speaker
            let isPerson = speaker.map { $0.resolution != .source && $0.resolution != .unresolved } ?? false
            return ArchiveQuotation(kind: quotation.kind, text: result.text(quotation.content), place: place(quotation.content),
                                    speakerWritten: speaker.map { result.text($0.mention) }, speaker: speaker?.name,
                                    speakerIsPerson: isPerson, affiliation: quotation.affiliation.map(result.text),
                                    cue: quotation.cue.map(result.text), confidence: quotation.confidence)
        }
        spellings = []
        titles = []
        for person in result.people {
            spellings.append(contentsOf: person.mentions.map { ArchiveNameUse(person: person.name, text: result.text($0), place: place($0)) })
            titles.append(contentsOf: person.affiliations.map { ArchiveNameUse(person: person.name, text: result.text($0), place: place($0)) })
        }
    }

    /// A document with the given records (for records read from elsewhere, such as `extract` JSON lines).
    public init(path: String, outlet: String? = nil, url: String? = nil, date: String? = nil, title: String? = nil,
                contentHash: String, quotations: [ArchiveQuotation], spellings: [ArchiveNameUse], titles: [ArchiveNameUse]) {
        self.path = path
        self.outlet = outlet
        self.url = url
        self.date = date
        self.title = title
        self.contentHash = contentHash
        self.quotations = quotations
        self.spellings = spellings
        self.titles = titles
    }

    /// `date` as `yyyy-MM-dd` when it reads as a date, for ordering ("the latest title").
    static func sortableDate(_ date: String?) -> String? {
        guard let date = date?.trimmingCharacters(in: .whitespaces), !date.isEmpty else { return nil }
        let head = date.prefix(10)
        if head.count == 10, head.enumerated().allSatisfy({ ($0 == 4 || $0 == 7) ? $1 == "-" : $1.isASCII && $1.isNumber }) {
            return String(head)
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "EEE, d MMM yyyy HH:mm:ss Z", "yyyy/MM/dd"] {
            formatter.dateFormat = format
            if let parsed = formatter.date(from: date) {
                formatter.dateFormat = "yyyy-MM-dd"
                return formatter.string(from: parsed)
            }
        }
        return nil
    }
}
