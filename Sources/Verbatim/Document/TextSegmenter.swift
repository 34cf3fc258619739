/// Splits text into paragraphs and sentences, as byte ranges into a UTF-8 buffer.
///
/// Pure and stateless apart from its abbreviation list; every range it returns excludes surrounding
/// whitespace. Sentence splitting lives in `TextSegmenter+Sentences.swift`.
public struct TextSegmenter: Sendable {
    /// Lowercased abbreviations without their final period ("mr", "gen", "u.s"), after which a period
    /// does not end a sentence.
    public let abbreviations: Set<String>

    /// Creates a segmenter.
    /// - Parameter abbreviations: Abbreviations without the final period; dotted ones keep their inner
    ///   periods ("u.s", "p.m"). They are lowercased here, so case does not matter.
    /// The ASCII ones among ``abbreviations``, by the ``FNV1a`` hash of their bytes: looked up from the
    /// text's bytes without building a string.
    let asciiAbbreviations: [UInt64: [[UInt8]]]

    public init(abbreviations: Set<String>) {
        self.abbreviations = Set(abbreviations.map { $0.lowercased() })
        var ascii: [UInt64: [[UInt8]]] = [:]
        for abbreviation in self.abbreviations where abbreviation.utf8.allSatisfy({ $0 < 0x80 }) {
            ascii[FNV1a.hash(abbreviation.utf8), default: []].append(Array(abbreviation.utf8))
        }
        asciiAbbreviations = ascii
    }

    /// The paragraphs in `range` of `bytes`.
    ///
    /// - Plain text: each non-blank line is a paragraph, unless the text is hard-wrapped (it has
    ///   blank-line-separated blocks, most lines continue on the next line, and most of those lines stop
    ///   mid-sentence); then each block of lines between blank lines is one paragraph.
    /// - HTML (extracted text, one paragraph per line): each non-blank line.
    /// - Markdown: blocks between blank lines; a line starting with `#`, `- `, `* `, `+ `, `> ` or a
    ///   number and `. ` is a paragraph of its own (a list item keeps its indented continuation lines).
    ///   Thematic breaks and setext underlines (`---`, `***`, `===`) separate blocks and are not text.
    public func paragraphs(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                           format: DocumentFormat) -> [Range<Int>] {
        let lines = Self.lines(in: bytes, range: range)
        switch format {
        case .html:
            return lines.filter { !$0.isBlank }.map(\.text)
        case .plainText:
            return Self.isHardWrapped(lines, in: bytes) ? Self.blocks(of: lines) : lines.filter { !$0.isBlank }.map(\.text)
        case .markdown:
            return Self.markdownParagraphs(lines, in: bytes)
        }
    }

    /// One line of text.
    struct Line {
        /// The line without surrounding whitespace (empty for a blank line).
        var text: Range<Int>
        /// Whether the untrimmed line starts with a space or tab.
        var isIndented: Bool
        var isBlank: Bool { text.isEmpty }
    }

    /// The lines of `range`, split at `\n`.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [Line] {
        var lines: [Line] = []
        var start = range.lowerBound
        while start <= range.upperBound {
            let index = ByteScan.first(UInt8(ascii: "\n"), in: bytes, start..<range.upperBound) ?? range.upperBound
            if index > start || index < range.upperBound {
                let first = start < index ? bytes[start] : 0
                lines.append(Line(text: ByteText.trimmed(bytes, start..<index),
                                  isIndented: first == UInt8(ascii: " ") || first == UInt8(ascii: "\t")))
            }
            start = index + 1
        }
        return lines
    }

    /// Runs of non-blank lines, each as one range.
    static func blocks(of lines: [Line]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var current: Range<Int>?
        for line in lines {
            if line.isBlank {
                if let block = current { result.append(block) }
                current = nil
            } else {
                current = current.map { $0.lowerBound..<line.text.upperBound } ?? line.text
            }
        }
        if let block = current { result.append(block) }
        return result
    }

    /// Whether plain text is hard-wrapped: it has at least two blank-line-separated blocks, more than
    /// half of its non-blank lines are followed by another non-blank line, and fewer than half of those
    /// continuing lines end like a sentence (one paragraph per line almost always ends in punctuation).
    static func isHardWrapped(_ lines: [Line], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var nonBlank = 0, continuing = 0, continuingWithEnding = 0, blocks = 0
        for (index, line) in lines.enumerated() where !line.isBlank {
            nonBlank += 1
            if index == 0 || lines[index - 1].isBlank { blocks += 1 }
            guard index + 1 < lines.count, !lines[index + 1].isBlank else { continue }
            continuing += 1
            if endsLikeSentence(line.text, in: bytes) { continuingWithEnding += 1 }
        }
        return blocks >= 2 && continuing * 2 > nonBlank && continuingWithEnding * 2 < continuing
    }

    private static func endsLikeSentence(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let (last, _) = UTF8Scalars.scalar(before: range.upperBound, in: bytes) else { return false }
        switch last {
        case ".", "!", "?", "…", ":", "\"", "”", "’", "'", "»", ")", "]": return true
        default: return false
        }
    }

    /// Markdown paragraphs: blank-line blocks, with headings, list items and quote lines on their own.
    static func markdownParagraphs(_ lines: [Line], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var current: Range<Int>?
        var currentIsListItem = false
        func flush() {
            if let block = current { result.append(block) }
            current = nil
            currentIsListItem = false
        }
        for line in lines {
            if line.isBlank || isThematicBreak(line.text, in: bytes) {
                flush()
                continue
            }
            switch marker(at: line.text, in: bytes) {
            case .heading, .quote:
                flush()
                result.append(line.text)
            case .listItem:
                flush()
                current = line.text
                currentIsListItem = true
            case nil:
                if currentIsListItem && !line.isIndented { flush() }
                current = current.map { $0.lowerBound..<line.text.upperBound } ?? line.text
            }
        }
        flush()
        return result
    }

    enum Marker { case heading, listItem, quote }

    /// The Markdown block marker a (trimmed) line starts with, if any.
    static func marker(at range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Marker? {
        let first = bytes[range.lowerBound]
        let second: UInt8 = range.count > 1 ? bytes[range.lowerBound + 1] : 0
        let secondIsSpace = second == UInt8(ascii: " ") || second == UInt8(ascii: "\t")
        switch first {
        case UInt8(ascii: "#"): return .heading
        case UInt8(ascii: ">"): return secondIsSpace ? .quote : nil
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return secondIsSpace ? .listItem : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var index = range.lowerBound
            while index < range.upperBound, index - range.lowerBound < 9,
                  bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            guard index + 1 < range.upperBound,
                  bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
                  bytes[index + 1] == UInt8(ascii: " ") || bytes[index + 1] == UInt8(ascii: "\t") else { return nil }
            return .listItem
        default:
            return nil
        }
    }

    /// Whether a (trimmed) line is three or more of one of `-`, `*`, `_`, `=` (spaces allowed between).
    static func isThematicBreak(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let mark = bytes[range.lowerBound]
        guard mark == UInt8(ascii: "-") || mark == UInt8(ascii: "*") || mark == UInt8(ascii: "_")
            || mark == UInt8(ascii: "=") else { return false }
        var marks = 0
        for index in range {
            let byte = bytes[index]
            if byte == mark { marks += 1 } else if byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") { return false }
        }
        return marks >= 3
    }
}
