/// Appends JSON text to a byte buffer without building intermediate strings: the writer behind
/// ``QuotationWriters/jsonLine(_:)``, which copies quoted words straight from the document's bytes.
///
/// The buffer is its own: writes go straight to memory after one capacity check each, which is what
/// makes many short appends (keys, punctuation, digits) cheap.
struct JSONBytes: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

    /// Appends the bytes written so far to `bytes`.
    func append(to bytes: inout [UInt8]) { bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count)) }

    /// The text written so far.
    func string() -> String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: start, count: count)
        start.deallocate()
        start = moved
        capacity = larger
    }

    /// Appends one byte; room must have been reserved.
    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    /// Appends `text`; room must have been reserved.
    @inline(__always)
    private mutating func put(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        (start + count).update(from: base, count: text.count)
        count += text.count
    }

    /// Appends ASCII punctuation or a key written in the source, such as `{"text":`.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        reserve(text.utf8CodeUnitCount)
        (start + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }

    /// Appends bytes that are already JSON (a number written by ``decimal(_:digits:)``).
    mutating func rawBytes(_ text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count)
        put(text)
    }

    /// Appends `,"start":N,"end":M` for a byte range.
    mutating func span(_ range: Range<Int>) {
        raw(",\"start\":")
        integer(range.lowerBound)
        raw(",\"end\":")
        integer(range.upperBound)
    }

    /// `value` with at most `digits` decimals, as JSON text ("1", "0.9", "0.68").
    static func decimal(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Appends `value` rounded to two decimals, written as ``decimal(_:digits:)`` writes it
    /// ("1", "0.9", "0.68"), without going through `String`.
    mutating func hundredths(_ value: Double) {
        let cents = (value * 100).rounded()
        guard cents.magnitude < 1e15 else {
            var text = Self.decimal(value)
            text.withUTF8 { rawBytes($0) }
            return
        }
        var whole = Int(cents)
        reserve(1)
        if whole < 0 { put(UInt8(ascii: "-")); whole = -whole }
        integer(whole / 100)
        let fraction = whole % 100
        guard fraction != 0 else { return }
        reserve(3)
        put(UInt8(ascii: "."))
        put(0x30 + UInt8(fraction / 10))
        if fraction % 10 != 0 { put(0x30 + UInt8(fraction % 10)) }
    }

    /// Appends a decimal integer.
    mutating func integer(_ value: Int) {
        reserve(21)
        if value < 0 { put(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 { rest /= 10; digits += 1 }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            start[position] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// Appends `value` as a JSON string literal, quotes included.
    mutating func string(_ value: String) {
        // Native strings (all the pipeline makes) lend their UTF-8 without a copy.
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ string(bytes: $0) }) { return done }
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
        // No byte grows to more than six ("\u001f"), and the quotes add two.
        reserve(text.count * 6 + 2)
        put(UInt8(ascii: "\""))
        guard let base = text.baseAddress else {
            put(UInt8(ascii: "\""))
            return
        }
        // Most strings need no escape: when eight bytes at a time (the last eight overlapping) say so, the
        // string is copied whole.
        if text.count >= 8, !Self.mayNeedEscape(base, count: text.count) {
            put(text)
            put(UInt8(ascii: "\""))
            return
        }
        var runStart = 0
        var index = 0
        while index < text.count {
            // Eight bytes at a time past those that need nothing.
            while index + 8 <= text.count,
                  !Self.mayNeedEscape(UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))) {
                index += 8
            }
            guard index < text.count else { break }
            let byte = base[index]
            // Most bytes need nothing: one comparison range lets them pass (0x20...0x7F except `"` and `\`,
            // and every lead or continuation byte but 0xE2, which may open U+2028 or U+2029).
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 else { index += 1; continue }
            let needsEscape = byte != 0xE2
                || (index + 2 < text.count && base[index + 1] == 0x80 && (base[index + 2] == 0xA8 || base[index + 2] == 0xA9))
            guard needsEscape else { index += 1; continue }
            put(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
            switch byte {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0xE2:
                escape(base[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                index += 2
            default:
                let hex: StaticString = "0123456789abcdef"
                escape("\\u00")
                put(hex.utf8Start[Int(byte >> 4)])
                put(hex.utf8Start[Int(byte & 0xF)])
            }
            index += 1
            runStart = index
        }
        put(UnsafeBufferPointer(start: base + runStart, count: text.count - runStart))
        put(UInt8(ascii: "\""))
    }

    /// Whether one of the `count` (at least eight) bytes at `base` may need an escape, read eight at a time.
    @inline(__always)
    private static func mayNeedEscape(_ base: UnsafePointer<UInt8>, count: Int) -> Bool {
        func chunk(at offset: Int) -> UInt64 {
            UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        }
        var offset = 0
        while offset + 8 <= count {
            if mayNeedEscape(chunk(at: offset)) { return true }
            offset += 8
        }
        return offset < count && mayNeedEscape(chunk(at: count - 8))
    }

    /// Whether one of the eight bytes of `chunk` is a control character, `"`, `\` or 0xE2 (which may open
    /// U+2028 or U+2029).
    @inline(__always)
    private static func mayNeedEscape(_ chunk: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        /// A high bit in each byte of `word` that is zero (exact up to the first, which is all that matters).
        @inline(__always) func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }
        // Bytes below 0x20 borrow when 0x20 is taken from each (a byte of 0x80 or more cannot be one).
        let control = (chunk &- 0x2020_2020_2020_2020) & ~chunk & highs
        return control | zeroBytes(chunk ^ (0x22 &* ones)) | zeroBytes(chunk ^ (0x5C &* ones))
            | zeroBytes(chunk ^ (0xE2 &* ones)) != 0
    }

    /// Appends an escape sequence in place of one input byte; room was reserved by ``string(bytes:)``.
    @inline(__always)
    private mutating func escape(_ text: StaticString) {
        (start + count).update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        count += text.utf8CodeUnitCount
    }
}
