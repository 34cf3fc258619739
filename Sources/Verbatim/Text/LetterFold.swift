import Foundation

/// ``PersonIndex/fold(_:)`` without Foundation for the common non-ASCII name word: one whose characters
/// are ASCII or letters of Latin-1 Supplement and Latin Extended-A/B (U+00C0–U+024F: "Gülten", "Erdoğan")
/// or of Cyrillic (U+0400–U+04FF: "Русский"). The fold of each such letter is asked of Foundation once,
/// when the table is first used, so each answer is the one `folding(options:locale:)` gives; a word with
/// any other character is left to it.
enum LetterFold {
    /// The first and last scalar the table spans.
    private static let first: UInt32 = 0xC0
    private static let last: UInt32 = 0x4FF
    /// Whether a scalar of the span is covered: a letter (no mark) of Latin-1 Supplement, Latin Extended-A/B
    /// or Cyrillic.
    private static func isCovered(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value <= 0x24F || scalar.value >= 0x400, scalar.properties.isAlphabetic else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    /// Per scalar from U+00C0 to U+04FF: its fold as UTF-8, or `nil` when the scalar is left to Foundation
    /// (not covered, or folded into something holding a period).
    static let table: [[UInt8]?] = (first...last).map { value in
        guard let scalar = Unicode.Scalar(value), isCovered(scalar) else { return nil }
        let folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard !folded.utf8.contains(UInt8(ascii: ".")) else { return nil }
        return Array(folded.utf8)
    }

    /// Per scalar from U+00C0 to U+04FF: whether its lower-case form (`String.lowercased()`) holds a
    /// character beyond ASCII, so that no word holding it is an ASCII lexicon key.
    static let staysWide: [Bool] = (first...last).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return String(Character(scalar)).lowercased().unicodeScalars.contains { $0.value >= 0x80 }
    }

    /// Whether the two bytes at `offset` are a scalar of U+00C0–U+04FF whose lower-case form is not ASCII.
    @inline(__always)
    static func staysWide(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int) -> Bool {
        let lead = bytes[offset]
        guard lead >= 0xC3, lead <= 0xD3, offset + 1 < end, bytes[offset + 1] & 0xC0 == 0x80 else { return false }
        return staysWide[Int((UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)) - first)]
    }

    /// The end of the word in `range` shown without stray punctuation, as ``NameCleaner/display(_:)``
    /// shows it (trailing commas, semicolons and colons dropped, then a period after more than one letter
    /// when the word holds no other), or `nil` when a character of the word is not ASCII or covered.
    static func displayEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        let table = Self.table
        var end = range.upperBound
        while end > range.lowerBound, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ";")
                || bytes[end - 1] == UInt8(ascii: ":") {
            end -= 1
        }
        var letters = 0, periods = 0, offset = range.lowerBound
        while offset < end {
            let byte = bytes[offset]
            if byte < 0x80 {
                if ASCIIByte.isLetter(byte) { letters += 1 }
                if byte == UInt8(ascii: ".") { periods += 1 }
                offset += 1
                continue
            }
            guard scalarFold(bytes, at: offset, end: end, table) != nil else { return nil }
            letters += 1
            offset += 2
        }
        return end > range.lowerBound && bytes[end - 1] == UInt8(ascii: ".") && periods == 1 && letters > 1 ? end - 1 : end
    }

    /// The fold of the word in `bytes` as ``PersonIndex/fold(_:)`` gives it (``NameCleaner/display(_:)``,
    /// folded, periods removed), or `nil` when a character of the word is not covered.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let table = Self.table
        // `display`: trailing commas, semicolons and colons go, then a period after more than one letter
        // when the word holds no other period.
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ",") || bytes[end - 1] == UInt8(ascii: ";")
                || bytes[end - 1] == UInt8(ascii: ":") {
            end -= 1
        }
        var letters = 0, periods = 0, length = 0, offset = 0
        while offset < end {
            let byte = bytes[offset]
            if byte < 0x80 {
                if ASCIIByte.isLetter(byte) { letters += 1 }
                if byte == UInt8(ascii: ".") { periods += 1 } else { length += 1 }
                offset += 1
                continue
            }
            guard let folded = scalarFold(bytes, at: offset, end: end, table) else { return nil }
            letters += 1
            length += folded.count
            offset += 2
        }
        if end > 0, bytes[end - 1] == UInt8(ascii: "."), periods == 1, letters > 1 { end -= 1 }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var count = 0, offset = 0
            while offset < end {
                let byte = bytes[offset]
                if byte < 0x80 {
                    if byte != UInt8(ascii: ".") {
                        buffer[count] = ASCIIByte.lowered(byte)
                        count += 1
                    }
                    offset += 1
                    continue
                }
                for folded in scalarFold(bytes, at: offset, end: end, table)! {
                    buffer[count] = folded
                    count += 1
                }
                offset += 2
            }
            return count
        }
    }

    /// The table's fold of the two-byte scalar at `offset`, or `nil` when it is not one the table covers.
    @inline(__always)
    private static func scalarFold(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int,
                                   _ table: [[UInt8]?]) -> [UInt8]? {
        let lead = bytes[offset]
        guard lead >= 0xC3, lead <= 0xD3, offset + 1 < end, bytes[offset + 1] & 0xC0 == 0x80 else { return nil }
        let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        guard value >= first, value <= last else { return nil }
        return table[Int(value - first)]
    }
}
