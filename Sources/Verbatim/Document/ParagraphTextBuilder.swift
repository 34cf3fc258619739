/// Builds extracted text: one paragraph per line, whitespace runs collapsed to one space, no empty
/// paragraphs. Works on UTF-8 bytes.
struct ParagraphTextBuilder {
    /// The finished paragraphs, separated by `\n`.
    private(set) var output: [UInt8] = []
    private var paragraph: [UInt8] = []
    private var pendingSpace = false

    /// Appends text, collapsing any whitespace (ASCII or Unicode, such as no-break spaces) to one space.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
                    pendingSpace = true
                } else if byte >= 0x20 && byte != 0x7F {
                    appendVisible(bytes, index..<(index + 1))
                }
                index += 1
                continue
            }
            guard let (scalar, length) = UTF8Scalars.scalar(at: index, in: bytes) else { break }
            if scalar.isSpace {
                pendingSpace = true
            } else {
                appendVisible(bytes, index..<(index + length))
            }
            index += length
        }
    }

    /// Marks a word boundary (such as between table cells) without ending the paragraph.
    mutating func appendSpace() {
        pendingSpace = true
    }

    /// Ends the current paragraph; does nothing when it is empty.
    mutating func endParagraph() {
        pendingSpace = false
        guard !paragraph.isEmpty else { return }
        if !output.isEmpty { output.append(UInt8(ascii: "\n")) }
        output.append(contentsOf: paragraph)
        paragraph.removeAll(keepingCapacity: true)
    }

    private mutating func appendVisible(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if pendingSpace && !paragraph.isEmpty { paragraph.append(UInt8(ascii: " ")) }
        pendingSpace = false
        paragraph.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    }
}
