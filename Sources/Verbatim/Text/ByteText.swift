/// Small helpers for reading text out of a UTF-8 byte buffer.
enum ByteText {
    /// The string for a byte range (the range must fall on character boundaries).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Whether `needle` occurs in `haystack`: a plain search, for short texts such as file names.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first
            && haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }

    /// `range` without leading and trailing whitespace and the given extra ASCII bytes.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, also extra: [UInt8] = []) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        @inline(__always) func trims(_ byte: UInt8) -> Bool {
            ASCIIByte.isSpace(byte) || extra.contains(byte)
        }
        while lower < upper {
            let byte = bytes[lower]
            if byte < 0x80 {
                guard trims(byte) else { break }
                lower += 1
            } else {
                guard let (scalar, length) = UTF8Scalars.scalar(at: lower, in: bytes), scalar.isSpace else { break }
                lower += length
            }
        }
        while upper > lower {
            let byte = bytes[upper - 1]
            if byte < 0x80 {
                guard trims(byte) else { break }
                upper -= 1
            } else {
                guard let (scalar, start) = UTF8Scalars.scalar(before: upper, in: bytes), scalar.isSpace else { break }
                upper = start
            }
        }
        return lower..<upper
    }

    /// Whether `range` holds at least `count` words, reading only as far as the `count`-th word.
    static func hasWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, atLeast count: Int) -> Bool {
        wordCount(bytes, range, upTo: count) >= count
    }

    /// The first offset from `start`, before `limit`, that holds neither a comma nor ASCII white space,
    /// nor with `periods` a period (`limit` when there is none): where the text after `[\s,]*` (or
    /// `[\s,.]*`) begins, for ASCII text.
    static func afterSpacesAndCommas(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int,
                                     periods: Bool = false) -> Int {
        var offset = start
        while offset < limit {
            let byte = bytes[offset]
            guard byte == UInt8(ascii: ",") || ASCIIByte.isSpace(byte) || (periods && byte == UInt8(ascii: ".")) else { break }
            offset += 1
        }
        return offset
    }

    /// The number of words (runs of letters or digits) in a byte range; with `limit`, counting stops
    /// when that many have been seen. An apostrophe or hyphen inside a word belongs to it.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, upTo limit: Int = .max) -> Int {
        var inWord = false
        return wordCount(bytes, range, upTo: limit, inWord: &inWord).count
    }

    /// ``wordCount(_:_:upTo:)`` read on from where an earlier reading stopped: `inWord` tells whether the
    /// byte before `range` was inside a word, and is left telling whether the last byte read was. Also gives
    /// where the reading stopped: the end of the range (or past it, at the end of a character that runs
    /// over it), or before it, when `limit` words were seen or the bytes are not UTF-8. Reading on from there
    /// with the `inWord` left counts what reading the two ranges at once would.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, upTo limit: Int,
                          inWord: inout Bool) -> (count: Int, stop: Int) {
        guard let base = bytes.baseAddress else { return (0, range.lowerBound) }
        var count = 0, offset = range.lowerBound
        while offset < range.upperBound && count < limit {
            // Eight ASCII bytes at a time: a word starts at a letter or digit after a byte outside any word.
            if offset + 8 <= range.upperBound {
                let chunk = ByteLanes.load(base, at: offset)
                if chunk & ByteLanes.high == 0 {
                    let words = Self.wordBytes(chunk, after: inWord)
                    let before = words << 8 | (inWord ? 0x80 : 0)
                    count += ByteLanes.count(Self.alphanumericBytes(chunk) & ~before)
                    inWord = words >> 63 != 0
                    offset += 8
                    continue
                }
            }
            let byte = bytes[offset]
            if byte < 0x80 {
                let lower = byte | 0x20
                let word = (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    || (inWord && (byte == 0x27 || byte == 0x2D))
                if word && !inWord { count += 1 }
                inWord = word
                offset += 1
                continue
            }
            guard let (word, length) = wordCharacter(at: offset, in: bytes, inWord: inWord) else { break }
            if word && !inWord { count += 1 }
            inWord = word
            offset += length
        }
        return (min(count, limit), offset)
    }

    /// Whether the character from U+0080 up at `offset` is inside a word (a right single quotation mark is,
    /// right after a byte inside a word), and its length; `nil` when the bytes there are not UTF-8. Kept out
    /// of line: what the Unicode properties need is set up only for the text that has such characters, not
    /// on every count.
    @inline(never)
    private static func wordCharacter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                      inWord: Bool) -> (word: Bool, length: Int)? {
        guard let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) else { return nil }
        return (scalar.isWordCharacter || (inWord && scalar == "’"), length)
    }

    /// The high bit of each byte of `chunk` set where the byte is an ASCII letter or digit.
    @inline(__always)
    private static func alphanumericBytes(_ chunk: UInt64) -> UInt64 { ByteLanes.letters(chunk) | ByteLanes.digits(chunk) }

    /// The high bit of each byte of an ASCII `chunk` set where the byte is inside a word: a letter or
    /// digit, or an apostrophe or hyphen right after a byte inside a word (`inWord`: the byte before the chunk).
    @inline(__always)
    private static func wordBytes(_ chunk: UInt64, after inWord: Bool) -> UInt64 {
        var words = alphanumericBytes(chunk)
        // Most chunks hold no joiner: one comparison first finds the bytes that may be one. An apostrophe
        // (0x27) and a hyphen (0x2D) differ in bits 1 and 3 only: with those set, both read 0x2F (as do
        // "%" and "/", which the exact comparisons then leave out).
        guard ByteLanes.equal(chunk | 0x0A * ByteLanes.ones, 0x2F) != 0 else { return words }
        let joiners = ByteLanes.equal(chunk, 0x27) | ByteLanes.equal(chunk, 0x2D)
        guard joiners != 0 else { return words }
        // A joiner is inside a word when the byte before it is: carry that along runs of joiners.
        while true {
            let carried = words | joiners & (words << 8 | (inWord ? 0x80 : 0))
            if carried == words { return words }
            words = carried
        }
    }
}
