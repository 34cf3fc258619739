/// How two quotations of one statement differ.
public enum AlignmentKind: String, Sendable, CaseIterable {
    /// Word for word and character for character the same.
    case identical
    /// The same words with other punctuation, capitals, accents or a spelling variant.
    case minor
    /// Words substituted, inserted or dropped.
    case wordingChanged = "wording-changed"
    /// One quotation is a stretch of the other.
    case truncated
    /// Few words in common but the same content words, from the same speaker.
    case paraphrase
}

/// Two quotations in different documents found to give the same statement.
public struct QuoteAlignment: Sendable {
    /// The later quotation (in document order).
    public var quote: QuoteID
    /// The earlier one it aligns with.
    public var other: QuoteID
    /// How the two quotations differ.
    public var kind: AlignmentKind
    /// Words in common over the aligned stretch (0–1).
    public var overlap: Double
    /// The word diff from the other quotation's wording to this one's (`[-removed-] {+added+}`); for a
    /// paraphrase, the other quotation's words.
    public var diff: String
    /// For truncation: whether this quotation is the shorter, the longer, or they overlap.
    public var shape: Shape

    /// How this quotation's words stand to the other's: the same stretch, a part of it, more, or overlapping.
    public enum Shape: String, Sendable { case same, shorter, longer, overlapping }
}

/// Quotations aligned with each quotation, both ways.
public struct QuoteLinks: Sendable {
    private var map: [QuoteID: [QuoteID]] = [:]

    init(_ alignments: [QuoteAlignment]) {
        for alignment in alignments {
            map[alignment.quote, default: []].append(alignment.other)
            map[alignment.other, default: []].append(alignment.quote)
        }
    }

    /// The quotations aligned with `id`.
    public subscript(id: QuoteID) -> [QuoteID] { map[id] ?? [] }
}

/// Finds the same statement in several documents without comparing every pair: quotations are cut into
/// word shingles and content-word stems and indexed (each posting list capped), and each is compared only
/// with the few earlier quotations (in other documents) that share the most. Identical word sequences are grouped first, so repeated
/// quotations cost one lookup.
final class QuoteAligner {
    private let settings: AlignmentSettings
    private let reader: QuoteWordReader
    private var table = WordTable()
    private var buffer: [Int32] = []

    init(settings: AlignmentSettings, folder: NameFolder) {
        self.settings = settings
        reader = QuoteWordReader(folder: folder, maxWords: settings.maxWords)
    }

    /// Aligns the quotations of `results`. Paraphrases are candidates only: the caller keeps those whose
    /// speakers agree.
    func align(_ results: [ExtractionResult]) -> [QuoteAlignment] {
        var alignments: [QuoteAlignment] = []
        var groupOf: [[Int32]: Int32] = [:]
        // The first quotation of each group of identical word sequences, and the first from another document.
        var members: [(first: QuoteWords, second: QuoteWords?)] = []
        var postings: [UInt64: [Int32]] = [:]
        var stemPostings: [Int: [Int32]] = [:]
        func earlier(in group: Int32, than document: Int) -> QuoteWords? {
            let (first, second) = members[Int(group)]
            return first.id.document != document ? first : second?.id.document != document ? second : nil
        }
        for (document, result) in results.enumerated() {
            for position in result.quotations.indices {
                let quote = reader.read(result, QuoteID(document: document, quotation: position), table: &table)
                guard quote.words.count >= settings.minQuoteWords else { continue }
                if let group = groupOf[quote.words] {
                    if let other = earlier(in: group, than: document) { alignments.append(sameWords(quote, other, results)) }
                    if members[Int(group)].second == nil && members[Int(group)].first.id.document != document {
                        members[Int(group)].second = quote
                    }
                    continue
                }
                let number = Int32(members.count)
                groupOf[quote.words] = number
                members.append((quote, nil))
                let shingles = self.shingles(quote.words)
                let stems = Set(self.stems(quote.words).map { $0.hashValue })
                // Candidates: earlier groups sharing word shingles (each worth four) or content-word stems.
                var shared: [Int32: Int] = [:]
                for shingle in shingles {
                    for candidate in postings[shingle] ?? [] { shared[candidate, default: 0] += 4 }
                }
                for stem in stems {
                    for candidate in stemPostings[stem] ?? [] { shared[candidate, default: 0] += 1 }
                }
                let best = shared.filter { $0.value >= 4 || $0.value >= settings.paraphraseMinStems }
                    .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .prefix(settings.maxCandidates)
                for (candidate, _) in best {
                    guard let other = earlier(in: candidate, than: document),
                          let alignment = compare(quote, other, results) else { continue }
                    alignments.append(alignment)
                }
                for shingle in shingles where (postings[shingle]?.count ?? 0) < settings.maxPosting {
                    postings[shingle, default: []].append(number)
                }
                for stem in stems where (stemPostings[stem]?.count ?? 0) < settings.maxPosting {
                    stemPostings[stem, default: []].append(number)
                }
            }
        }
        return alignments
    }

    /// The distinct word shingles of a quotation (the whole of a shorter one).
    private func shingles(_ words: [Int32]) -> Set<UInt64> {
        let size = max(1, settings.shingleWords)
        guard words.count >= size else { return [hash(words[...])] }
        var result = Set<UInt64>()
        for start in 0...(words.count - size) { result.insert(hash(words[start..<(start + size)])) }
        return result
    }

