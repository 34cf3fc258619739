import CLibXML2

/// Extracts the visible article text and the metadata from an HTML page with libxml2's forgiving
/// HTML parser (malformed markup is repaired, never fatal).
///
/// The text has one paragraph per line, separated by `\n`: block elements (`p`, `div`, headings, list
/// items, `br`, table rows…) end paragraphs, whitespace runs inside a paragraph become one space, and
/// empty paragraphs are dropped. Page furniture is skipped (`script`, `style`, `nav`, a `header` outside
/// the article, `footer`, `aside`, forms, embedded frames and SVG, elements marked `hidden` or
/// `aria-hidden="true"`). When the page has an `<article>` (or else a `<main>`) holding most of the text,
/// only that element is read.
enum HTMLTextExtractor {
    /// Extracted text and metadata.
    struct Result {
        /// The visible text as UTF-8, one paragraph per line.
        var text: [UInt8]
        /// Metadata from the page's `<head>`.
        var metadata: DocumentMetadata
    }

    /// Elements whose content is never visible article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "svg",
        "iframe", "head", "select", "textarea", "object", "embed", "canvas", "math", "dialog",
    ]

    /// Elements that start and end a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "br", "tr", "section",
        "article", "figcaption", "pre", "dd", "dt", "table", "ul", "ol", "dl", "main", "figure", "hr",
        "address", "caption", "details", "summary", "header", "nav", "footer", "aside", "form", "body",
        "iframe", "center", "fieldset", "legend", "hgroup",
    ]

    /// Elements that only separate words (table cells).
    static let cellElements: Set<String> = ["td", "th"]

    /// A `<header>` inside one of these is the article's own header (headline, standfirst) and is kept.
    static let headerKeepingAncestors: Set<String> = ["article", "main"]

    /// Parses `bytes` as HTML in `encoding` (`nil` means UTF-8) and extracts its text and metadata.
    static func extract(_ bytes: UnsafeBufferPointer<UInt8>, encoding: String? = nil) -> Result {
        var result = Result(text: [], metadata: DocumentMetadata())
        guard let base = bytes.baseAddress, !bytes.isEmpty, bytes.count <= Int(Int32.max) else { return result }
        _ = initializeLibXML2
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let document = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { buffer in
            htmlReadMemory(buffer, Int32(bytes.count), nil, encoding ?? "UTF-8", options)
        }
        guard let document else { return result }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else { return result }
        let root = HTMLNode(rootPointer)

        result.metadata = HTMLMetadataReader.metadata(under: root)
        result.text = contentText(under: root)
        return result
    }

    /// libxml2 must be initialised once before it is used from several threads.
    private static let initializeLibXML2: Void = { xmlInitParser() }()

    /// The text of the article: the `<article>` with the most words when it holds at least half of the
    /// body's words (or is long and holds most of the text of all articles), else `<main>` under a similar
    /// test, else `<body>` (or the whole page when there is no body).
    static func contentText(under root: HTMLNode) -> [UInt8] {
        var body: HTMLNode?
        var main: HTMLNode?
        var articles: [HTMLNode] = []
        if root.name == "body" { body = root }
        root.forEachDescendant { node in
            guard node.isElement else { return false }
            let name = node.name
            if skippedElements.contains(name) { return false }
            switch name {
            case "body": if body == nil { body = node }
            case "main": if main == nil { main = node }
            case "article": articles.append(node); return false  // nested articles belong to this one
            default: break
            }
            return true
        }
        let pageText = text(of: body ?? root)
        guard main != nil || !articles.isEmpty else { return pageText }
        let pageWords = wordCount(pageText)

        if !articles.isEmpty {
            let texts = articles.map { text(of: $0) }
            let counts = texts.map(wordCount)
            let total = counts.reduce(0, +)
            if let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 {
                let words = counts[best]
                if words * 2 >= pageWords || (words >= 150 && words * 2 >= total) { return texts[best] }
            }
        }
        if let main {
            let mainText = text(of: main)
            let words = wordCount(mainText)
            if words > 0 && (words * 2 >= pageWords || words >= 150) { return mainText }
        }
        return pageText
    }

    /// The visible text under `node` (which itself is read even if it is a block element).
    static func text(of node: HTMLNode) -> [UInt8] {
        var builder = ParagraphTextBuilder()
        node.forEachDescendant({ child in
            if child.isText {
                builder.appendText(child.textBytes)
                return false
            }
            guard child.isElement else { return false }  // comments, processing instructions
            let name = child.name
            if blockElements.contains(name) { builder.endParagraph() }
            if cellElements.contains(name) { builder.appendSpace() }
            return !isSkipped(child, name: name)
        }, leave: { child in
            guard child.isElement else { return }
            let name = child.name
            if blockElements.contains(name) { builder.endParagraph() }
            if cellElements.contains(name) { builder.appendSpace() }
        })
        builder.endParagraph()
        return builder.output
    }

    private static func isSkipped(_ node: HTMLNode, name: String) -> Bool {
        if name == "header" { return !node.hasAncestor(in: headerKeepingAncestors) }
        if skippedElements.contains(name) { return true }
        if node.attribute("hidden") != nil { return true }
        if let hidden = node.attribute("aria-hidden"), hidden.lowercased() == "true" { return true }
        return false
    }

    /// The number of space-separated tokens in extracted text (where every whitespace run is already a
    /// single space or line break): a cheap word count for comparing candidates.
    private static func wordCount(_ text: [UInt8]) -> Int {
        guard !text.isEmpty else { return 0 }
        var count = 1
        for byte in text where byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") { count += 1 }
        return count
    }
}
