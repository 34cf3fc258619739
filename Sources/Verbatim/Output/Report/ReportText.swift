/// Escaping and diff parsing shared by the report writers.
enum ReportText {
    /// `text` safe inside HTML element content and attribute values.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `text` safe inside a Markdown table cell or paragraph: markup characters escaped, line breaks flattened.
    static func markdown(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r": out += " "
            case "|", "*", "_", "`", "[", "]", "<", ">", "#", "\\": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static func csv(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A piece of a word diff.
    enum DiffPart: Equatable {
        case same(String), added(String), removed(String)
    }

    /// Splits the verifier's diff notation ("kept {+added+} [-removed-]") into parts.
    static func diffParts(_ diff: String) -> [DiffPart] {
        var parts: [DiffPart] = []
        var rest = Substring(diff)
        while !rest.isEmpty {
            let added = rest.range(of: "{+"), removed = rest.range(of: "[-")
            guard let next = [added, removed].compactMap({ $0 }).min(by: { $0.lowerBound < $1.lowerBound }) else {
                parts.append(.same(String(rest)))
                break
            }
            if next.lowerBound > rest.startIndex { parts.append(.same(String(rest[..<next.lowerBound]))) }
            let isAdded = next == added
            let closer = isAdded ? "+}" : "-]"
            guard let end = rest[next.upperBound...].range(of: closer) else {
                parts.append(.same(String(rest[next.lowerBound...])))
                break
            }
            let inner = String(rest[next.upperBound..<end.lowerBound])
            parts.append(isAdded ? .added(inner) : .removed(inner))
            rest = rest[end.upperBound...]
        }
        return parts
    }
}
