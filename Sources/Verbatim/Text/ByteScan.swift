#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding bytes fast: the C library's `memchr` for one byte, and eight bytes at a time for a small set.
enum ByteScan {
    /// The offset of the first `byte` in `range`, or `nil`.
    @inline(__always)
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = bytes.baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// The offset of the first byte in `range` that is one of `set`, or `range.upperBound`.
    static func first(ofAny set: ByteSet, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return range.upperBound }
        var offset = range.lowerBound
        while offset + 8 <= range.upperBound {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
            let hits = set.hits(chunk)
            if hits != 0 { return offset + hits.trailingZeroBitCount >> 3 }
            offset += 8
        }
        while offset < range.upperBound {
            if set.contains(base[offset]) { return offset }
            offset += 1
        }
        return range.upperBound
    }

    /// Up to eight byte values, for ``first(ofAny:in:_:)`` (four or fewer are tested at half the cost).
    /// A set made with a `fold` holds every byte whose value with the `fold` bits set is one of its values.
    struct ByteSet: Sendable {
        private let values: [UInt8]
        private let fold: UInt8
        private let broadcast: (UInt64, UInt64, UInt64, UInt64)
        /// The fifth to eighth values, when there are more than four.
        private let more: (UInt64, UInt64, UInt64, UInt64)?

        /// The most values a set holds.
        static let capacity = 8

        init(_ values: [UInt8], folding fold: UInt8 = 0) {
            precondition(!values.isEmpty && values.count <= Self.capacity, "a ByteSet holds one to eight bytes")
            self.values = values.map { $0 | fold }
            self.fold = fold
            let padded = self.values + Array(repeating: self.values[0], count: Self.capacity - values.count)
            let ones: UInt64 = 0x0101_0101_0101_0101
            broadcast = (UInt64(padded[0]) &* ones, UInt64(padded[1]) &* ones, UInt64(padded[2]) &* ones, UInt64(padded[3]) &* ones)
            more = values.count <= 4 ? nil
                : (UInt64(padded[4]) &* ones, UInt64(padded[5]) &* ones, UInt64(padded[6]) &* ones, UInt64(padded[7]) &* ones)
        }

        /// A set that holds `values` and perhaps a few other bytes, tested as fast as can be: the values
        /// folded with 0x20 (so `"` also stands for 0x02, 0xE2 for 0xC2) when that leaves four or fewer
        /// where there were more; `nil` when they are more than eight.
        static func covering(_ values: [UInt8]) -> ByteSet? {
            let folded = Array(Set(values.map { $0 | 0x20 })).sorted()
            if values.count > 4, folded.count <= 4 { return ByteSet(folded, folding: 0x20) }
            return (1...capacity).contains(values.count) ? ByteSet(values) : nil
        }

        @inline(__always)
        func contains(_ byte: UInt8) -> Bool { values.contains(byte | fold) }

        /// A word whose byte `i` has its high bit set when byte `i` of `chunk` is in the set; the lowest set
        /// byte is exact (bits above the first hit may be spurious, from borrows).
        @inline(__always)
        func hits(_ chunk: UInt64) -> UInt64 {
            @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 {
                (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            }
            let chunk = chunk | UInt64(fold) &* 0x0101_0101_0101_0101
            var found = zeroBytes(chunk ^ broadcast.0) | zeroBytes(chunk ^ broadcast.1)
                | zeroBytes(chunk ^ broadcast.2) | zeroBytes(chunk ^ broadcast.3)
            if let more {
                found |= zeroBytes(chunk ^ more.0) | zeroBytes(chunk ^ more.1) | zeroBytes(chunk ^ more.2) | zeroBytes(chunk ^ more.3)
            }
            return found
        }
    }
}
