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

    @Test func wordCountCountsLettersAndDigitRuns() {
        let text = Array("Xi’s 2024 visit — don't stop, café".utf8)
        text.withUnsafeBufferPointer { bytes in
            #expect(ByteText.wordCount(bytes, 0..<bytes.count) == 6)
            #expect(ByteText.wordCount(bytes, 0..<bytes.count, upTo: 2) == 2)
            #expect(ByteText.hasWords(bytes, 0..<bytes.count, atLeast: 6))
            #expect(!ByteText.hasWords(bytes, 0..<bytes.count, atLeast: 7))
        }
    }
}
