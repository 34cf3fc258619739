/// The characters of news text whose class (letter, digit, apostrophe, separator) and case can be told from
/// their UTF-8 bytes alone, with the same answers `Character.isLetter`, `isNumber` and `isUppercase` give:
/// ASCII, the typographic marks that fill news copy (’ ‘ “ ” — – ― … and the no-break space) and the
/// Latin-1 letters À–ÿ (with the signs × and ÷ among them).
///
/// None of them joins the character before it into one grapheme, and every other character, which might
/// (a combining accent, a joiner), is no plain character: a caller that meets one goes the `Character` way.
/// So a run of plain characters splits into the same characters as `String` would split it.
enum PlainCharacter: Equatable {
    case letter(uppercase: Bool)
    case digit
    /// `'` or `’`, which stand inside words ("don’t").
    case apostrophe
    /// Spaces, punctuation and the typographic marks.
    case separator

    /// The plain character that starts at `offset` (before `limit`) and its length in bytes; `nil` when the
    /// character there is not one of them.
    @inline(__always)
    static func at(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> (PlainCharacter, Int)? {
        let byte = bytes[offset]
        if byte < 0x80 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A { return (.letter(uppercase: byte <= 0x5A), 1) }
            if byte >= 0x30 && byte <= 0x39 { return (.digit, 1) }
            return (byte == 0x27 ? .apostrophe : .separator, 1)
        }
        if byte == 0xC2, offset + 1 < limit, bytes[offset + 1] == 0xA0 { return (.separator, 2) }
        if byte == 0xC3, offset + 1 < limit {
            // U+00C0–U+00FF: capitals up to U+00DE, small letters from U+00DF; U+00D7 × and U+00F7 ÷ are signs.
            let second = bytes[offset + 1]
            guard second >= 0x80 && second <= 0xBF else { return nil }
            if second == 0x97 || second == 0xB7 { return (.separator, 2) }
            return (.letter(uppercase: second <= 0x9E), 2)
        }
        guard byte == 0xE2, offset + 2 < limit, bytes[offset + 1] == 0x80 else { return nil }
        switch bytes[offset + 2] {
        case 0x99: return (.apostrophe, 3)
        // – — ― ‘ “ ” …
        case 0x93, 0x94, 0x95, 0x98, 0x9C, 0x9D, 0xA6: return (.separator, 3)
        default: return nil
        }
    }
}
