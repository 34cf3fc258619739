/// ASCII words with a few flag bits each, looked up straight from the bytes of a text without building a
/// `String` per lookup. A word of up to 16 bytes is packed into two integers (lower-cased eight bytes at a
/// time when asked), hashed by multiplication and found with one compare per probe; longer words, which
/// no lexicon holds today, are compared byte by byte.
struct ASCIIWordTable: Sendable {
    /// A packed word: its bytes, little-endian, zero-padded, and its length (0 marks an empty slot).
    private struct Packed: Equatable {
        var low: UInt64
        var high: UInt64
        var length: Int
    }

    /// Open-addressed slots of the packed words, with each slot's flags.
    private var slots: [Packed]
    private var slotFlags: [UInt8]
    private var shift: UInt64
    /// One bit per value of bits 32–43 of a packed word's hash, set for the words held: 512 bytes that stay in
    /// the cache, so that most words not in the table are turned away without reading a slot.
    private var present = [UInt64](repeating: 0, count: 64)
    /// Words longer than 16 bytes, with their flags.
    private var long: [(bytes: [UInt8], flags: UInt8)] = []
    /// The length of the longest word: a longer word is not in the table.
    private var longest = 0
    /// For each first byte (by its low five bits, the same for both cases of a letter), one bit per length
    /// of a word starting with it (lengths from 31 share bit 31), and one bit per last byte (low five bits):
    /// most words that are not in the table fail one of the two without being packed. Both sit in one
    /// integer per first byte, the lengths in bits 0–31 and the last bytes in bits 32–63, read with one load.
    private var shapesByFirst = [UInt64](repeating: 0, count: 32)
    /// The empty word is in the table (it has no first byte to file it under).
    private var holdsEmpty = false
    private var emptyFlags: UInt8 = 0

    /// A table of `words`, each with flag 1; the caller lower-cases them when lookups will be lower-cased.
    init(_ words: some Sequence<String>) {
        self.init(flagged: words.map { ($0, 1) })
    }

    /// A table of words with their flags; the flags of a word listed twice are combined.
    init(flagged words: [(String, UInt8)]) {
        var bits: UInt64 = 4
        while 1 << bits < words.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: Packed(low: 0, high: 0, length: 0), count: 1 << bits)
        slotFlags = Array(repeating: 0, count: 1 << bits)
        for (word, flag) in words {
            let bytes = Array(word.utf8)
            longest = max(longest, bytes.count)
            guard let first = bytes.first, let last = bytes.last else {
                holdsEmpty = true
                emptyFlags |= flag
                continue
            }
            shapesByFirst[Int(first & 0x1F)] |= Self.shape(length: bytes.count, last: last)
            guard bytes.count <= 16 else {
                if let index = long.firstIndex(where: { $0.bytes == bytes }) {
                    long[index].flags |= flag
                } else {
                    long.append((bytes, flag))
                }
                continue
            }
            let packed = bytes.withUnsafeBufferPointer { Self.pack($0, 0..<$0.count, lowercasing: false) }
            let mixed = Self.mix(packed)
            present[Int((mixed >> 38) & 63)] |= 1 << ((mixed >> 32) & 63)
            var slot = Int(truncatingIfNeeded: mixed >> shift)
            while slots[slot].length != 0 && slots[slot] != packed { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = packed
            slotFlags[slot] |= flag
        }
    }

    /// Whether the word in `range` (lower-cased first when `lowercasing`) is in the table.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> Bool {
        flags(bytes, range, lowercasing: lowercasing) != 0
    }

    /// The flags of the word in `range` (lower-cased first when `lowercasing`), 0 when it is not in the table.
    /// The quick rejection is inlined into the caller; only words that pass it are packed and looked up.
    @inline(__always)
    func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt8 {
        guard range.count <= longest else { return 0 }
        if range.isEmpty { return holdsEmpty ? emptyFlags : 0 }
        let first = Int(bytes[range.lowerBound] & 0x1F)
        let shape = Self.shape(length: range.count, last: bytes[range.upperBound - 1])
        guard shapesByFirst[first] & shape == shape else { return 0 }
        return lookUp(bytes, range, lowercasing: lowercasing)
    }

    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt8 {
        guard range.count <= 16 else { return longFlags(bytes, range, lowercasing: lowercasing) }
        let packed = Self.pack(bytes, range, lowercasing: lowercasing)
        let mixed = Self.mix(packed)
        guard present[Int((mixed >> 38) & 63)] & (1 << ((mixed >> 32) & 63)) != 0 else { return 0 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: mixed >> shift)
        while true {
            let stored = slots[slot]
            if stored == packed { return slotFlags[slot] }
            if stored.length == 0 { return 0 }
            slot = (slot + 1) & mask
        }
    }

    private func longFlags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt8 {
        for word in long where word.bytes.count == range.count {
            var same = true
            for (index, offset) in range.enumerated() {
                let byte = lowercasing ? ASCIIByte.lowered(bytes[offset]) : bytes[offset]
                if byte != word.bytes[index] { same = false; break }
            }
            if same { return word.flags }
        }
        return 0
    }

    /// The bits of ``shapesByFirst`` a word of `length` bytes ending with `last` needs.
    @inline(__always)
    private static func shape(length: Int, last: UInt8) -> UInt64 {
        1 << UInt64(min(length, 31)) | 1 << (32 + UInt64(last & 0x1F))
    }

    /// A hash of a packed word: its top bits pick the slot, bits 32–43 the bit in ``present``.
    @inline(__always)
    private static func mix(_ packed: Packed) -> UInt64 {
        (packed.low ^ (packed.high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(packed.length)) &* 0xFF51_AFD7_ED55_8CCD
    }

    /// The bytes of `range` (at most 16) packed little-endian, A–Z lower-cased when `lowercasing`.
    @inline(__always)
    private static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> Packed {
        var low: UInt64 = 0, high: UInt64 = 0
        let count = range.count
        if let base = bytes.baseAddress, range.lowerBound + 16 <= bytes.count {
            let raw = UnsafeRawPointer(base + range.lowerBound)
            low = raw.loadUnaligned(as: UInt64.self)
            high = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            if count < 8 {
                low &= (1 << UInt64(8 * count)) - 1
                high = 0
            } else if count < 16 {
                high &= (1 << UInt64(8 * (count - 8))) - 1
            }
        } else {
            for (index, offset) in range.enumerated() {
                if index < 8 { low |= UInt64(bytes[offset]) << UInt64(8 * index) }
                else { high |= UInt64(bytes[offset]) << UInt64(8 * (index - 8)) }
            }
        }
        if lowercasing {
            low = lowered(low)
            high = lowered(high)
        }
        return Packed(low: low, high: high, length: count)
    }

    /// Eight bytes with each of A–Z lower-cased (``ASCIIByte/lowered(_:)`` on every byte).
    @inline(__always)
    private static func lowered(_ word: UInt64) -> UInt64 {
        // The high bit of each upper-case letter, moved down to bit 5 (0x20), lower-cases it.
        word | (ByteLanes.uppers(word) >> 2)
    }
}
