/// The 64-bit FNV-1a hash, fed one value at a time: the one hash behind Verbatim's word tables, name
/// caches and quotation shingles, so that hashes made in different places of the same bytes agree.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    mutating func add(_ byte: UInt8) { add64(UInt64(byte)) }

    /// Feeds a wider value as one step (as the quotation shingles feed word numbers).
    @inline(__always)
    mutating func add64(_ step: UInt64) { value = (value ^ step) &* 0x100_0000_01b3 }

    /// The hash of `bytes`.
    @inline(__always)
    static func hash<C: Sequence<UInt8>>(_ bytes: C) -> UInt64 {
        var hasher = FNV1a()
        for byte in bytes { hasher.add(byte) }
        return hasher.value
    }
}
