/// A quotation by document and position among that document's quotations.
public struct QuoteID: Hashable, Sendable, Comparable {
    /// The index of the document among those verified.
    public var document: Int
    /// The index of the quotation among the document's quotations.
    public var quotation: Int

    /// The quotation `quotation` of document `document`.
    public init(document: Int, quotation: Int) {
        self.document = document
        self.quotation = quotation
    }

    /// Document order.
    public static func < (lhs: QuoteID, rhs: QuoteID) -> Bool {
        (lhs.document, lhs.quotation) < (rhs.document, rhs.quotation)
    }
}

/// The words of one quotation, folded and numbered for alignment.
struct QuoteWords: Sendable {
    var id: QuoteID
    var kind: Quotation.Kind
    /// The quoted words (a UTF-8 byte range of the document).
    var content: Range<Int>
    /// Word numbers from the shared ``WordTable``; ``QuoteWordReader/written(_:_:)`` gives them as written.
    var words: [Int32]
}

/// Numbers folded words so that quotations compare as integer arrays, and keeps each number's word.
struct WordTable: Sendable {
    private var numbers: [String: Int32] = [:]
    /// Word number → folded word.
    private(set) var words: [String] = []

    mutating func number(_ word: String) -> Int32 {
        if let known = numbers[word] { return known }
        words.append(word)
        numbers[word] = Int32(words.count - 1)
        return Int32(words.count - 1)
    }

    subscript(number: Int32) -> String { words[Int(number)] }
}

/// Cuts quotation text into words: runs of letters and digits, with apostrophes and hyphens inside a
/// word kept in it ("China’s", "like-minded"); each folded (case, accents, punctuation) for comparison.
struct QuoteWordReader {
    let folder: NameFolder
    let maxWords: Int

    func read(_ result: ExtractionResult, _ id: QuoteID, table: inout WordTable) -> QuoteWords {
        let quotation = result.quotations[id.quotation]
        var words: [Int32] = []
        result.document.bytes.withUnsafeBufferPointer { bytes in
            forEachWord(bytes, quotation.content) { range in
                let folded = folder.fold(ByteText.string(bytes, range))
                guard !folded.isEmpty else { return }
                words.append(table.number(folded))
            }
        }
        return QuoteWords(id: id, kind: quotation.kind, content: quotation.content, words: words)
    }

    /// The folded words of `content` in `bytes`, numbered in `table`, and the same words as written
    /// (for quotations that are not in an ``ExtractionResult``, such as archived ones).
    func words(_ bytes: [UInt8], _ content: Range<Int>, table: inout WordTable) -> (numbers: [Int32], written: [String]) {
        var numbers: [Int32] = [], written: [String] = []
        bytes.withUnsafeBufferPointer { bytes in
            forEachWord(bytes, content) { range in
                let word = ByteText.string(bytes, range)
                let folded = folder.fold(word)
                guard !folded.isEmpty else { return }
                numbers.append(table.number(folded))
                written.append(word)
            }
        }
        return (numbers, written)
    }

    /// The words of a quotation as written, the same words ``read(_:_:table:)`` numbers.
    func written(_ result: ExtractionResult, _ content: Range<Int>) -> [String] {
        var words: [String] = []
        result.document.bytes.withUnsafeBufferPointer { bytes in
            forEachWord(bytes, content) { words.append(ByteText.string(bytes, $0)) }
        }
        return words
    }

    /// A letter or digit, with a fast path for ASCII.
    @inline(__always)
    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        return scalar.isWordCharacter
    }

    private func forEachWord(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, _ body: (Range<Int>) -> Void) {
        var offset = content.lowerBound, count = 0
        let end = content.upperBound
        while offset < end, count < maxWords, let (scalar, length) = UTF8Scalars.scalar(at: offset, in: bytes) {
            guard Self.isWord(scalar) else { offset += length; continue }
            let start = offset
            offset += length
            while offset < end, let (next, size) = UTF8Scalars.scalar(at: offset, in: bytes) {
                if Self.isWord(next) || (!next.isASCII && next.properties.generalCategory == .nonspacingMark) {
                    offset += size
                } else if next == "'" || next == "’" || next == "-",
                          let (after, _) = UTF8Scalars.scalar(at: offset + size, in: bytes), Self.isWord(after),
                          offset + size < end {
                    offset += size
                } else {
                    break
                }
            }
            body(start..<offset)
            count += 1
        }
    }
}
