/// The quotation marks of `Rules/extraction/quotation-marks.yml`, compiled into a byte lookup table.
public struct QuotationMarks: Sendable {
    /// Whether a mark opens a quotation, closes one, or may do either.
    public enum Role: String, Sendable, Codable { case open, close, either }
    /// Marks of one family close each other's quotations.
    public enum Family: String, Sendable, Codable { case double, single }

    /// One mark as the rules file defines it.
    public struct Mark: Sendable, Codable, Hashable {
        public var mark: String
        public var role: Role
        public var family: Family
        var bytes: [UInt8] { Array(mark.utf8) }
    }

    /// A mark found in text.
    public struct Token: Sendable, Hashable {
        public var range: Range<Int>
        public var role: Role
        public var family: Family
    }

    public let marks: [Mark]
    /// A mark's bytes with its role and family, ready for comparing against text.
    private struct Compiled: Sendable {
        let bytes: [UInt8]
        let role: Role
        let family: Family
    }
    /// Marks indexed by their first byte, longest first.
    private let byFirstByte: [[Compiled]]
    /// Whether any mark starts with a byte: a flat table the scan reads without touching the nested arrays.
    private let startsMark: [Bool]
    /// The bytes marks start with (and perhaps a few others), when there are few enough for ``ByteScan``
    /// to skip to them.
    private let firstBytes: ByteScan.ByteSet?

    public init(marks: [Mark]) {
        self.marks = marks
        var table = [[Compiled]](repeating: [], count: 256)
        for mark in marks.sorted(by: { $0.bytes.count > $1.bytes.count }) {
            if let first = mark.bytes.first {
                table[Int(first)].append(Compiled(bytes: mark.bytes, role: mark.role, family: mark.family))
            }
        }
        byFirstByte = table
        startsMark = table.map { !$0.isEmpty }
        let starts = (0..<256).filter { !table[$0].isEmpty }.map(UInt8.init)
        firstBytes = ByteScan.ByteSet.covering(starts)
    }

    /// Every mark token in `range`, in order.
    public func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Token] {
        var result: [Token] = []
        forEachToken(in: bytes, range: range) { result.append($0); return true }
        return result
    }

    /// The first mark token in `range`, if any.
    func firstToken(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Token? {
        var first: Token?
        forEachToken(in: bytes, range: range) { first = $0; return false }
        return first
    }

    /// Calls `body` with each mark token in `range`, in order, while it returns `true`.
    func forEachToken(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, _ body: (Token) -> Bool) {
        var offset = range.lowerBound
        while offset < range.upperBound {
            if let firstBytes {
                offset = ByteScan.first(ofAny: firstBytes, in: bytes, offset..<range.upperBound)
                guard offset < range.upperBound else { break }
            }
            guard startsMark[Int(bytes[offset])] else { offset += 1; continue }
            let candidates = byFirstByte[Int(bytes[offset])]
            var matched: Compiled?
            for mark in candidates where offset + mark.bytes.count <= range.upperBound {
                var equal = true
                for index in 1..<mark.bytes.count where bytes[offset + index] != mark.bytes[index] {
                    equal = false
                    break
                }
                if equal {
                    matched = mark
                    break
                }
            }
            guard let mark = matched else { offset += 1; continue }
            guard body(Token(range: offset..<offset + mark.bytes.count, role: mark.role, family: mark.family)) else { return }
            offset += mark.bytes.count
        }
    }
}

extension QuotationMarks {
    struct File: Decodable { var marks: [Mark] }

    /// Reads the marks from a rules file.
    public static func load(from path: String) throws -> QuotationMarks {
        QuotationMarks(marks: try RuleFile.decode(File.self, from: path).marks)
    }
}
