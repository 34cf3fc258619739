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
    /// Words that are dates only after one of ``dateOpeners`` ("in early June"): elsewhere they are names.
    private let datesAfterOpeners: Set<String>
    private let dateOpeners: Set<String>
    private let longestDateAfterOpener: Int

    struct File: Decodable {
        var dates: [String]
        var datesAfterOpeners: [String]? = nil
        var dateOpeners: [String]? = nil
        var countries: [String]
        var places: [String]
        var demonyms: [String]
        var organisationWords: [String]
        var organisationSuffixes: [String]
        /// The file's examples, read in the same pass as the lists.
        var examples: [Example]? = nil
        enum CodingKeys: String, CodingKey {
            case dates, countries, places, demonyms, examples
            case organisationWords = "organisation_words", organisationSuffixes = "organisation_suffixes"
            case datesAfterOpeners = "dates_after_openers", dateOpeners = "date_openers"
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

    /// Reads `entity-types.yml`; a missing file gives types that call every name a person.
    public static func load(from path: String) throws -> EntityTypes {
        guard FileManager.default.fileExists(atPath: path) else {
            return EntityTypes(File(dates: [], countries: [], places: [], demonyms: [], organisationWords: [],
                                    organisationSuffixes: []), examples: [])
        }
        let file = try RuleFile.decode(File.self, yaml: try RuleFile.read(path), file: path)
        return EntityTypes(file, examples: file.examples ?? [])
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
        datesAfterOpeners = Set((file.datesAfterOpeners ?? []).map(key))
        longestDateAfterOpener = (file.datesAfterOpeners ?? []).map(\.utf8.count).max() ?? 0
        dateOpeners = Set((file.dateOpeners ?? []).map(key))
        self.examples = examples
    }

    /// Whether `name`, one of the `dates_after_openers` ("June", which is also a name), is a date where
    /// `previousWord` stands right before it ("early June", "in June"); case is ignored.
    public func isDate(_ name: String, after previousWord: String) -> Bool {
        mayBeDateAfterOpener(name) && isDateOpener(previousWord)
    }

    /// Whether `word` is one of the `date_openers` ("in", "early"); case is ignored.
    public func isDateOpener(_ word: String) -> Bool {
        dateOpeners.contains(word.lowercased())
    }

    /// Whether `name` is one of the `dates_after_openers`, asked of every person speaker: a name longer than
    /// the longest of them is turned away by its length, before any word of it is read.
    public func mayBeDateAfterOpener(_ name: String) -> Bool {
        guard name.utf8.count <= longestDateAfterOpener else { return false }
        return datesAfterOpeners.contains(Self.words(of: name).joined(separator: " "))
    }

    /// The articles a name or description may open with ("the Justice Department", "a source …").
    private static let articles: Set<String> = ["the", "a", "an"]

    /// The words of a name, lower-cased, without a leading article and a possessive ending.
    static func words(of text: String) -> [String] {
        if let words = asciiWords(of: text) { return words }
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "," })
            .map { word -> String in
                var word = String(word)
                for ending in ["’s", "'s"] where word.hasSuffix(ending) { word.removeLast(ending.count) }
                return word
            }
        while let first = words.first, articles.contains(first) { words.removeFirst() }
        return words
    }

    /// ``words(of:)`` for plain ASCII text (no carriage return), read byte by byte without the
    /// Unicode-aware lower-casing, splitting and suffix tests it needs otherwise; `nil` for other text.
    private static func asciiWords(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            var index = 0
            func endWord() {
                var end = index
                if end - start >= 2, bytes[end - 2] == UInt8(ascii: "'"), ASCIIByte.lowered(bytes[end - 1]) == UInt8(ascii: "s") { end -= 2 }
                // Written into the new string's own storage: decoding a lazily lowered view would go through a
                // dynamic cast for contiguous storage, which costs more than the word.
                words.append(String(unsafeUninitializedCapacity: end - start) { word in
                    for offset in 0..<(end - start) { word[offset] = ASCIIByte.lowered(bytes[start + offset]) }
                    return end - start
                })
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 || byte == UInt8(ascii: "\r") { return nil }
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ",") {
                    if index > start { endWord() }
                    start = index + 1
                }
                index += 1
            }
            if index > start { endWord() }
            while let first = words.first, articles.contains(first) { words.removeFirst() }
            return words
        }
    }

    /// The name with date words dropped from its start and end ("Trump Wednesday" → "Trump"), and a
    /// description (``isDescription(_:)``) cut before a date inside it, with the short or numeric words that led up to the date ("a
    /// source familiar with the plans for Thursday's meeting" → "a source familiar with the plans");
    /// `nil` when nothing but dates is left.
    public func withoutDates(_ name: String) -> String? {
        // Split on the space byte, not on Characters: the same words, without grapheme breaking per letter.
        var words = name.utf8.split(separator: 0x20).map { Substring($0) }
        // Most names hold no date: given back as they are.
        guard words.contains(where: isDate) else { return name }
        while let last = words.last, isDate(last) { words.removeLast() }
        while let first = words.first, isDate(first) { words.removeFirst() }
        if Self.isDescription(words), let inside = words.firstIndex(where: isDate) {
            words.removeSubrange(inside...)
            while words.count > 1, let last = words.last, Self.leadsUpToADate(last) { words.removeLast() }
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// Words that describe someone rather than name them: they open with an article or a lower-case word
    /// ("a source familiar with …", "the nominee for …"); a name such as "CBS This Morning" is left whole.
    private static func isDescription(_ words: [Substring]) -> Bool {
        guard let first = words.first, let letter = first.unicodeScalars.first else { return false }
        return letter.properties.isLowercase || articles.contains(first.lowercased())
    }

    /// A word that may stand between a description and a date: lower case and at most four letters ("for",
    /// "the", "last"), or a number.
    private static func leadsUpToADate(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return true }
        if word.allSatisfy(\.isNumber) { return true }
        return first.properties.isLowercase && word.count <= 4
    }

    /// Whether one word is a date word.
    private func isDate(_ word: Substring) -> Bool {
        // A word of ASCII letters alone, the most common, is its own key lower-cased (no separator or
        // possessive to drop; an article leaves no words): ``words(of:)`` need not build a list for it.
        if !word.isEmpty, word.utf8.allSatisfy(ASCIIByte.isLetter) {
            let key = word.lowercased()
            return dates.contains(Self.articles.contains(key) ? "" : key)
        }
        return dates.contains(Self.words(of: String(word)).joined(separator: " "))
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
