import Foundation

/// Reads one JSON object (a line of a JSON Lines file) straight from its UTF-8 bytes: the top-level members
/// whose values are strings or numbers; nested objects and arrays are checked and passed over.
///
/// Strict JSON (RFC 8259): a control byte inside a string, a lone surrogate escape, a trailing comma or
/// anything after the object is an error naming the byte offset where reading stopped.
struct JSONObjectParser {
    /// A top-level member's value, as far as a document record needs one.
    enum Value: Equatable {
        /// A string, unescaped, as UTF-8 bytes.
        case string([UInt8])
        /// A number, as written.
        case number(String)
        /// `true`, `false`, `null`, an object or an array.
        case other
    }

    /// Why a line is not a JSON object, and the byte offset where reading stopped.
    struct Failure: Error, Equatable {
        let offset: Int
        let reason: String
    }

    /// Nested objects and arrays deeper than this are refused (the line is data, not a stack to exhaust).
    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The members of the object that `line` holds, in order (a repeated key keeps its last value).
    static func members(of line: UnsafeBufferPointer<UInt8>) throws(Failure) -> [String: Value] {
        var parser = JSONObjectParser(line)
        parser.skipSpace()
        guard parser.peek == UInt8(ascii: "{") else { throw parser.failure("expected a JSON object ('{')") }
        parser.position += 1
        var members: [String: Value] = [:]
        parser.skipSpace()
        if parser.peek == UInt8(ascii: "}") {
            parser.position += 1
        } else {
            while true {
                parser.skipSpace()
                guard parser.peek == UInt8(ascii: "\"") else { throw parser.failure("expected a member name in quotes") }
                let key = String(decoding: try parser.string(), as: UTF8.self)
                parser.skipSpace()
                guard parser.peek == UInt8(ascii: ":") else { throw parser.failure("expected ':' after a member name") }
                parser.position += 1
                parser.skipSpace()
                members[key] = try parser.value(depth: 1)
                parser.skipSpace()
                if parser.peek == UInt8(ascii: ",") { parser.position += 1; continue }
                guard parser.peek == UInt8(ascii: "}") else { throw parser.failure("expected ',' or '}'") }
                parser.position += 1
                break
            }
        }
        parser.skipSpace()
        guard parser.position == line.count else { throw parser.failure("unexpected bytes after the object") }
        return members
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func failure(_ reason: String) -> Failure {
        Failure(offset: position, reason: position < bytes.count ? reason : reason + " (the line ends)")
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private mutating func value(depth: Int) throws(Failure) -> Value {
        guard let byte = peek else { throw failure("expected a value") }
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try number())
        case UInt8(ascii: "t"): try literal("true"); return .other
        case UInt8(ascii: "f"): try literal("false"); return .other
        case UInt8(ascii: "n"): try literal("null"); return .other
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) deep") }
            try container(closing: byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"), depth: depth)
            return .other
        default:
            throw failure("expected a value")
        }
    }

    /// Passes over an object or array (the opening bracket is at ``position``).
    private mutating func container(closing: UInt8, depth: Int) throws(Failure) {
        let isObject = closing == UInt8(ascii: "}")
        position += 1
        skipSpace()
        if peek == closing { position += 1; return }
        while true {
            skipSpace()
            if isObject {
                guard peek == UInt8(ascii: "\"") else { throw failure("expected a member name in quotes") }
                _ = try string()
                skipSpace()
                guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
                position += 1
                skipSpace()
            }
            _ = try value(depth: depth + 1)
            skipSpace()
            if peek == UInt8(ascii: ",") { position += 1; continue }
            guard peek == closing else { throw failure("expected ',' or '\(Character(Unicode.Scalar(closing)))'") }
            position += 1
            return
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(bytes.baseAddress! + position, word.utf8Start, count) == 0 else { throw failure("expected a value") }
        position += count
    }

    private mutating func number() throws(Failure) -> String {
        let start = position
        func digits(_ parser: inout JSONObjectParser) -> Int {
            let first = parser.position
            while let byte = parser.peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { parser.position += 1 }
            return parser.position - first
        }
        if peek == UInt8(ascii: "-") { position += 1 }
        let leadingZero = peek == UInt8(ascii: "0")
        let integerDigits = digits(&self)
        let malformed = Failure(offset: start, reason: "malformed number")
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { throw malformed }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard digits(&self) > 0 else { throw malformed }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard digits(&self) > 0 else { throw malformed }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// Reads a string (the opening quote is at ``position``) and returns its unescaped UTF-8 bytes.
    private mutating func string() throws(Failure) -> [UInt8] {
        position += 1
        var result: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                return result
            }
            if byte < 0x20 { throw failure("control byte inside a string (escape it)") }
            if byte != UInt8(ascii: "\\") { position += 1; continue }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            try escape(into: &result)
            runStart = position
        }
        throw failure("unterminated string")
    }

    /// Decodes the escape at ``position`` (a backslash) onto `result`.
    private mutating func escape(into result: inout [UInt8]) throws(Failure) {
        guard position + 1 < bytes.count else { throw failure("unterminated string") }
        let letter = bytes[position + 1]
        let simple: UInt8?
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = letter
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"): simple = nil
        default: throw failure("unknown escape '\\\(Character(Unicode.Scalar(letter)))'")
        }
        if let simple {
            result.append(simple)
            position += 2
            return
        }
        let escapeStart = position
        var scalar = try hexQuad(at: position + 2)
        position += 6
        if (0xD800..<0xDC00).contains(scalar) {
            let lone = Failure(offset: escapeStart, reason: "a high surrogate escape without its low half")
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw lone }
            let low = try hexQuad(at: position + 2)
            guard (0xDC00..<0xE000).contains(low) else { throw lone }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            position += 6
        } else if (0xDC00..<0xE000).contains(scalar) {
            throw Failure(offset: escapeStart, reason: "a low surrogate escape without its high half")
        }
        result.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
    }

    private func hexQuad(at start: Int) throws(Failure) -> UInt32 {
        guard start + 4 <= bytes.count else { throw Failure(offset: start, reason: "'\\u' needs four hex digits") }
        var value: UInt32 = 0
        for offset in start..<start + 4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(offset: offset, reason: "'\\u' needs four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
