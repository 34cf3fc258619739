import Foundation
import Testing
@testable import Verbatim

@Suite struct NameFoldTests {
    /// The fold Foundation gives a name word (what ``PersonIndex/fold(_:)`` does for non-ASCII words).
    private static func foundationFold(_ word: String) -> String {
        NameCleaner.display(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "")
    }

    private static func latinFold(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { LatinFold.fold($0) }
    }

    /// Every Latin letter the table covers folds as Foundation folds it, alone, between ASCII letters, next
    /// to every other covered letter, and with the punctuation `display` drops or keeps.
    @Test func latinLettersFoldAsFoundationFoldsThem() {
        let letters = (0xC0...0x24F).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        var covered = 0
        for letter in letters {
            for word in [letter, "A" + letter, letter + "b", "Gu" + letter + "len,", letter + ".", "x" + letter + ".",
                         "V." + letter + ".", letter + "’s", "D'" + letter + "-Z;", letter + letter + ":"] {
                let fast = Self.latinFold(word)
                if let fast { #expect(fast == Self.foundationFold(word), "\(word)") }
                if fast != nil { covered += 1 }
            }
        }
        #expect(covered > 3000)
        for (index, first) in letters.enumerated() {
            for second in letters[index...] {
                let word = first + second
                if let fast = Self.latinFold(word) { #expect(fast == Self.foundationFold(word), "\(word)") }
            }
        }
    }

    /// Words with characters beyond the table are left to Foundation; ASCII and covered words are not.
    @Test func uncoveredWordsAreLeftToFoundation() {
        #expect(Self.latinFold("Русский") == nil)
        #expect(Self.latinFold("e\u{301}") == nil)
        #expect(Self.latinFold("Gülten") == "gulten")
        #expect(Self.latinFold("GÜLTEN.") == "gulten")
        #expect(PersonIndex.fold("Erdoğan,") == Self.foundationFold("Erdoğan,"))
    }
}
