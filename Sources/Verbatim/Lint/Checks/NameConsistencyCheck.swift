import Foundation

/// `name-consistency`: one person written in different ways. Two checks:
/// - against the known-names file: a variant spelling ("Lee Mingjiang") where the file gives the
///   canonical name ("Li Mingjiang");
/// - inside the article: two people whose names differ in one word by a small edit distance
///   ("Nathaniel Sher" / "Nathaniel Schell"), or one person whose mentions differ only in accents
///   ("Duchâtel" / "Duchatel").
struct NameConsistencyCheck: LintCheck {
    static let kind = "name-consistency"
    static let messageKeys: Set<String> = ["match", "name", "canonical", "suggestion"]
    static let extractionUse = LintExtractionUse.required

    /// The keys of a `name-consistency` rule.
    struct Settings: LintCheckSettings {
        var maxDistance: Int?
        var minWordLength: Int?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case maxDistance = "max_distance", minWordLength = "min_word_length"
        }
        static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }
    }

    /// The largest edit distance between two spellings of one name word; a word of fewer than eight
    /// letters may differ by one edit only.
    let maxDistance: Int
    /// Name words shorter than this are not compared.
    let minWordLength: Int

    init(settings: Settings, builder: LintRuleBuilder) throws {
        maxDistance = max(0, settings.maxDistance ?? 2)
        minWordLength = max(1, settings.minWordLength ?? 5)
    }

    /// Known-name variants always; spellings inside the article when there is an extraction.
    func hits(_ input: LintCheckInput) throws -> [LintHit] {
        var hits = Self.knownNameHits(input.rule, input.knownNames, input.bytes, input.document.bodyRange)
        if let extraction = input.extraction {
            hits += Self.articleHits(input.rule, extraction.people, input.bytes, maxDistance: maxDistance,
                                     minWordLength: minWordLength)
        }
        return hits
    }

    /// Variants of known names written in the text (whole words only).
    static func knownNameHits(_ rule: LintRule, _ names: [KnownName], _ bytes: UnsafeBufferPointer<UInt8>,
                              _ body: Range<Int>) -> [LintHit] {
        var hits: [LintHit] = []
        for name in names {
            for variant in name.variants where !variant.isEmpty {
                for range in occurrences(of: Array(variant.utf8), in: bytes, body) {
                    let values = ["match": variant, "name": variant, "canonical": name.canonical, "suggestion": name.canonical]
                    hits.append(LintHit(range: range, message: MessageTemplate.render(rule.message, values),
                                        suggestion: name.canonical))
                }
            }
        }
        return hits
    }

    /// People of one article whose names look like two spellings of one name.
    static func articleHits(_ rule: LintRule, _ people: [Person], _ bytes: UnsafeBufferPointer<UInt8>,
                            maxDistance limit: Int, minWordLength shortest: Int) -> [LintHit] {
        var hits: [LintHit] = []
        for (index, person) in people.enumerated() {
            guard let first = person.mentions.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
            for other in people[(index + 1)...] where person.words.count >= 2 && other.words.count == person.words.count {
                guard let otherFirst = other.mentions.min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
                let pairs = zip(person.words, other.words)
                let differing = pairs.filter { $0 != $1 }
                guard differing.count == 1, let (left, right) = differing.first,
                      min(left.count, right.count) >= shortest,
                      editDistance(left, right) <= min(limit, min(left.count, right.count) >= 8 ? 2 : 1) else { continue }
                let (earlier, later) = first.lowerBound < otherFirst.lowerBound ? ((person, first), (other, otherFirst))
                    : ((other, otherFirst), (person, first))
                hits.append(hit(rule, bytes, at: later.1, name: later.0.name, canonical: earlier.0.name, related: earlier.1))
            }
            // Accents: the same words, written with and without diacritics.
            let spellings = person.mentions.sorted { $0.lowerBound < $1.lowerBound }
            guard let reference = spellings.first(where: { hasDiacritics(ByteText.string(bytes, $0)) }) else { continue }
            let written = ByteText.string(bytes, reference)
            for mention in spellings where !hasDiacritics(ByteText.string(bytes, mention)) {
                let text = ByteText.string(bytes, mention)
                guard folded(written).hasSuffix(folded(text)) || folded(written).hasPrefix(folded(text)) else { continue }
                hits.append(hit(rule, bytes, at: mention, name: text, canonical: written, related: reference))
            }
        }
        return hits
    }

    private static func hit(_ rule: LintRule, _ bytes: UnsafeBufferPointer<UInt8>, at range: Range<Int>, name: String,
                            canonical: String, related: Range<Int>) -> LintHit {
        let values = ["match": ByteText.string(bytes, range), "name": name, "canonical": canonical, "suggestion": canonical]
        return LintHit(range: range, message: MessageTemplate.render(rule.message, values), suggestion: canonical,
                       related: [related])
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private static func hasDiacritics(_ text: String) -> Bool {
        text.folding(options: [.diacriticInsensitive], locale: nil) != text
    }

    /// Levenshtein distance between two words.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left), b = Array(right)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Whole-word occurrences of `needle` in `range` of `bytes`.
    static func occurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= range.count else { return [] }
        var result: [Range<Int>] = []
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) {
                let end = index + needle.count
                let before = UTF8Scalars.scalar(before: index, in: bytes)?.0
                let after = UTF8Scalars.scalar(at: end, in: bytes)?.0
                if !(before?.isWordCharacter ?? false) && !(after?.isWordCharacter ?? false) {
                    result.append(index..<end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        return result
    }
}
