/// Small helpers for reading text out of a UTF-8 byte buffer.
enum ByteText {
    /// The string for a byte range (the range must fall on character boundaries).
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
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

    /// The number of words (runs of letters or digits) in a byte range; with `limit`, counting stops
    /// when that many have been seen.
    static func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, upTo limit: Int = .max) -> Int {
        var count = 0, inWord = false, offset = range.lowerBound
        while offset < range.upperBound && count < limit {
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
            guard let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) else { break }
            let word = scalar.isWordCharacter || (inWord && scalar == "’")
            if word && !inWord { count += 1 }
            inWord = word
            offset += length
        }
        return count
    }
}
