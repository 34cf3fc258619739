/// A set of 64-bit word hashes (``PersonIndex/foldedHash(_:)``), open-addressed: one document's known
/// name words, asked about every one-word mention of the document. Each hash comes with the shape of its
/// word (``shape(of:)``): most words asked about have a shape no known word has, and are turned away
/// before they are hashed.
struct WordHashSet {
    /// For each first byte of a word (by its low five bits), one bit per length (lengths from 31 share bit 31).
    private var lengthsByFirst = [UInt32](repeating: 0, count: 32)
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

    /// The first byte and the length of a word as ``PersonIndex/foldedHash(_:)`` hashes it (periods and
    /// commas left out); the first byte is 0 for a word of no other bytes.
    static func shape(of word: some Sequence<UInt8>) -> (first: UInt8, length: Int) {
        var first: UInt8 = 0, length = 0
        for byte in word where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
            if length == 0 { first = byte }
            length += 1
        }
        return (first, length)
    }

    /// Whether a word of this ``shape(of:)`` may be in the set.
    @inline(__always)
    func mayHold(first: UInt8, length: Int) -> Bool {
        lengthsByFirst[Int(first & 0x1F)] & (1 << min(length, 31)) != 0
    }

    /// Adds the hash of a word of the given ``shape(of:)``.
    mutating func insert(_ hash: UInt64, first: UInt8, length: Int) {
        lengthsByFirst[Int(first & 0x1F)] |= 1 << min(length, 31)
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

    /// Whether a word of `range` (split at spaces and hyphens) is, by its folded hash, in the set;
    /// words with non-ASCII letters always pass, to be checked properly. A word is hashed only when its
    /// shape (``WordHashSet/shape(of:)``) is one a known word has.
    func mayHoldWord(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most mentions are one ASCII word of at most eight bytes with no period or comma: told by one load.
        if let base = bytes.baseAddress, !range.isEmpty, range.count <= 8, range.lowerBound + 8 <= bytes.count {
            let shift = UInt64(8 * (8 - range.count))
            let chunk = (ByteLanes.load(base, at: range.lowerBound) << shift) >> shift
            let marks = chunk & ByteLanes.high | ByteLanes.equal(chunk, 0x20) | ByteLanes.equal(chunk, 0x2D)
                | ByteLanes.equal(chunk, UInt8(ascii: ".")) | ByteLanes.equal(chunk, UInt8(ascii: ","))
            if marks == 0 {
                return mayHold(first: bytes[range.lowerBound], length: range.count)
                    && contains(PersonIndex.foldedHash(bytes[range]))
            }
        }
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start, isASCII = true, first: UInt8 = 0, length = 0
            while end < range.upperBound, bytes[end] != 0x20, bytes[end] != 0x2D {
                let byte = bytes[end]
                if byte >= 0x80 { isASCII = false }
                if byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
                    if length == 0 { first = byte }
                    length += 1
                }
                end += 1
            }
            if end > start {
                if !isASCII { return true }
                if mayHold(first: first, length: length), contains(PersonIndex.foldedHash(bytes[start..<end])) {
                    return true
                }
            }
            start = end + 1
        }
        return false
    }
}
