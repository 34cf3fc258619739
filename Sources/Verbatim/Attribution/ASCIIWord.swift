/// Byte-level answers about a word of ASCII text: the fast path of ``NameCleaner`` and ``PersonIndex``.
/// Each answer is the one the `String` and `Unicode.Scalar.Properties` code gives for the same ASCII word;
/// callers take the `String` path for words with non-ASCII bytes.
enum ASCIIWord {
    /// Whether every byte of `range` is ASCII.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        for offset in range where bytes[offset] >= 0x80 { return false }
        return true
    }

    /// The ASCII bytes of `range` lower-cased, without one final period when `droppingPeriod` is set:
    /// `word.lowercased()` (and `.trimmingSuffix(".")`) for an ASCII word.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, droppingPeriod: Bool) -> String {
        var upper = range.upperBound
        if droppingPeriod, upper > range.lowerBound, bytes[upper - 1] == UInt8(ascii: ".") { upper -= 1 }
        let count = upper - range.lowerBound
        return String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count { buffer[index] = ASCIIByte.lowered(bytes[range.lowerBound + index]) }
            return count
        }
    }

    /// Whether an ASCII word has at least two letters and all of them are upper case ("NATO", "U.S.").
    static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var letters = 0
        for offset in range where ASCIIByte.isLetter(bytes[offset]) {
            guard ASCIIByte.isUpper(bytes[offset]) else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// The number of letters in an ASCII word.
    static func letterCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var letters = 0
        for offset in range where ASCIIByte.isLetter(bytes[offset]) { letters += 1 }
        return letters
    }

    /// Whether an ASCII word ends with a period that is not an initial's: it has more than one letter and
    /// no other period ("Asia.", not "V." or "U.S.").
    static func endsWithSentencePeriod(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count > 0, bytes[range.upperBound - 1] == UInt8(ascii: ".") else { return false }
        for offset in range.lowerBound..<(range.upperBound - 1) where bytes[offset] == UInt8(ascii: ".") { return false }
        return letterCount(bytes, range) > 1
    }

    /// The end of an ASCII name word shown without stray punctuation (``NameCleaner/display(_:)``):
    /// trailing commas, semicolons and colons dropped, then a sentence period.
    static func displayEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var upper = range.upperBound
        while upper > range.lowerBound, bytes[upper - 1] == UInt8(ascii: ",") || bytes[upper - 1] == UInt8(ascii: ";")
                || bytes[upper - 1] == UInt8(ascii: ":") {
            upper -= 1
        }
        return endsWithSentencePeriod(bytes, range.lowerBound..<upper) ? upper - 1 : upper
    }
}

/// ASCII words with a few flag bits each, looked up straight from the bytes of a text (FNV-1a hash,
/// then a byte compare), without building a `String` per lookup.
struct ASCIIWordTable: Sendable {
    /// Open-addressed slots: an index into `hashes`, `ranges` and `flags`, or -1.
    private var slots: [Int]
    private var hashes: [UInt64] = []
    /// Where each word's bytes are in `storage`.
    private var ranges: [Range<Int>] = []
    private var flags: [UInt8] = []
    private var storage: [UInt8] = []
    private var mask: Int
    /// The length of the longest word: a longer word is not in the table.
    private var longest = 0
    /// For each first byte (by its low five bits, the same for both cases of a letter), one bit per length
    /// of a word starting with it (lengths from 31 share bit 31), and one bit per last byte (low five bits):
    /// most words that are not in the table fail one of the two without being hashed.
    private var lengthsByFirst = [UInt32](repeating: 0, count: 32)
    private var lastsByFirst = [UInt32](repeating: 0, count: 32)
    /// The empty word is in the table (it has no first byte to file it under).
    private var holdsEmpty = false

    /// A table of `words`, each with flag 1; the caller lower-cases them when lookups will be lower-cased.
    init(_ words: some Sequence<String>) {
        self.init(flagged: words.map { ($0, 1) })
    }

    /// A table of words with their flags; the flags of a word listed twice are combined.
    init(flagged words: [(String, UInt8)]) {
        var size = 16
        while size < words.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: -1, count: size)
        for (word, flag) in words {
            let bytes = Array(word.utf8)
            let hash = bytes.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count, lowercasing: false) }
            if let index = bytes.withUnsafeBufferPointer({ find($0, 0..<$0.count, hash: hash, lowercasing: false) }) {
                flags[index] |= flag
                continue
            }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = hashes.count
            hashes.append(hash)
            ranges.append(storage.count..<(storage.count + bytes.count))
            longest = max(longest, bytes.count)
            if let first = bytes.first, let last = bytes.last {
                lengthsByFirst[Int(first & 0x1F)] |= 1 << min(bytes.count, 31)
                lastsByFirst[Int(first & 0x1F)] |= 1 << (last & 0x1F)
            } else {
                holdsEmpty = true
            }
            flags.append(flag)
            storage += bytes
        }
    }

    /// Whether the word in `range` (lower-cased first when `lowercasing`) is in the table.
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> Bool {
        flags(bytes, range, lowercasing: lowercasing) != 0
    }

    /// The flags of the word in `range` (lower-cased first when `lowercasing`), 0 when it is not in the table.
    /// The quick rejection is inlined into the caller; only words that pass it are hashed and looked up.
    @inline(__always)
    func flags(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt8 {
        guard range.count <= longest else { return 0 }
        if range.isEmpty {
            guard holdsEmpty else { return 0 }
        } else {
            let first = Int(bytes[range.lowerBound] & 0x1F)
            guard lengthsByFirst[first] & (1 << min(range.count, 31)) != 0,
                  lastsByFirst[first] & (1 << (bytes[range.upperBound - 1] & 0x1F)) != 0 else { return 0 }
        }
        return lookUp(bytes, range, lowercasing: lowercasing)
    }

    @inline(never)
    private func lookUp(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt8 {
        find(bytes, range, hash: Self.hash(bytes, range, lowercasing: lowercasing), lowercasing: lowercasing)
            .map { flags[$0] } ?? 0
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, lowercasing: Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let index = slots[slot]
            if hashes[index] == hash, ranges[index].count == range.count {
                var same = true
                var stored = ranges[index].lowerBound
                for offset in range {
                    let byte = lowercasing ? ASCIIByte.lowered(bytes[offset]) : bytes[offset]
                    if byte != storage[stored] { same = false; break }
                    stored += 1
                }
                if same { return index }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, lowercasing: Bool) -> UInt64 {
        var hasher = FNV1a()
        for offset in range { hasher.add(lowercasing ? ASCIIByte.lowered(bytes[offset]) : bytes[offset]) }
        return hasher.value
    }
}
