/// Questions about eight bytes at once, held in a `UInt64` (little-endian: byte `i` is bits `8i..<8i+8`).
/// Each answer sets the high bit of the bytes it holds for, and only those; the scans that read text eight
/// bytes at a time ask here rather than each spelling out the arithmetic.
enum ByteLanes {
    /// The high bit of every byte.
    static let high: UInt64 = 0x8080_8080_8080_8080
    /// The value 1 in every byte.
    static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `offset` (the caller has checked that they are there).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }

    /// The bytes whose low seven bits are `lower...upper`: adding `0x80 - k` to a seven-bit byte sets its
    /// high bit exactly when it is at least `k`, with no carry into the next byte. The high bit of each
    /// byte of `chunk` itself is not looked at; mask with ``ascii(_:)`` for ASCII bytes only.
    @inline(__always)
    static func lowBits(_ chunk: UInt64, in lower: UInt8, _ upper: UInt8) -> UInt64 {
        let seven = chunk & ~high
        return (seven &+ (0x80 - UInt64(lower)) &* ones) & ~(seven &+ (0x7F - UInt64(upper)) &* ones) & high
    }

    /// The ASCII bytes (below 0x80).
    @inline(__always)
    static func ascii(_ chunk: UInt64) -> UInt64 { ~chunk & high }

    /// The bytes equal to `value`.
    @inline(__always)
    static func equal(_ chunk: UInt64, _ value: UInt8) -> UInt64 {
        let difference = chunk ^ (UInt64(value) &* ones)
        return ~((difference | high) &- ones | difference) & high
    }

    /// The ASCII letters (A–Z, a–z).
    @inline(__always)
    static func letters(_ chunk: UInt64) -> UInt64 { lowBits(chunk | 0x20 &* ones, in: 0x61, 0x7A) & ascii(chunk) }

    /// The ASCII upper-case letters (A–Z).
    @inline(__always)
    static func uppers(_ chunk: UInt64) -> UInt64 { lowBits(chunk, in: 0x41, 0x5A) & ascii(chunk) }

    /// The ASCII lower-case letters (a–z).
    @inline(__always)
    static func lowers(_ chunk: UInt64) -> UInt64 { lowBits(chunk, in: 0x61, 0x7A) & ascii(chunk) }

    /// The ASCII digits (0–9).
    @inline(__always)
    static func digits(_ chunk: UInt64) -> UInt64 { lowBits(chunk, in: 0x30, 0x39) & ascii(chunk) }

    /// The lead bytes of characters from U+0080 up that take two bytes or more (0xC0 and above).
    @inline(__always)
    static func leadBytes(_ chunk: UInt64) -> UInt64 { chunk & chunk << 1 & high }

    /// How many bytes an answer holds for (`answer` sets only high bits): each becomes a 1 in its byte, and
    /// one multiplication adds the eight bytes up in the top byte. A few instructions, where
    /// `nonzeroBitCount` takes a dozen when the build targets a processor without a population-count
    /// instruction.
    @inline(__always)
    static func count(_ answer: UInt64) -> Int { Int(truncatingIfNeeded: ((answer >> 7) &* ones) >> 56) }
}
