import Yams

/// YAML front matter at the very start of a plain-text or Markdown file:
///
/// ```
/// ---
/// outlet: The Guardian
/// date: 2024-05-14
/// ---
/// Article text…
/// ```
///
/// The opening fence must be the first line (after an optional UTF-8 BOM); the closing fence is the next
/// line that is `---` or `...`. Without a closing fence the file has no front matter (the `---` is text).
enum FrontMatter {
    /// Where the front matter sits in the file.
    struct Location: Equatable {
        /// The YAML between the fences (byte offsets into the file).
        var yaml: Range<Int>
        /// The 1-based file line of the first YAML line: the opening fence is always line 1.
        var firstYAMLLine: Int
        /// The offset just after the closing fence's line ending: where the body starts.
        var end: Int
    }

    /// Finds front matter starting at `start` (the offset after any BOM), or `nil` when there is none.
    static func locate(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Location? {
        guard let afterOpening = fenceEnd(in: bytes, at: start, marks: [UInt8(ascii: "-")]) else { return nil }
        var lineStart = afterOpening
        while lineStart < bytes.count {
            if let afterClosing = fenceEnd(in: bytes, at: lineStart, marks: [UInt8(ascii: "-"), UInt8(ascii: ".")]) {
                return Location(yaml: afterOpening..<lineStart, firstYAMLLine: 2, end: afterClosing)
            }
            guard let newline = nextNewline(in: bytes, from: lineStart) else { return nil }
            lineStart = newline + 1
        }
        return nil
    }

    /// If the line at `offset` is a fence (three of one mark, then optional spaces), the offset after
    /// its line ending (or the end of the text); otherwise `nil`.
    private static func fenceEnd(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, marks: [UInt8]) -> Int? {
        guard offset + 3 <= bytes.count else { return nil }
        let mark = bytes[offset]
        guard marks.contains(mark), bytes[offset + 1] == mark, bytes[offset + 2] == mark else { return nil }
        var index = offset + 3
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") {
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        if index == bytes.count { return index }
        return bytes[index] == UInt8(ascii: "\n") ? index + 1 : nil
    }

    private static func nextNewline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") { return index }
            index += 1
        }
        return nil
    }

    /// Parses the YAML at `location` into metadata.
    ///
    /// Recognised keys (case-insensitive): `outlet` (also `source`, `publication`), `url`, `date`,
    /// `title`, `byline` (also `author`, `authors`). Values are taken as written (dates are not parsed);
    /// a list of values is joined with ", ". Other keys are ignored.
    /// - Throws: ``DocumentError/malformedFrontMatter(path:line:reason:)`` with the 1-based file line
    ///   when the YAML does not parse or is not a mapping.
    static func metadata(in bytes: UnsafeBufferPointer<UInt8>, at location: Location,
                         path: String) throws(DocumentError) -> DocumentMetadata {
        let yaml = ByteText.string(bytes, location.yaml)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            let (line, reason) = describe(error)
            throw .malformedFrontMatter(path: path, line: location.firstYAMLLine + max(line, 1) - 1, reason: reason)
        }
        guard let root else { return DocumentMetadata() }
        guard let mapping = root.mapping else {
            let line = location.firstYAMLLine + max(root.mark?.line ?? 1, 1) - 1
            throw .malformedFrontMatter(path: path, line: line, reason: "expected `key: value` lines")
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string.lowercased(), fields[name] == nil,
                  let text = flatten(value) else { continue }
            fields[name] = text
        }
        return DocumentMetadata(
            outlet: fields["outlet"] ?? fields["source"] ?? fields["publication"],
            url: fields["url"],
            date: fields["date"],
            title: fields["title"],
            byline: fields["byline"] ?? fields["author"] ?? fields["authors"])
    }

    /// A scalar's text as written, or a list's scalars joined with ", "; `nil` for empty values.
    private static func flatten(_ node: Node) -> String? {
        if let scalar = node.scalar {
            let text = scalar.string.trimmingSpaces
            return text.isEmpty || text == "~" || text == "null" ? nil : text
        }
        if let sequence = node.sequence {
            let items = sequence.compactMap { flatten($0) }
            return items.isEmpty ? nil : items.joined(separator: ", ")
        }
        return nil
    }

    /// The 1-based YAML line of a Yams error and a one-line reason.
    private static func describe(_ error: any Error) -> (line: Int, reason: String) {
        guard let yamlError = error as? YamlError else { return (1, "\(error)") }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let prefix = context.map { "\($0.text): " } ?? ""
            return (mark.line, prefix + problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "duplicate keys: " + duplicates.joined(separator: ", "))
        case let .reader(problem, _, _, _):
            return (1, problem)
        default:
            return (1, "\(yamlError)".split(separator: "\n").first.map(String.init) ?? "invalid YAML")
        }
    }
}

private extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpace }),
              let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
