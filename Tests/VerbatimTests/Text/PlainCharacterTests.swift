import Testing
@testable import Verbatim

/// A plain character is told from its bytes as `Character` tells it, and a character that might join its
/// neighbour into one grapheme is never plain.
@Suite struct PlainCharacterTests {
    /// What `Character` says of `scalar` in the classes of ``PlainCharacter``.
    private func characterClass(_ scalar: Unicode.Scalar) -> PlainCharacter {
        let character = Character(scalar)
        if character.isLetter { return .letter(uppercase: character.isUppercase) }
        if character.isNumber { return .digit }
        if character == "'" || character == "’" { return .apostrophe }
        return .separator
    }

    @Test func plainCharactersAnswerAsCharacterDoes() {
        let typographic: [Unicode.Scalar] = ["\u{A0}", "‘", "’", "“", "”", "–", "—", "―", "…"]
        let scalars = (0..<0x80).compactMap(Unicode.Scalar.init) + (0xC0...0xFF).compactMap(Unicode.Scalar.init) + typographic
        for scalar in scalars {
            let bytes = Array(String(scalar).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let plain = PlainCharacter.at(0, in: buffer, limit: buffer.count)
                #expect(plain?.1 == bytes.count, "length of U+\(String(scalar.value, radix: 16))")
                #expect(plain?.0 == characterClass(scalar), "class of U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func charactersThatMayJoinOrNeedTablesAreNotPlain() {
        // A combining accent, a joiner, ª and µ (letters outside À–ÿ), ½, a soft hyphen, a truncated ’.
        for text in ["\u{301}", "\u{200D}", "ª", "µ", "½", "\u{AD}", "ğ", "€"] {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { #expect(PlainCharacter.at(0, in: $0, limit: $0.count) == nil, "\(text)") }
        }
        let apostrophe = Array("’".utf8)
        apostrophe.withUnsafeBufferPointer { #expect(PlainCharacter.at(0, in: $0, limit: 2) == nil) }
    }

    @Test func titleCaseReadsTypographicTextAsCharactersDo() {
        let classifier = QuoteClassifier(settings: Fixtures.rules.extraction)
        func titleCase(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { classifier.isTitleCase($0, 0..<$0.count) }
        }
        #expect(titleCase("The Man Who Sold “The World” — Again"))
        #expect(titleCase("Él Dijo: Ça Ne Va Pas"))
        #expect(!titleCase("the man who sold “the world” — again, and Élise"))
        // A combining accent takes the slow way, with the same answer.
        #expect(titleCase("Cafe\u{301} Society Returns") == titleCase("Café Society Returns"))
    }
}
