import Foundation
import Testing
@testable import Verbatim

@Suite struct NameFoldTests {
    /// The fold Foundation gives a name word (what ``PersonIndex/fold(_:)`` does for non-ASCII words).
    private static func foundationFold(_ word: String) -> String {
        NameCleaner.display(word).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: ".", with: "")
    }

    private static func letterFold(_ word: String) -> String? {
        var word = word
        return word.withUTF8 { LetterFold.fold($0) }
    }

    /// Every Latin and Cyrillic letter the table covers folds as Foundation folds it, alone, between ASCII letters, next
    /// to every other covered letter, and with the punctuation `display` drops or keeps.
    @Test func lettersFoldAsFoundationFoldsThem() {
        let letters = ((0xC0...0x24F).compactMap(Unicode.Scalar.init) + (0x400...0x4FF).compactMap(Unicode.Scalar.init))
            .map { String(Character($0)) }
        var covered = 0
        for letter in letters {
            for word in [letter, "A" + letter, letter + "b", "Gu" + letter + "len,", letter + ".", "x" + letter + ".",
                         "V." + letter + ".", letter + "’s", "D'" + letter + "-Z;", letter + letter + ":"] {
                let fast = Self.letterFold(word)
                if let fast { #expect(fast == Self.foundationFold(word), "\(word)") }
                if fast != nil { covered += 1 }
            }
        }
        #expect(covered > 5000)
        for (index, first) in letters.enumerated() {
            for second in letters[index...] {
                let word = first + second
                if let fast = Self.letterFold(word) { #expect(fast == Self.foundationFold(word), "\(word)") }
            }
        }
    }

    /// Covered words are shown as ``NameCleaner/display(_:)`` shows them, and their keys are known to be
    /// wide exactly when their lower-case forms hold a character beyond ASCII.
    @Test func coveredWordsDisplayAsStringsDo() {
        let letters = ((0xC0...0x24F).compactMap(Unicode.Scalar.init) + (0x400...0x4FF).compactMap(Unicode.Scalar.init))
            .map { String(Character($0)) }
        for letter in letters {
            for word in [letter, letter + ".", "x" + letter + ".", "V." + letter + ".", letter + ",;", "A" + letter + ":"] {
                var bytes = Array(word.utf8)
                let shown = bytes.withUnsafeBufferPointer { buffer in
                    LetterFold.displayEnd(buffer, 0..<buffer.count).map { String(decoding: buffer[..<$0], as: UTF8.self) }
                }
                if let shown { #expect(shown == NameCleaner.display(word), "\(word)") }
                let wide = bytes.withUnsafeMutableBufferPointer { buffer in
                    LetterFold.staysWide(UnsafeBufferPointer(buffer), at: word.hasPrefix("x") || word.hasPrefix("A") ? 1 : 0,
                                         end: buffer.count)
                }
                if wide { #expect(word.lowercased().unicodeScalars.contains { $0.value >= 0x80 }, "\(word)") }
            }
        }
    }

    /// Words with characters beyond the table are left to Foundation; ASCII and covered words are not.
    @Test func uncoveredWordsAreLeftToFoundation() {
        #expect(Self.letterFold("Ελλάδα") == nil)
        #expect(Self.letterFold("Русский") == Self.foundationFold("Русский"))
        #expect(Self.letterFold("e\u{301}") == nil)
        #expect(Self.letterFold("Gülten") == "gulten")
        #expect(Self.letterFold("GÜLTEN.") == "gulten")
        #expect(PersonIndex.fold("Erdoğan,") == Self.foundationFold("Erdoğan,"))
    }
}
