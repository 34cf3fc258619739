/// A set of 64-bit word hashes (``PersonIndex/foldedHash(_:)``), open-addressed: one document's known
/// name words, asked about every one-word mention of the document.
struct WordHashSet {
    /// Hashes by slot; `0` marks an empty slot (a hash of 0 is kept in ``holdsZero``).
    private var slots: [UInt64]
    private let mask: Int
    private var holdsZero = false

    /// Room for `count` hashes at most half full.
    init(capacity count: Int) {
        var size = 16
        while size < count * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    mutating func insert(_ hash: UInt64) {
        guard hash != 0 else { holdsZero = true; return }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = hash
    }

    func contains(_ hash: UInt64) -> Bool {
        guard hash != 0 else { return holdsZero }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[slot] != 0 {
            if slots[slot] == hash { return true }
            slot = (slot + 1) & mask
        }
        return false
    }
}
