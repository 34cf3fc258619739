import Foundation

/// What a name standing where a speaker would names (`Rules/lexicon/entity-types.yml`): dates and places
/// are never speakers, countries and organisations are sources rather than people.
public struct EntityTypes: Sendable {
    /// The kind of thing a name names.
    public enum Kind: String, Sendable, Codable {
        case person, date, place, organisation
    }

    private let dates: Set<String>
    private let countries: Set<String>
    private let places: Set<String>
    private let organisationWords: Set<String>
    private let organisationPhrases: [[String]]
    private let organisationSuffixes: Set<String>

    struct File: Decodable {
        var dates: [String]
        var countries: [String]
        var places: [String]
        var demonyms: [String]
        var organisationWords: [String]
        var organisationSuffixes: [String]
        enum CodingKeys: String, CodingKey {
            case dates, countries, places, demonyms
            case organisationWords = "organisation_words", organisationSuffixes = "organisation_suffixes"
        }
    }

    /// One example of the file: a name, its kind, and the name left once dates are dropped from its ends.
    public struct Example: Sendable, Decodable {
        public var name: String
        public var type: Kind
        public var nameWithoutDates: String?
        enum CodingKeys: String, CodingKey { case name, type, nameWithoutDates = "name_without_dates" }
    }

    /// The file's examples, which the test suite runs.
    public let examples: [Example]

    struct ExamplesFile: Decodable { var examples: [Example]? }

    /// Reads `entity-types.yml`; a missing file gives types that call every name a person.
    public static func load(from path: String) throws -> EntityTypes {
        guard FileManager.default.fileExists(atPath: path) else {
            return EntityTypes(File(dates: [], countries: [], places: [], demonyms: [], organisationWords: [],
                                    organisationSuffixes: []), examples: [])
        }
        let text = try RuleFile.read(path)
        return EntityTypes(try RuleFile.decode(File.self, yaml: text, file: path),
                           examples: try RuleFile.decode(ExamplesFile.self, yaml: text, file: path).examples ?? [])
    }

    init(_ file: File, examples: [Example]) {
        func key(_ text: String) -> String { Self.words(of: text).joined(separator: " ") }
        dates = Set(file.dates.map(key))
        countries = Set(file.countries.map(key))
        places = Set((file.places + file.demonyms).map(key))
        let organisation = file.organisationWords.map(Self.words(of:))
        organisationWords = Set(organisation.filter { $0.count == 1 }.map { $0[0] })
        organisationPhrases = organisation.filter { $0.count > 1 }
        organisationSuffixes = Set(file.organisationSuffixes.map(key))
        self.examples = examples
    }

    /// The words of a name, lower-cased, without a leading article and a possessive ending.
    static func words(of text: String) -> [String] {
        if let words = asciiWords(of: text) { return words }
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," })
            .map { word -> String in
                var word = String(word)
                for ending in ["’s", "'s"] where word.hasSuffix(ending) { word.removeLast(ending.count) }
                return word
            }
        while let first = words.first, first == "the" || first == "a" || first == "an" { words.removeFirst() }
        return words
    }

    /// ``words(of:)`` for plain ASCII text (no carriage return), read byte by byte without the
    /// Unicode-aware lower-casing, splitting and suffix tests it needs otherwise; `nil` for other text.
    private static func asciiWords(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard ASCIIWord.isASCII(bytes, 0..<bytes.count), !bytes.contains(UInt8(ascii: "\r")) else { return nil }
            return asciiWords(of: bytes)
        }
    }

    /// ``words(of:)`` of ASCII `bytes` without carriage returns.
    private static func asciiWords(of bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var words: [String] = []
        var start = 0
        var index = 0
        func endWord() {
            var end = index
            if end - start >= 2, bytes[end - 2] == UInt8(ascii: "'"), ASCIIByte.lowered(bytes[end - 1]) == UInt8(ascii: "s") { end -= 2 }
            words.append(lowered(bytes, start..<end))
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",") {
                if index > start { endWord() }
                start = index + 1
            }
            index += 1
        }
        if index > start { endWord() }
        while let first = words.first, first == "the" || first == "a" || first == "an" { words.removeFirst() }
        return words
    }

    /// The bytes of `range` (ASCII) lower-cased, as a string.
    private static func lowered(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { out in
            for offset in range { out[offset - range.lowerBound] = ASCIIByte.lowered(bytes[offset]) }
            return range.count
        }
    }

    /// The name with date words dropped from its start and end ("Trump Wednesday" → "Trump"); `nil` when
    /// nothing but dates is left.
    public func withoutDates(_ name: String) -> String? {
        // Most names neither start nor end with a date: answered without splitting the name into characters.
        guard startsOrEndsWithDate(name) else { return name }
        var words = name.split(separator: " ").map(String.init)
        while let last = words.last, dates.contains(Self.words(of: last).joined(separator: " ")) { words.removeLast() }
        while let first = words.first, dates.contains(Self.words(of: first).joined(separator: " ")) { words.removeFirst() }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Whether one word is a date word.
    private func isDate(_ word: Substring) -> Bool {
        dates.contains(Self.words(of: String(word)).joined(separator: " "))
    }

    /// Whether the first or the last of the words between spaces of `name` is a date word. In ASCII text
    /// without carriage returns every byte is a character, so the two words are found as bytes.
    private func startsOrEndsWithDate(_ name: String) -> Bool {
        var name = name
        let ascii = name.withUTF8 { utf8 -> Bool? in
            guard ASCIIWord.isASCII(utf8, 0..<utf8.count), !utf8.contains(UInt8(ascii: "\r")) else { return nil }
            let space = UInt8(ascii: " ")
            guard let firstStart = utf8.firstIndex(where: { $0 != space }),
                  let lastEnd = utf8.lastIndex(where: { $0 != space }).map({ $0 + 1 }) else { return false }
            let firstEnd = utf8[firstStart...].firstIndex(of: space) ?? utf8.count
            let lastStart = (utf8[..<lastEnd].lastIndex(of: space) ?? -1) + 1
            func isDate(_ range: Range<Int>) -> Bool {
                dates.contains(Self.asciiWords(of: UnsafeBufferPointer(rebasing: utf8[range])).joined(separator: " "))
            }
            return isDate(firstStart..<firstEnd) || isDate(lastStart..<lastEnd)
        }
        if let ascii { return ascii }
        let split = name.split(separator: " ")
        guard let first = split.first, let last = split.last else { return false }
        return isDate(first) || isDate(last)
    }

    /// What kind of thing `name` names.
    public func kind(of name: String) -> Kind {
        let words = Self.words(of: name)
        guard !words.isEmpty else { return .person }
        let whole = words.joined(separator: " ")
        if words.allSatisfy({ dates.contains($0) }) || dates.contains(whole) { return .date }
        if countries.contains(whole) { return .organisation }
        if places.contains(whole) { return .place }
        if organisationSuffixes.contains(words[words.count - 1]) { return .organisation }
        if words.contains(where: { organisationWords.contains($0) }) { return .organisation }
        for phrase in organisationPhrases where words.count >= phrase.count {
            for start in 0...(words.count - phrase.count) where words[start..<(start + phrase.count)].elementsEqual(phrase) {
                return .organisation
            }
        }
        return .person
    }
}
