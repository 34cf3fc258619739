import Foundation

/// Names cleaned before in this document: a name written again ("Xi Jinping" in every paragraph) is
/// cleaned, folded and split into title words only the first time. Entries are keyed by the exact bytes of
/// the text (``NameCleaner/clean(_:_:)`` reads nothing outside it, so its answer depends on those bytes
/// alone) and hold ranges relative to its start. The table lives in ``PeopleMatchers`` so that its storage
/// is reused, but it is emptied at the start of every document: what one article costs does not depend
/// on the articles read before it (and a benchmark that repeats articles measures no cache hits between
/// them).
final class CleanedNames {
    /// What ``PersonIndex`` needs of a cleaned name.
    struct Entry {
        var clean: CleanName?
        var words: [FoldedWord]
        /// The folded title words in front of the name, each once.
        var titles: [FoldedWord]
    }

    /// The most names kept for one document; names beyond it are cleaned every time.
    static let limit = 8192

    /// The table itself, a value held in one stored property: each call is one exclusive access to it,
    /// not one per array it reads.
    private var table = Table()

    /// Empties the table (only the slots in use); called at the start of each document.
    func startDocument() { table.startDocument() }

    /// The entry for the text in `range` (with ranges in `bytes`) when it was stored, and the key to store
    /// it under otherwise.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (entry: Entry?, key: UInt64) {
        table.entry(bytes, range)
    }

    /// Stores the entry made for the text in `range` under `key`, unless the table is full.
    func store(_ entry: Entry, key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        table.store(entry, key: key, bytes, range)
    }

    private struct Table {
        /// Open-addressed slots: an index into the arrays below, or -1.
        private var slots = [Int](repeating: -1, count: 2 * CleanedNames.limit)
        private var hashes: [UInt64] = []
        /// Where each name's bytes start in ``storage`` (they end where the next name's start).
        private var starts: [Int] = [0]
        private var storage: [UInt8] = []
        private var entries: [Entry] = []
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
        }

        func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (entry: Entry?, key: UInt64) {
            let hash = FNV1a.hash(bytes[range])
            guard let index = find(bytes, range, hash: hash) else { return (nil, hash) }
            var entry = entries[index]
            entry.clean = entry.clean?.shifted(by: range.lowerBound)
            return (entry, hash)
        }

        mutating func store(_ entry: Entry, key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            guard entries.count < CleanedNames.limit else { return }
            var relative = entry
            relative.clean = entry.clean?.shifted(by: -range.lowerBound)
            var slot = Int(truncatingIfNeeded: key) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = entries.count
            usedSlots.append(slot)
            hashes.append(key)
            storage.append(contentsOf: bytes[range])
            starts.append(storage.count)
            entries.append(relative)
        }

        private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64) -> Int? {
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

extension CleanName {
    /// The same name with every range moved by `offset`.
    func shifted(by offset: Int) -> CleanName {
        var name = self
        name.nameRange = (nameRange.lowerBound + offset)..<(nameRange.upperBound + offset)
        name.mentionRange = (mentionRange.lowerBound + offset)..<(mentionRange.upperBound + offset)
        name.titleRange = titleRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return name
    }
}
