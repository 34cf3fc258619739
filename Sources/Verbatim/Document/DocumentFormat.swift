/// The kind of text a document holds, which decides how it is read and split into paragraphs.
public enum DocumentFormat: String, Sendable {
    /// Plain text: one paragraph per line, or blank-line blocks when the text is hard-wrapped.
    case plainText
    /// Markdown: paragraphs are blocks separated by blank lines.
    case markdown
    /// HTML: the visible text is extracted and the markup dropped.
    case html

    /// The format implied by a path's extension: `.html`/`.htm` → HTML, `.md`/`.markdown` → Markdown,
    /// anything else (or no extension) → plain text. The comparison ignores case.
    public init(path: String) {
        switch Self.lowercasedExtension(of: path) {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        default: self = .plainText
        }
    }

    /// The lowercased extension of the last path component (without the dot), or `""` when there is none.
    /// A leading dot (a hidden file such as `.md`) does not start an extension.
    static func lowercasedExtension(of path: String) -> String {
        let bytes = Array(path.utf8)
        var index = bytes.count - 1
        while index > 0 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") { return "" }
            if byte == UInt8(ascii: ".") {
                if bytes[index - 1] == UInt8(ascii: "/") { return "" }
                return String(decoding: bytes[(index + 1)...], as: UTF8.self).lowercased()
            }
            index -= 1
        }
        return ""
    }
}
