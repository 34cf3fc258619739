/// A set of folded word hashes (``PersonIndex/foldedHash(_:)``).
protocol WordHashes {
    /// Whether `hash` is in the set.
    func contains(_ hash: UInt64) -> Bool
}

extension Set: WordHashes where Element == UInt64 {}

/// A fixed set of 64-bit word hashes, each with the positions it was given at, looked up without
/// hashing the hash again (open addressing on its own bits) and without reference counting.
struct HashPositions: WordHashes {
    private let keys: [UInt64]
    private let used: [Bool]
    /// Per slot, where its positions lie in `entries`.
    private let spans: [Range<Int>]
    private let entries: [Int]
    private let mask: Int

    /// A table of `hashes`, each given its index in the array as its position.
    init(_ hashes: [UInt64]) {
        var size = 8
        while size < 4 * hashes.count { size *= 2 }
        var keys = Array(repeating: UInt64(0), count: size)
        var used = Array(repeating: false, count: size)
        var lists: [Int: [Int]] = [:]
        for (position, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while used[slot] && keys[slot] != hash { slot = (slot + 1) & (size - 1) }
            keys[slot] = hash
            used[slot] = true
            lists[slot, default: []].append(position)
        }
        var spans = Array(repeating: 0..<0, count: size)
        var entries: [Int] = []
        for slot in 0..<size where used[slot] {
            let start = entries.count
            entries += lists[slot] ?? []
            spans[slot] = start..<entries.count
        }
        self.keys = keys
        self.used = used
        self.spans = spans
        self.entries = entries
        mask = size - 1
    }

    func contains(_ hash: UInt64) -> Bool { slot(of: hash) != nil }

    /// Calls `body` with each position given for `hash`, in the order given.
    func forEach(_ hash: UInt64, _ body: (Int) -> Void) {
        guard let slot = slot(of: hash) else { return }
        for index in spans[slot] { body(entries[index]) }
    }

    private func slot(of hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while used[slot] {
            if keys[slot] == hash { return slot }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
