import Foundation

/// Names cleaned before in this document: a name written again ("Xi Jinping" in every paragraph) is
/// cleaned, folded and split into title words only the first time. Entries are keyed by the exact bytes of
/// the text (``NameCleaner/clean(_:_:)`` reads nothing outside it, so its answer depends on those bytes
/// alone) and hold ranges relative to its start. The table lives in ``PeopleMatchers`` so that its storage
/// is reused, but it is emptied at the start of every document: what one article costs does not depend
/// on the articles read before it (and a benchmark that repeats articles measures no cache hits between
/// them).
final class CleanedNames {
    /// A cleaned name as the table hands it out: nothing in it is reference-counted, so that reading one
    /// copies no `String` or array. Its display name, words and title words stay in the table
    /// (``name(of:)``, ``words(of:)``, ``titles(of:)``).
    struct Entry {
        /// The index of ``CleanName/name`` in the table's names; -1 when the text holds no name.
        fileprivate var nameIndex: Int
        var nameRange: Range<Int>
        var mentionRange: Range<Int>
        var titleRange: Range<Int>?
        var gender: Lexicon.Gender?
        var wordCount: Int
        var hadFusedTitle: Bool
        /// The folded words of the name, and the folded title words in front of it (each once), in the table.
        fileprivate var words: Range<Int>
        fileprivate var titles: Range<Int>

        /// Whether ``NameCleaner/clean(_:_:)`` found a name in the text.
        var isName: Bool { nameIndex >= 0 }

        /// The same entry with every range moved by `offset`.
        fileprivate func shifted(by offset: Int) -> Entry {
            var entry = self
            entry.nameRange = (nameRange.lowerBound + offset)..<(nameRange.upperBound + offset)
            entry.mentionRange = (mentionRange.lowerBound + offset)..<(mentionRange.upperBound + offset)
            entry.titleRange = titleRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
            return entry
        }
    }

    /// The most names found by their text in one document; names beyond it are cleaned every time.
    static let limit = 8192

    /// The table itself, a value held in one stored property: each call is one exclusive access to it,
    /// not one per array it reads.
    private var table = Table()

    /// Empties the table (only the slots in use); called at the start of each document.
    func startDocument() { table.startDocument() }

    /// The index of the entry for the text in `range` when it was stored, and the key to store it under otherwise.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (index: Int?, key: UInt64) {
        let hash = Self.hash(bytes, range)
        return (table.find(bytes, range, hash: hash), hash)
    }

    /// A hash of the bytes of `range`, taken eight at a time (names run to tens of bytes; a byte-wise hash
    /// would wait on one multiplication per byte). Texts with the same hash are told apart by their bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
        var hash = UInt64(range.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return hash }
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            hash = (hash ^ ByteLanes.load(base, at: offset)) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        if offset + 8 <= bytes.count {
            let shift = UInt64(8 * (8 - (range.upperBound - offset)))
            tail = offset < range.upperBound ? (ByteLanes.load(base, at: offset) << shift) >> shift : 0
        } else {
            for index in offset..<range.upperBound { tail |= UInt64(base[index]) << UInt64(8 * (index - offset)) }
        }
        hash = (hash ^ tail) &* multiplier
        return hash ^ hash >> 32
    }

    /// Stores what cleaning the text in `range` gave (`clean`, nil for no name) under `key`, its folded
    /// words appended by `words` and its title words by `titles`; returns the entry's index. The text can
    /// be found again only while the table is not full.
    func store(_ clean: CleanName?, key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
               words: (inout [FoldedWord]) -> Void, titles: (inout [FoldedWord]) -> Void) -> Int {
        table.store(clean, key: key, bytes, range, words: words, titles: titles)
    }

    /// Entry `index` with its ranges in the text cleaned at `offset`.
    func entry(_ index: Int, at offset: Int) -> Entry { table.entries[index].shifted(by: offset) }

    /// The display name of an entry that ``Entry/isName``.
    func name(of entry: Entry) -> String { table.names[entry.nameIndex] }

    /// The folded words of an entry's name.
    func words(of entry: Entry) -> ArraySlice<FoldedWord> { table.words[entry.words] }

    /// The folded title words in front of an entry's name, each once.
    func titles(of entry: Entry) -> ArraySlice<FoldedWord> { table.words[entry.titles] }

    private struct Table {
        /// Open-addressed slots: an index into the arrays below, or -1.
        private var slots = [Int](repeating: -1, count: 2 * CleanedNames.limit)
        private var hashes: [UInt64] = []
        /// Where each name's bytes start in ``storage`` (they end where the next name's start).
        private var starts: [Int] = [0]
        private var storage: [UInt8] = []
        private(set) var entries: [Entry] = []
        /// The display names and the folded words (of names and titles) the entries point into.
        private(set) var names: [String] = []
        private(set) var words: [FoldedWord] = []
        /// Slots in use, so that emptying the table touches only them.
        private var usedSlots: [Int] = []

        mutating func startDocument() {
            for slot in usedSlots { slots[slot] = -1 }
            usedSlots.removeAll(keepingCapacity: true)
            hashes.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            starts.append(0)
            storage.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            names.removeAll(keepingCapacity: true)
            words.removeAll(keepingCapacity: true)
        }

        mutating func store(_ clean: CleanName?, key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                            words fill: (inout [FoldedWord]) -> Void, titles fillTitles: (inout [FoldedWord]) -> Void) -> Int {
            let index = entries.count
            var entry = Entry(nameIndex: -1, nameRange: 0..<0, mentionRange: 0..<0, titleRange: nil, gender: nil,
                              wordCount: 0, hadFusedTitle: false, words: 0..<0, titles: 0..<0)
            if let clean {
                let first = words.count
                fill(&words)
                let firstTitle = words.count
                fillTitles(&words)
                names.append(clean.name)
                entry = Entry(nameIndex: names.count - 1, nameRange: clean.nameRange, mentionRange: clean.mentionRange,
                              titleRange: clean.titleRange, gender: clean.gender, wordCount: clean.wordCount,
                              hadFusedTitle: clean.hadFusedTitle, words: first..<firstTitle,
                              titles: firstTitle..<words.count).shifted(by: -range.lowerBound)
            }
            entries.append(entry)
            guard index < CleanedNames.limit else { return index }
            var slot = Int(truncatingIfNeeded: key) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = index
            usedSlots.append(slot)
            hashes.append(key)
            storage.append(contentsOf: bytes[range])
            starts.append(storage.count)
            return index
        }

        func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int? {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let index = slots[slot]
                if hashes[index] == hash, starts[index + 1] - starts[index] == range.count,
                   Self.same(storage, from: starts[index], as: bytes, range) {
                    return index
                }
                slot = (slot + 1) & mask
            }
            return nil
        }

        /// Whether `storage` holds the bytes of `range` from `start` on.
        private static func same(_ storage: [UInt8], from start: Int, as bytes: UnsafeBufferPointer<UInt8>,
                                 _ range: Range<Int>) -> Bool {
            guard let base = bytes.baseAddress, !range.isEmpty else { return true }
            return storage.withUnsafeBufferPointer { stored in
                memcmp(stored.baseAddress! + start, base + range.lowerBound, range.count) == 0
            }
        }
    }
}