    private func hash(_ words: ArraySlice<Int32>) -> UInt64 {
        var hasher = FNV1a()
        for word in words { hasher.add64(UInt64(UInt32(bitPattern: word))) }
        return hasher.value
    }

    /// Two quotations with the same words: identical (punctuation at their ends aside, which depends on where
    /// each article closes its quotation marks), or differing in punctuation, capitals or accents.
    private func sameWords(_ quote: QuoteWords, _ earlier: QuoteWords, _ results: [ExtractionResult]) -> QuoteAlignment {
        let this = rawWords(quote, results), other = rawWords(earlier, results)
        guard this != other else {
            return QuoteAlignment(quote: quote.id, other: earlier.id, kind: .identical, overlap: 1, diff: "", shape: .same)
        }
        let thisNumbers = this.map { table.number($0) }, otherNumbers = other.map { table.number($0) }
        let diff = WordDiff.compare(thisNumbers, otherNumbers, buffer: &buffer, similar: { _, _ in false })
        return QuoteAlignment(quote: quote.id, other: earlier.id, kind: .minor, overlap: 1,
                              diff: diff?.rendered(this: this, other: other, context: settings.diffContextWords) ?? "",
                              shape: .same)
    }

    /// The words of a quotation as written, split at spaces, without punctuation at either end of the quotation.
    private func rawWords(_ quote: QuoteWords, _ results: [ExtractionResult]) -> [String] {
        let bytes = results[quote.id.document].document.bytes
        let text = String(decoding: bytes[quote.content], as: UTF8.self)
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let edge: (Character) -> Bool = { !$0.isLetter && !$0.isNumber }
        if let first = words.first { words[0] = String(first.drop(while: edge)) }
        if let last = words.last { words[words.count - 1] = String(last.reversed().drop(while: edge).reversed()) }
        return words.filter { !$0.isEmpty }
    }

    /// Classifies `quote` against an earlier quotation, or `nil` when they are not one statement.
    private func compare(_ quote: QuoteWords, _ earlier: QuoteWords, _ results: [ExtractionResult]) -> QuoteAlignment? {
        guard let diff = WordDiff.compare(quote.words, earlier.words, buffer: &buffer, similar: similarEnding) else { return nil }
        let indirect = quote.kind == .indirect || earlier.kind == .indirect
        let required = min(settings.minCommonWords, quote.words.count, earlier.words.count)
        let kind: AlignmentKind
        let coverage = Double(diff.common) / Double(min(quote.words.count, earlier.words.count))
        if diff.common < required || diff.overlap < settings.wordingMinOverlap || coverage < settings.minCoverage {
            guard !indirect, contentOverlap(quote.words, earlier.words) >= settings.paraphraseMinOverlap else { return nil }
            kind = .paraphrase
        } else if indirect && diff.overlap < settings.indirectMinOverlap {
            return nil
        } else if !diff.hasChanges {
            kind = .truncated
        } else if let pairs = diff.oneForOne, diff.thisOutside == 0, diff.otherOutside == 0,
                  pairs.allSatisfy({ spellingVariant(earlier.words[$0.other], quote.words[$0.this]) }) {
            kind = .minor
        } else {
            kind = .wordingChanged
        }
        let shape: QuoteAlignment.Shape = diff.thisOutside == 0 && diff.otherOutside == 0 ? .same
            : diff.otherOutside == 0 ? .longer : diff.thisOutside == 0 ? .shorter : .overlapping
        // A paraphrase has too little in common for a readable diff: show the other wording instead.
        let shown: String
        if kind == .paraphrase {
            let text = String(decoding: results[earlier.id.document].document.bytes[earlier.content], as: UTF8.self)
            shown = "“" + (text.count > 200 ? String(text.prefix(199)) + "…" : text) + "”"
        } else {
            shown = diff.rendered(this: written(quote, results), other: written(earlier, results), context: settings.diffContextWords)
        }
        return QuoteAlignment(quote: quote.id, other: earlier.id, kind: kind, overlap: diff.overlap, diff: shown, shape: shape)
    }

    private func written(_ quote: QuoteWords, _ results: [ExtractionResult]) -> [String] {
        reader.written(results[quote.id.document], quote.content)
    }

    /// Words that differ only in their ending ("aligning" / "aligned").
    private func similarEnding(_ a: Int32, _ b: Int32) -> Bool {
        let left = table[a], right = table[b]
        let prefix = settings.similarWordPrefix
        return left.count >= prefix && right.count >= prefix && left.prefix(prefix) == right.prefix(prefix)
    }

    /// Two spellings of one word ("organisation" / "organization").
    private func spellingVariant(_ a: Int32, _ b: Int32) -> Bool {
        let left = table[a], right = table[b]
        guard left.count >= settings.spellingMinLetters, right.count >= settings.spellingMinLetters else { return false }
        return NameConsistencyCheck.editDistance(left, right) <= settings.spellingMaxEdits
    }

    /// Dice coefficient of the content-word stems of two quotations.
    private func contentOverlap(_ a: [Int32], _ b: [Int32]) -> Double {
        let left = stems(a), right = stems(b)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        return 2 * Double(left.intersection(right).count) / Double(left.count + right.count)
    }

    private func stems(_ words: [Int32]) -> Set<Substring> {
        var result = Set<Substring>()
        for number in words {
            let word = table[number]
            if word.count >= 3 && !settings.stopWords.contains(word) { result.insert(word.prefix(settings.stemLetters)) }
        }
        return result
    }
}
