/// Questions about one ASCII byte, asked in the hot loops that read text byte by byte. Each answer is the
/// one `Unicode.Scalar.Properties` gives for the same character; bytes of 0x80 and above answer `false`.
enum ASCIIByte {
    @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    /// The byte in lower case (letters only; everything else as it is).
    @inline(__always) static func lowered(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    /// Space, tab, line feed, vertical tab, form feed or carriage return (ASCII White_Space).
    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
}
