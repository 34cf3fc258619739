import Foundation

/// The word-level helpers of ``PersonIndex``: folding name words, hashing them, finding where names start.
extension PersonIndex {
    /// Case- and accent-insensitive form of a name word, without stray punctuation.
    static func fold(_ word: String) -> String {
        var word = word
        return word.withUTF8 { fold($0) }
    }

    /// ``fold(_:)`` of a word's UTF-8 bytes: ASCII words are folded byte by byte.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard ASCIIWord.isASCII(bytes, 0..<bytes.count) else {
            if let folded = LetterFold.fold(bytes) { return folded }
            return NameCleaner.display(String(decoding: bytes, as: UTF8.self))
                .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: ".", with: "")
        }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
                buffer[count] = ASCIIByte.lowered(byte)
                count += 1
            }
            return count
        }
    }

    /// The folded words of a name (split at spaces and hyphens).
    static func words(of name: String) -> [String] {
        foldedWords(of: name).map(\.text)
    }

    /// ``words(of:)`` with the hash of each word, for quick comparison.
    /// `foldWide` folds the words that are not ASCII (``fold(_:)``, or a cache of it).
    static func foldedWords(of name: String,
                            foldWide: (UnsafeBufferPointer<UInt8>) -> String = { fold($0) }) -> [FoldedWord] {
        var words: [FoldedWord] = []
        words.reserveCapacity(4)
        appendFoldedWords(of: name, to: &words, foldWide: foldWide)
        return words
    }

    /// Appends ``foldedWords(of:foldWide:)`` of `name` to `words`.
    static func appendFoldedWords(of name: String, to words: inout [FoldedWord],
                                  foldWide: (UnsafeBufferPointer<UInt8>) -> String) {
        var name = name
        name.withUTF8 { utf8 in forEachFoldedWord(in: utf8, foldWide: foldWide) { words.append($0) } }
    }

    /// Calls `body` with each of ``foldedWords(of:foldWide:)`` of the name whose UTF-8 is `utf8`.
    static func forEachFoldedWord(in utf8: UnsafeBufferPointer<UInt8>, foldWide: (UnsafeBufferPointer<UInt8>) -> String,
                                  _ body: (FoldedWord) -> Void) {
        var start = 0
        for index in 0...utf8.count {
            if index < utf8.count {
                let byte = utf8[index]
                guard byte == 0x20 || byte == 0x2D || byte == 0x0A || byte == 0x09 else { continue }
            }
            if index > start,
               let word = FoldedWord(folding: UnsafeBufferPointer(rebasing: utf8[start..<index]), foldWide: foldWide) {
                body(word)
            }
            start = index + 1
        }
    }

    /// FNV-1a of a word's ASCII bytes, lower-cased, without periods and commas (as ``fold(_:)`` folds).
    static func foldedHash<C: Collection<UInt8>>(_ word: C) -> UInt64 {
        var hasher = FNV1a()
        for byte in word where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") { hasher.add(ASCIIByte.lowered(byte)) }
        return hasher.value
    }

    /// The offset of the next word that starts with an upper-case letter (or a non-ASCII letter, checked
    /// by the pattern itself), at or after `offset`.
    static func nextCapitalisedWord(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        func startsWord(_ index: Int) -> Bool {
            let byte = base[index]
            guard (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC0 else { return false }
            let previous = index > 0 ? base[index - 1] : 0x20
            let wordBefore = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A || previous >= 0x80
                || (previous >= 0x30 && previous <= 0x39)
            return !wordBefore
        }
        var index = offset
        while index + 8 <= count {
            // Eight bytes at a time: a block with no upper-case ASCII letter and no non-ASCII byte holds no start.
            let block = ByteLanes.load(base, at: index)
            // Only the flagged bytes (upper-case letters, and the bytes from 0xC0 that lead a character
            // beyond ASCII) are looked at, in order.
            var flagged = ByteLanes.uppers(block) | ByteLanes.leadBytes(block)
            while flagged != 0 {
                let candidate = index + flagged.trailingZeroBitCount / 8
                if startsWord(candidate) { return candidate }
                flagged &= flagged &- 1
            }
            index += 8
        }
        while index < count {
            if startsWord(index) { return index }
            index += 1
        }
        return nil
    }
}

/// A folded name word and a hash of its bytes, so that comparing two ASCII words is mostly one integer
/// comparison; words with non-ASCII bytes compare as `String`s.
struct FoldedWord: Equatable {
    let text: String
    let hash: UInt64
    let isASCII: Bool

    init(_ text: String) {
        var hasher = FNV1a()
        var isASCII = true
        for byte in text.utf8 {
            hasher.add(byte)
            if byte >= 0x80 { isASCII = false }
        }
        self.init(text: text, hash: hasher.value, isASCII: isASCII)
    }

    /// One bit per ASCII word (from its hash), all bits when a word is not ASCII: when words `a` equal
    /// words of `b`, the bits of `a`'s mask are in `b`'s.
    static func mask(_ words: some Sequence<FoldedWord>) -> UInt64 {
        words.reduce(0) { $0 | ($1.isASCII ? 1 << ($1.hash & 63) : ~0) }
    }

    /// The folded form (``PersonIndex/fold(_:)``, by `foldWide` when not ASCII) of a word's bytes, or `nil` when it folds to nothing.
    init?(folding bytes: UnsafeBufferPointer<UInt8>, foldWide: (UnsafeBufferPointer<UInt8>) -> String) {
        guard ASCIIWord.isASCII(bytes, 0..<bytes.count) else {
            let text = foldWide(bytes)
            if text.isEmpty { return nil }
            self.init(text)
            return
        }
        var hasher = FNV1a()
        let text = String(unsafeUninitializedCapacity: bytes.count) { buffer in
            var count = 0
            for byte in bytes where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ",") {
                let folded = ASCIIByte.lowered(byte)
                buffer[count] = folded
                hasher.add(folded)
                count += 1
            }
            return count
        }
        if text.isEmpty { return nil }
        self.init(text: text, hash: hasher.value, isASCII: true)
    }

    private init(text: String, hash: UInt64, isASCII: Bool) {
        self.text = text
        self.hash = hash
        self.isASCII = isASCII
    }

    static func == (left: FoldedWord, right: FoldedWord) -> Bool {
        if left.isASCII && right.isASCII { return left.hash == right.hash && left.text == right.text }
        return left.text == right.text
    }
}
