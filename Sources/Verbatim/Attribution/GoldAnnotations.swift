import Foundation

/// One annotated document of a gold folder: `<id>.txt` beside `<id>.gold.json` (the format of the
/// project's gold annotations: quotations with their kind and speaker, and the people the text names).
public struct GoldDocument: Sendable {
    /// A gold quotation.
    public struct Quote: Sendable, Decodable {
        public var text: String
        public var kind: String?
        /// The speaker's canonical name; `nil` when the text does not attribute the quotation; "*" when the
        /// source is not a name (left unscored).
        public var speaker: String?
    }

    /// A person of the gold people list.
    public struct Person: Sendable, Decodable {
        public var canonical: String
        public var mentions: [String]?
    }

    struct File: Decodable {
        var doc: String
        var quotes: [Quote]
        var people: [Person]?
    }

    /// The path of the text.
    public var textPath: String
    public var quotes: [Quote]
    public var people: [Person]

    /// The annotated documents of `folder`, sorted by file name.
    /// - Throws: ``RuleError`` naming the file when a gold file cannot be read.
    public static func load(folder: String) throws -> [GoldDocument] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".gold.json") }.sorted()
        } catch {
            throw RuleError(file: folder, reason: "cannot read the gold folder: \(error.localizedDescription)")
        }
        return try names.map { name in
            let path = "\(folder)/\(name)"
            do {
                let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                return GoldDocument(textPath: "\(folder)/\(file.doc)", quotes: file.quotes, people: file.people ?? [])
            } catch {
                throw RuleError(file: path, reason: "invalid gold annotation: \(error)")
            }
        }
    }

    /// The words of a name as gold comparisons use them: accents and case folded, split at anything but
    /// letters and digits, leading honorifics and articles dropped.
    static func normalised(_ name: String, honorifics: Set<String>) -> [String] {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words = folded.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
        while let first = words.first, honorifics.contains(first) || ["the", "a", "an", "some"].contains(first) {
            words.removeFirst()
        }
        return words
    }

    /// The name inside a speaker as written ("longtime pollster Pat Caddell" → "pat caddell"): the last run
    /// of capitalised words before any comma that are not honorifics.
    static func writtenName(_ speaker: String, honorifics: Set<String>) -> [String] {
        let head = speaker.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? speaker
        let tokens = head.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "'" || $0 == "’" || $0 == "." || $0 == "-") }
        var run: [Substring] = []
        for token in tokens.reversed() {
            let bare = token.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            if token.first?.isUppercase == true && !honorifics.contains(bare) {
                run.insert(token, at: 0)
            } else if !run.isEmpty {
                break
            }
        }
        return normalised(run.joined(separator: " "), honorifics: honorifics)
    }

    /// Whether `predicted` names the gold speaker `gold`: its canonical name or a mention of that person
    /// (a title in front tolerated), or, where gold gives the name only as written, a name that ends the
    /// written one or is ended by it ("David Kamin" for "Mr. Kamin").
    func names(_ predicted: String, gold: String, honorifics: Set<String>) -> Bool {
        let words = Self.normalised(predicted, honorifics: honorifics)
        guard !words.isEmpty else { return false }
        var names = [Self.normalised(gold, honorifics: honorifics)]
        for person in people where Self.normalised(person.canonical, honorifics: honorifics) == names[0] {
            names += (person.mentions ?? []).map { Self.normalised($0, honorifics: honorifics) }.filter { !$0.isEmpty }
        }
        for name in names where !name.isEmpty {
            if words == name || (name.count >= 2 && words.count > name.count && Array(words.suffix(name.count)) == name) { return true }
        }
        let written = Self.writtenName(gold, honorifics: honorifics)
        guard names.count == 1, !written.isEmpty else { return false }
        return Array(words.suffix(written.count)) == written || Array(written.suffix(words.count)) == words
    }
}
