import Foundation

/// Generates perturbed copies of sample articles, for measuring `verify` at scale (`verbatim verify-bench`).
///
/// Copy `n` is seed article `n % seeds` in story group `n / seeds`. Within a group each name word of the
/// seeds' people is either kept or given a group-specific ending, so that later groups bring new people;
/// every copy also keeps about 85% of its paragraphs, drops, repeats or swaps about 2% of its words, and
/// misspells about 3% of name words (a stray period, lower case, another transliteration from
/// `Rules/verification/matching.yml`). The same seed gives the same corpus.
public struct PerturbedCorpus {
    private let seeds: [Document]
    private let texts: [String]
    private let nameWords: Set<String>
    private let variants: [String: [String]]
    private let seed: UInt64

    /// A generator over `seeds`; `extractor` finds the names to perturb.
    public init(seeds: [Document], extractor: Extractor, rules: VerificationRules, seed: UInt64 = 1) {
        self.seeds = seeds
        self.seed = seed
        texts = seeds.map(\.text)
        var words = Set<String>()
        for document in seeds {
            guard let result = try? extractor.extract(document) else { continue }
            for person in result.people where person.words.count >= 2 {
                for word in person.name.split(separator: " ") where word.count >= 3 { words.insert(String(word)) }
            }
        }
        nameWords = words
        var variants: [String: [String]] = [:]
        for group in rules.names.transliteration {
            let spellings = group.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            for spelling in spellings { variants[spelling] = spellings.filter { $0 != spelling } }
        }
        self.variants = variants
    }

    /// Generated document number `index`.
    public func document(_ index: Int) throws(DocumentError) -> Document {
        let source = index % seeds.count, group = index / seeds.count
        var random = SplitMix(seed: seed &+ UInt64(index) &* 0x9E3779B97F4A7C15)
        var paragraphs: [String] = []
        for paragraph in texts[source].split(separator: "\n", omittingEmptySubsequences: false) {
            guard paragraph.isEmpty || random.chance(0.85) else { continue }
            paragraphs.append(perturb(paragraph, group: group, random: &random))
        }
        let name = URL(fileURLWithPath: seeds[source].path).lastPathComponent
        return try Document(path: "bench/\(index)-\(name)", data: Array(paragraphs.joined(separator: "\n").utf8))
    }

    private func perturb(_ paragraph: Substring, group: Int, random: inout SplitMix) -> String {
        var words = paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < words.count {
            let capitalised = words[index].first { $0.isLetter }?.isUppercase ?? false
            let bare = capitalised ? String(words[index].drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()) : ""
            if capitalised && nameWords.contains(bare) {
                words[index] = words[index].replacingOccurrences(of: bare, with: rename(bare, group: group, random: &random))
            } else if !words[index].isEmpty && random.chance(0.02) {
                switch random.next() % 3 {
                case 0: words.remove(at: index); continue
                case 1: words.insert(words[index], at: index); index += 1
                default: if index + 1 < words.count { words.swapAt(index, index + 1); index += 1 }
                }
            }
            index += 1
        }
        return words.joined(separator: " ")
    }

    /// A name word as story group `group` spells it, sometimes misspelt.
    private func rename(_ word: String, group: Int, random: inout SplitMix) -> String {
        let stable = FNV1a.hash(word.utf8)
        var key = SplitMix(seed: UInt64(group) &* 0x2545F4914F6CDD1D ^ stable)
        var spelled = word
        if group > 0 && key.chance(0.5) {
            let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
            for _ in 0..<(1 + Int(key.next() % 2)) {
                spelled.append(consonants[Int(key.next() % UInt64(consonants.count))])
                spelled.append(vowels[Int(key.next() % UInt64(vowels.count))])
            }
        }
        guard random.chance(0.03) else { return spelled }
        switch random.next() % 3 {
        case 0: return spelled + "."
        case 1: return spelled.lowercased()
        default: return variants[spelled]?.first ?? spelled
        }
    }
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58476D1CE4E5B9
        value = (value ^ (value >> 27)) &* 0x94D049BB133111EB
        return value ^ (value >> 31)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(UInt64(1) << 53) < p }
}
