/// Byte-level checks on raw input: binary detection, UTF-8 validation and lossy repair.
///
/// Everything here works on `UnsafeBufferPointer<UInt8>` with plain index loops; nothing decodes into `String`.
enum UTF8Validation {
    /// How many bytes at the start of a file the control-byte ratio looks at.
    static let binarySniffLength = 8 * 1024

    /// The offset of the first byte that marks `bytes` as binary, or `nil` for text.
    ///
    /// Binary means: any NUL byte anywhere, or more than 10% control bytes (other than tab, newline,
    /// carriage return and form feed) in the first 8 KiB; then the offset is that of the first control byte.
    static func firstBinaryByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let nul = bytes.firstIndex(of: 0) { return nul }
        let sniffed = min(bytes.count, binarySniffLength)
        var controls = 0
        var first: Int?
        for index in 0..<sniffed where isSuspiciousControl(bytes[index]) {
            controls += 1
            if first == nil { first = index }
        }
        return controls * 10 > sniffed ? first : nil
    }

    @inline(__always)
    private static func isSuspiciousControl(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D: return false
        case 0x00..<0x20, 0x7F: return true
        default: return false
        }
    }

    /// The offset of the first byte that is not part of a well-formed UTF-8 sequence, or `nil` when all are.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            index = skipASCII(bytes, from: index)
            guard index < count else { return nil }
            let length = sequenceLength(bytes, at: index)
            if length <= 0 { return index }
            index += length
        }
        return nil
    }

    /// The result of ``repair(_:)``.
    struct Repair {
        /// The repaired text, valid UTF-8.
        var bytes: [UInt8]
        /// How many invalid input bytes were replaced.
        var replacedBytes: Int
    }

    /// Replaces every maximal subpart of an ill-formed sequence with U+FFFD (EF BF BD), the practice the
    /// Unicode Standard recommends (§3.9) and the one `String(decoding:as:)` follows: a truncated but
    /// otherwise valid sequence becomes one U+FFFD, any other bad byte becomes one U+FFFD each.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> Repair {
        guard var index = firstInvalidByte(in: bytes) else { return Repair(bytes: Array(bytes), replacedBytes: 0) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: bytes[0..<index])
        var replaced = 0
        let count = bytes.count
        while index < count {
            let start = index
            index = skipASCII(bytes, from: index)
            output.append(contentsOf: bytes[start..<index])
            guard index < count else { break }
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced += -length
                index += -length
            }
        }
        return Repair(bytes: output, replacedBytes: replaced)
    }

    /// Advances over ASCII bytes, eight at a time where possible.
    @inline(__always)
    private static func skipASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
        }
        while index < count && bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The length of the well-formed sequence starting at `index` (positive), or minus the length of
    /// the maximal subpart of the ill-formed sequence there (negative, at least one byte).
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        // The allowed range of the second byte and the total length, per Table 3-7 of the Unicode Standard.
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return -1
        }
        var offset = 1
        while offset < length {
            let position = index + offset
            guard position < bytes.count else { return -offset }
            let byte = bytes[position]
            if offset == 1 {
                guard byte >= low && byte <= high else { return -1 }
            } else {
                guard byte & 0xC0 == 0x80 else { return -offset }
            }
            offset += 1
        }
        return length
    }
}
