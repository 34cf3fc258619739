/// Decoding single Unicode scalars around a byte offset in valid UTF-8, for looking at the characters
/// next to a quotation mark without walking `String.Index`.
enum UTF8Scalars {
    /// The scalar that starts at `offset` and its length in bytes, or `nil` at the end.
    @inline(__always)
    static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard offset >= 0, offset < bytes.count else { return nil }
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard offset + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in 1..<length { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    /// The scalar that ends just before `offset`, and the offset it starts at.
    @inline(__always)
    static func scalar(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int)? {
        guard offset > 0, offset <= bytes.count else { return nil }
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start, in: bytes).map { ($0.0, start) }
    }

    /// The start of the next scalar after the one at `offset`.
    @inline(__always)
    static func next(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}

extension Unicode.Scalar {
    /// A letter or a digit.
    @inline(__always)
    var isWordCharacter: Bool {
        if value < 0x80 {
            // ASCII: Alphabetic is A-Z and a-z, numeric is 0-9 (the same answer as the Unicode properties).
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        // General Punctuation (U+2000–206F: curly quotation marks, dashes, spaces) holds no letter or
        // digit: news text is full of them, and the property lookups are slow.
        if value >= 0x2000 && value <= 0x206F { return false }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// A letter (Unicode Alphabetic), answered without a property lookup for ASCII.
    @inline(__always)
    var isLetter: Bool {
        if value < 0x80 { let lower = value | 0x20; return lower >= 0x61 && lower <= 0x7A }
        // Latin-1: the letters À–ÿ but × and ÷, and ª µ º.
        if value <= 0xFF { return (value >= 0xC0 && value != 0xD7 && value != 0xF7) || value == 0xAA || value == 0xB5 || value == 0xBA }
        return properties.isAlphabetic
    }

    /// Space, tab or line break (including no-break and other Unicode spaces).
    @inline(__always)
    var isSpace: Bool {
        // Unicode's White_Space set is small and fixed: U+0009–000D, 0020, 0085, 00A0, 1680, 2000–200A,
        // 2028, 2029, 202F, 205F and 3000. Answering from it spares the property lookup.
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
