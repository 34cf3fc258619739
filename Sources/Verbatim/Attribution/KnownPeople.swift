/// The folded words of each person of a ``PersonIndex`` (``PersonIndex/foldedWords(of:foldWide:)`` of
/// their names), with the ``FoldedWord/mask(_:)`` of each kept in step. Once a document has named more than a
/// few people, they are also indexed by word, so that finding whom a name may refer to reads the people who
/// share a word with it, not everyone the document has named so far; below that, reading everyone is cheaper
/// than keeping the index (most articles name a handful of people).
struct KnownPeople {
    private(set) var words: [[FoldedWord]] = []
    private(set) var masks: [UInt64] = []
    /// With more people than this, they are indexed by word.
    static let indexFrom = 32
    /// The people with a word of this hash, in ascending order (a person whose name grew keeps its old words
    /// here); empty until there are more than ``indexFrom`` people.
    private var byWord: [UInt64: [Int]] = [:]
    /// The people without words, who are held by every name.
    private var wordless: [Int] = []
    /// Whether ``byWord`` and ``wordless`` hold everyone.
    private var indexed = false

    mutating func append(_ personWords: ArraySlice<FoldedWord>) {
        words.append(Array(personWords))
        masks.append(FoldedWord.mask(personWords))
        if indexed {
            index(words.count - 1)
        } else if words.count > Self.indexFrom {
            indexed = true
            for person in words.indices { index(person) }
        }
    }

    /// Adds person `person`, the last one indexed so far, to ``byWord`` (or ``wordless``) under its words.
    private mutating func index(_ person: Int) {
        if words[person].isEmpty { wordless.append(person) }
        for word in words[person] where byWord[word.hash]?.last != person { byWord[word.hash, default: []].append(person) }
    }

    /// Gives person `index` the words of a fuller name.
    mutating func set(_ index: Int, _ personWords: ArraySlice<FoldedWord>) {
        words[index] = Array(personWords)
        masks[index] = FoldedWord.mask(personWords)
        guard indexed else { return }
        for word in personWords {
            var people = byWord[word.hash, default: []]
            // The list is sorted: find where `index` belongs and add it there unless it is there already.
            var low = 0, high = people.count
            while low < high {
                let middle = (low + high) / 2
                if people[middle] < index { low = middle + 1 } else { high = middle }
            }
            guard low == people.count || people[low] != index else { continue }
            people.insert(index, at: low)
            byWord[word.hash] = people
        }
    }

    /// In ascending order, the people who may hold all of `query` or be held by it: every person who does
    /// is among them (each shares a word with `query`, or has no words). `nil` while the people are few
    /// enough not to be indexed: every person is a candidate.
    func candidates(for query: ArraySlice<FoldedWord>) -> [Int]? {
        guard indexed else { return nil }
        if query.count == 1 && wordless.isEmpty { return byWord[query[query.startIndex].hash] ?? [] }
        var found = wordless
        for word in query { found += byWord[word.hash] ?? [] }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for person in found where unique.last != person { unique.append(person) }
        return unique
    }
}
