/// The words of a speaker's own voice (`first_person` in `Rules/lexicon/pronouns.yml`), found in a byte
/// range the way splitting its string at every character that is neither a letter nor an apostrophe
/// would find them, without building the string when the text is ASCII (with curly apostrophes).
struct FirstPersonWords {
    /// The words, lower-cased, as UTF-8.
    private let words: [[UInt8]]
    /// Bit `n` is set when a word is `n` bytes long.
    private let lengths: UInt64
    private let lowercased: Set<String>

    init(_ words: Set<String>) {
        lowercased = Set(words.map { $0.lowercased() })
        self.words = lowercased.map { Array($0.utf8) }
        lengths = self.words.reduce(0) { $1.count < 64 ? $0 | (1 << UInt64($1.count)) : $0 }
    }

    /// Whether one of the words stands in `range`.
    func occur(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var start = range.lowerBound, index = range.lowerBound
        while index <= range.upperBound {
            let length: Int
            if index == range.upperBound {
                length = 0
            } else {
                let byte = bytes[index]
                if byte == 0xE2, index + 2 < range.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    index += 3   // ’ belongs to the word
                    continue
                }
                guard byte < 0x80 else { return slowOccur(in: bytes, range) }
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == UInt8(ascii: "'") {
                    index += 1
                    continue
                }
                length = 1
            }
            if index > start, matches(bytes, start..<index) { return true }
            index += max(length, 1)
            start = index
        }
        return false
    }

    /// Whether the word in `range` (ASCII letters and apostrophes) is one of the words.
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count < 64, lengths & (1 << UInt64(range.count)) != 0 else { return false }
        return words.contains { word in
            word.count == range.count && word.indices.allSatisfy { offset in
                let byte = bytes[range.lowerBound + offset]
                return (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == word[offset]
            }
        }
    }

    /// The string way, for text with other non-ASCII characters.
    private func slowOccur(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        ByteText.string(bytes, range).split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            .contains { lowercased.contains($0.lowercased()) }
    }
}
