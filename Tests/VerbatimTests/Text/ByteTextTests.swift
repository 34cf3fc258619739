import Testing
@testable import Verbatim

@Suite struct ByteTextTests {
    /// The ASCII fast paths answer exactly as the Unicode properties do.
    @Test func asciiFastPathsAgreeWithUnicodeProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(scalar.isSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(scalar.isLetter == scalar.properties.isAlphabetic, "U+\(String(value, radix: 16))")
            #expect(scalar.isWordCharacter == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil),
                    "U+\(String(value, radix: 16))")
        }
    }

    /// Spaces are answered from Unicode's fixed White_Space list, Latin-1 letters from a range and the
    /// General Punctuation block as no word characters: all must agree with the properties.
    @Test func spaceAndLetterShortcutsAgreeWithUnicodeProperties() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isSpace != scalar.properties.isWhitespace {
                Issue.record("isSpace disagrees at U+\(String(value, radix: 16))")
            }
            if value <= 0x3000, scalar.isLetter != scalar.properties.isAlphabetic {
                Issue.record("isLetter disagrees at U+\(String(value, radix: 16))")
            }
            if value >= 0x1F00, value <= 0x2100,
               scalar.isWordCharacter != (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) {
                Issue.record("isWordCharacter disagrees at U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func nonASCIIScalarsStillUseTheProperties() {
        #expect(Unicode.Scalar(0x00A0)!.isSpace)          // no-break space
        #expect(Unicode.Scalar(0x2009)!.isSpace)          // thin space
        #expect(!Unicode.Scalar(0x201C)!.isSpace)         // “
        #expect(Unicode.Scalar(0x00E9)!.isWordCharacter)  // é
        #expect(Unicode.Scalar(0x0661)!.isWordCharacter)  // Arabic-Indic digit one
        #expect(!Unicode.Scalar(0x2019)!.isWordCharacter) // ’
    }

    @Test func trimmedDropsUnicodeSpacesAndExtraBytes() {
        let text = Array("\u{00A0} ,“Hi there”,\u{2009}\n".utf8)
        text.withUnsafeBufferPointer { bytes in
            let range = ByteText.trimmed(bytes, 0..<bytes.count, also: Array(",".utf8))
            #expect(ByteText.string(bytes, range) == "“Hi there”")
        }
    }

    @Test func spacesAndCommasAreSkippedUpToTheLimit() {
        let text = Array(" ,\t, said\u{00A0},".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ByteText.afterSpacesAndCommas(bytes, from: 0, limit: bytes.count) == 5)
            #expect(ByteText.afterSpacesAndCommas(bytes, from: 0, limit: 3) == 3)
            #expect(ByteText.afterSpacesAndCommas(bytes, from: 9, limit: bytes.count) == 9)
        }
    }

    @Test func wordCountCountsLettersAndDigitRuns() {
        let text = Array("Xi’s 2024 visit — don't stop, café".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ByteText.wordCount(bytes, 0..<bytes.count) == 6)
            #expect(ByteText.wordCount(bytes, 0..<bytes.count, upTo: 2) == 2)
            #expect(ByteText.hasWords(bytes, 0..<bytes.count, atLeast: 6))
            #expect(!ByteText.hasWords(bytes, 0..<bytes.count, atLeast: 7))
        }
    }

    /// Words counted character by character: letters and digits, and ' - ’ after a word character.
    private func wordsOneByOne(_ text: String) -> Int {
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            let word = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
                || (inWord && (scalar == "'" || scalar == "-" || scalar == "’"))
            if word && !inWord { count += 1 }
            inWord = word
        }
        return count
    }

    @Test func wordCountReadingEightBytesAtATimeCountsAsOneByOne() {
        let texts = ["The Kremlin's long-time spokesman -- Dmitry Peskov -- said on 12 May: 'no comment'.",
                     "a-b-c d--e 'f' g'-'h -i j- k  ''' l", "twelve-year-old rock'n'roll fans, 2,000 of them",
                     "Xi’s visit to Zürich — façade — ended", "x", "",
                     // "%" and "/" look like joiners to the first, rough comparison.
                     "up 50%-60% a/b and/or 9/11-style %-/ x%y x/-y"]
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for lower in 0..<min(bytes.count, 12) where lower == 0 || bytes[lower] & 0xC0 != 0x80 {
                    let rest = String(decoding: bytes[lower...], as: UTF8.self)
                    #expect(ByteText.wordCount(buffer, lower..<bytes.count) == wordsOneByOne(rest), "\(rest)")
                    #expect(ByteText.wordCount(buffer, lower..<bytes.count, upTo: 3) == min(3, wordsOneByOne(rest)))
                }
            }
        }
    }
}

@Suite struct ByteScanTests {
    @Test func findsTheFirstOfASetLikeANaiveScan() {
        let set = ByteScan.ByteSet([0x2E, 0x21, 0x3F, 0xE2])
        var generator = SplitMix(seed: 7)
        let alphabet: [UInt8] = Array("ab .!?\n".utf8) + [0xE2, 0x80, 0xA6, 0xC3, 0xA9, 0x00, 0xFF, 0x2D]
        for _ in 0..<500 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : UInt8(ascii: "x")
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in stride(from: 0, through: buffer.count, by: 3) {
                    let naive = (start..<buffer.count).first { set.contains(buffer[$0]) } ?? buffer.count
                    #expect(ByteScan.first(ofAny: set, in: buffer, start..<buffer.count) == naive)
                    let newline = (start..<buffer.count).first { buffer[$0] == 0x0A }
                    #expect(ByteScan.first(0x0A, in: buffer, start..<buffer.count) == newline)
                }
            }
        }
    }
}
