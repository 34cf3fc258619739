import CLibXML2

/// Finds the character encoding an HTML file declares in a `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` near its start.
enum HTMLCharset {
    /// How many bytes at the start of the file are searched, as browsers do (the HTML standard says 1024;
    /// real pages sometimes put the meta later, so this looks a little further).
    static let sniffLength = 4096

    /// The lowercased encoding name after the first `charset=` in the first few KiB, or `nil`.
    static func declared(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let key = Array("charset".utf8)
        let limit = min(bytes.count, sniffLength)
        var index = 0
        while index + key.count <= limit {
            if matches(key, in: bytes, at: index) {
                var cursor = index + key.count
                while cursor < limit, isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < limit, bytes[cursor] == UInt8(ascii: "=") else {
                    index += key.count
                    continue
                }
                cursor += 1
                while cursor < limit, isSpace(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "\"")
                    || bytes[cursor] == UInt8(ascii: "'") { cursor += 1 }
                let start = cursor
                while cursor < limit, isNameByte(bytes[cursor]) { cursor += 1 }
                if cursor > start {
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)
                        .lowercased()
                }
                index = cursor
                continue
            }
            index += 1
        }
        return nil
    }

    /// The encoding to hand libxml2 for a file: the declared one when the bytes are not valid UTF-8 and
    /// libxml2 can decode the declared encoding; otherwise `nil` (meaning UTF-8).
    ///
    /// Valid UTF-8 is read as UTF-8 even when the page declares something else: pages re-saved as UTF-8
    /// often keep a stale `charset=windows-1252`, while legacy text with accents is almost never valid UTF-8.
    static func legacyEncoding(for bytes: UnsafeBufferPointer<UInt8>, isValidUTF8: Bool) -> String? {
        guard !isValidUTF8, let name = declared(in: bytes) else { return nil }
        if name == "utf-8" || name == "utf8" || name.hasPrefix("utf-16") || name.hasPrefix("utf-32") { return nil }
        return verbatim_xml_supports_encoding(name) != 0 ? name : nil
    }

    private static func matches(_ key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        for offset in 0..<key.count where bytes[index + offset] | 0x20 != key[offset] { return false }
        return true
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
