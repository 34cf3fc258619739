/// A ``Prefilter`` that rules out a word start whose whole ASCII word opens no match of a word pattern
/// (one that opens with `\b`, as ``WordStartFilter`` requires).
///
/// The ASCII words a match of a word pattern can open with, read from the compiled pattern by partial
/// matching: a sharper test than the first three bytes for ``WordStartFilter``, told by one hash per word.
///
/// The opening word of a candidate is its run of ASCII letters, digits and `_` up to an ASCII byte that is
/// none of these. Walking every ASCII word the pattern can still open with (`PCRE2_PARTIAL_HARD` probes,
/// one letter at a time) gives two sets: the words after which some ASCII non-word byte still lets a match
/// go on, and the prefixes that already hold a whole match (after them any word may follow). A candidate
/// whose opening word is in neither, and has no prefix in the second, cannot start a match. A hash that
/// collides only lets a candidate through to PCRE2; it never turns one away.
struct OpeningWordFilter: Prefilter, Sendable, Equatable {
    /// Hashes (``FNV1a``) of the words after which a non-word byte may follow in a match.
    private let words: HashTable
    /// Hashes of the prefixes that hold a whole match, and which of their lengths occur (bit `n`: length `n`).
    private let prefixes: HashTable
    private let prefixLengths: UInt64

    /// The longest word followed letter by letter; a longer one is let through by its prefix of this length.
    static let depth = 32
    /// The most prefixes the walk visits before it gives up (then there is no word test: ``init(_:)`` is `nil`).
    static let budget = 3_000

    /// Whether `byte` is an ASCII letter, digit or `_` (what `\w` matches in ASCII).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    /// Walks the openings of `pattern` from the first bytes `starts`; `nil` when there are too many.
    init?(_ probe: Pattern.OpeningProbe, starts: [UInt8]) {
        let wordBytes = (0..<128).map(UInt8.init).filter(Self.isWordByte)
        let otherBytes = (0..<128).map(UInt8.init).filter { !Self.isWordByte($0) }
        var words: [UInt64] = [], prefixes: [UInt64] = [], prefixLengths: UInt64 = 0, visited = 0
        var pending: [[UInt8]] = []
        for start in starts {
            switch probe.opening([start]) {
            case .none: continue
            case .complete:
                prefixes.append(FNV1a.hash([start]))
                prefixLengths |= 1 << 1
            case .partial: pending.append([start])
            }
        }
        while let prefix = pending.popLast() {
            visited += 1
            guard visited <= Self.budget else { return nil }
            if prefix.count == Self.depth {
                prefixes.append(FNV1a.hash(prefix))
                prefixLengths |= 1 << UInt64(Self.depth)
                continue
            }
            if otherBytes.contains(where: { probe.opening(prefix, then: $0) != .none }) { words.append(FNV1a.hash(prefix)) }
            for byte in wordBytes {
                switch probe.opening(prefix, then: byte) {
                case .none: continue
                case .complete:
                    prefixes.append(FNV1a.hash(prefix + [byte]))
                    prefixLengths |= 1 << UInt64(prefix.count + 1)
                case .partial: pending.append(prefix + [byte])
                }
            }
        }
        self.words = HashTable(words)
        self.prefixes = HashTable(prefixes)
        self.prefixLengths = prefixLengths
    }

    /// Whether a match may start at `offset` of `text`, judged by the word that opens there. After a word
    /// character the pattern's opening `\b` fails at a word byte, so the answer matters only where nothing
    /// before `offset` is a word character `\b` could join it to: there the probes (which saw nothing
    /// before the opening) speak for the text.
    @inline(__always)
    func answer(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> PrefilterAnswer {
        mayOpen(text, at: offset) ? .candidate : .no
    }

    @inline(__always)
    private func mayOpen(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var hasher = FNV1a()
        var end = offset
        while end < text.count, Self.isWordByte(text[end]) {
            hasher.add(text[end])
            end += 1
            if prefixLengths >> UInt64(end - offset) & 1 != 0, prefixes.contains(hasher.value) { return true }
            if end - offset == Self.depth { return false }
        }
        // A word that runs into a non-ASCII character or the end of the text is left to PCRE2.
        guard end < text.count, text[end] < 0x80 else { return true }
        return words.contains(hasher.value)
    }

    /// A set of 64-bit hashes, open addressing with linear probing (0 marks an empty slot).
    private struct HashTable: Sendable, Equatable {
        private let slots: [UInt64]
        private let mask: Int

        init(_ hashes: [UInt64]) {
            var size = 16
            while size < hashes.count * 3 { size <<= 1 }
            var slots = [UInt64](repeating: 0, count: size)
            for hash in hashes {
                let key = hash == 0 ? 1 : hash
                var slot = Int(truncatingIfNeeded: key >> 7) & (size - 1)
                while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
                slots[slot] = key
            }
            self.slots = slots
            mask = size - 1
        }

        @inline(__always)
        func contains(_ hash: UInt64) -> Bool {
            let key = hash == 0 ? 1 : hash
            return slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: key >> 7) & mask
                while true {
                    let found = slots[slot]
                    if found == key { return true }
                    if found == 0 { return false }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
