/// Reads article metadata from an HTML tree: the `<title>`, `<meta>` tags and the canonical `<link>`.
///
/// | Field  | Sources, first found wins |
/// |--------|---------------------------|
/// | outlet | `og:site_name`, `application-name` |
/// | title  | `og:title`, `<title>` |
/// | byline | `author`, `article:author` |
/// | date   | `article:published_time`, `date` |
/// | url    | `og:url`, `<link rel="canonical">` |
///
/// Meta tags are matched by their `property`, `name` or `itemprop` attribute, ignoring case.
enum HTMLMetadataReader {
    /// The metadata found anywhere under `root` (usually the `<html>` element).
    static func metadata(under root: HTMLNode) -> DocumentMetadata {
        var meta: [String: String] = [:]
        var title: String?
        var canonical: String?
        let opaque: Set<String> = ["script", "style", "svg", "template", "math"]

        let visit: (HTMLNode) -> Bool = { node in
            guard node.isElement else { return false }
            let name = node.name
            switch name {
            case "meta":
                let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                if let key, let content = node.attribute("content").flatMap(cleaned) {
                    let normalized = key.lowercased()
                    if meta[normalized] == nil { meta[normalized] = content }
                }
                return false
            case "link":
                if canonical == nil, let rel = node.attribute("rel"),
                   rel.lowercased().split(separator: " ").contains("canonical") {
                    canonical = node.attribute("href").flatMap(cleaned)
                }
                return false
            case "title":
                if title == nil { title = cleaned(node.collapsedText) }
                return false
            default:
                return !opaque.contains(name)
            }
        }
        if visit(root) { root.forEachDescendant(visit) }

        return DocumentMetadata(
            outlet: meta["og:site_name"] ?? meta["application-name"],
            url: meta["og:url"] ?? canonical,
            date: meta["article:published_time"] ?? meta["date"],
            title: meta["og:title"] ?? title,
            byline: meta["author"] ?? meta["article:author"])
    }

    /// The value with whitespace runs collapsed and trimmed, or `nil` when nothing is left.
    private static func cleaned(_ value: String) -> String? {
        var builder = ParagraphTextBuilder()
        var utf8 = Array(value.utf8)
        utf8.withUnsafeBufferPointer { builder.appendText($0) }
        builder.endParagraph()
        utf8 = builder.output
        return utf8.isEmpty ? nil : String(decoding: utf8, as: UTF8.self)
    }
}
