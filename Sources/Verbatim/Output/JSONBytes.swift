/// Appends JSON text to a byte buffer without building intermediate strings: the writer behind
/// ``QuotationWriters/jsonLine(_:)``, which copies quoted words straight from the document's bytes.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends ASCII punctuation or a key written in the source, such as `{"text":`.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes that are already JSON (a number written by ``JSONText/number(_:digits:)``).
    mutating func rawBytes(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    /// Appends `,"start":N,"end":M` for a byte range.
    mutating func span(_ range: Range<Int>) {
        raw(",\"start\":")
        integer(range.lowerBound)
        raw(",\"end\":")
        integer(range.upperBound)
    }

    /// Appends `value` rounded to two decimals, written as ``JSONText/number(_:digits:)`` writes it
    /// ("1", "0.9", "0.68"), without going through `String`.
    mutating func hundredths(_ value: Double) {
        let cents = (value * 100).rounded()
        guard cents.magnitude < 1e15 else {
            var text = JSONText.number(value)
            text.withUTF8 { rawBytes($0) }
            return
        }
        var whole = Int(cents)
        if whole < 0 { bytes.append(UInt8(ascii: "-")); whole = -whole }
        integer(whole / 100)
        let fraction = whole % 100
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(0x30 + UInt8(fraction / 10))
        if fraction % 10 != 0 { bytes.append(0x30 + UInt8(fraction % 10)) }
    }

    /// Appends a decimal integer.
    mutating func integer(_ value: Int) {
        guard value != 0 else { bytes.append(0x30); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// Appends `value` as a JSON string literal, quotes included.
    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { string(bytes: $0) }
    }

    /// Appends `value` as a JSON string literal, or `null`.
    mutating func optional(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    /// Appends UTF-8 `text` as a JSON string literal: `"` and `\` escaped, control characters as escapes,
    /// and U+2028/U+2029 (valid JSON, but they break JavaScript parsers) as `\u2028`/`\u2029`.
    mutating func string(bytes text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            // Most bytes need nothing: one comparison range lets them pass (0x20...0x7F except `"` and `\`,
            // and every lead or continuation byte but 0xE2, which may open U+2028 or U+2029).
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else { index += 1; continue }
            let needsEscape = byte != 0xE2
                || (index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9))
            guard needsEscape else { index += 1; continue }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0xE2:
                raw(text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                raw("\\u00")
                hex.withUTF8Buffer { digits in
                    bytes.append(digits[Int(byte >> 4)])
                    bytes.append(digits[Int(byte & 0xF)])
                }
            }
            index += 1
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        bytes.append(UInt8(ascii: "\""))
    }
}
