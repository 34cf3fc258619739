/// What the text of a pattern says about where its matches can start, read conservatively: whatever the
/// reader does not follow (lookbehinds, `\Q…\E`, comments, extended or multi-line mode, verbs, POSIX
/// classes) makes it answer `false`.
enum PatternOpening {
    /// Whether every match of `source` starts with the zero-width `token` (`\b`, `^`): the pattern opens
    /// with it, unquantified, and has no alternative at the top level.
    static func everyMatch(of source: String, opensWith token: String) -> Bool {
        let text = Array(source.utf8)
        guard text.starts(with: token.utf8), text.count > token.utf8.count,
              !"?*+{".utf8.contains(text[token.utf8.count]) else { return false }
        for refused in ["(?<=", "(?<!", "\\Q", "(?#", "(*", "\\K"] where source.contains(refused) { return false }
        guard !hasPOSIXClass(text) else { return false }
        var depth = 0, index = 0, inClass = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if inClass {
                if byte == UInt8(ascii: "]") { inClass = false }
            } else if byte == UInt8(ascii: "[") {
                inClass = true
                // A `]` right after `[` or `[^` is a member, not the end of the class.
                if index + 1 < text.count, text[index + 1] == UInt8(ascii: "^") { index += 1 }
                if index + 1 < text.count, text[index + 1] == UInt8(ascii: "]") { index += 1 }
            } else if byte == UInt8(ascii: "(") {
                depth += 1
                if changesMode(text, at: index) { return false }
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
            } else if byte == UInt8(ascii: "|"), depth == 0 {
                return false
            }
            index += 1
        }
        return depth == 0 && !inClass
    }

    /// Whether `text` holds a POSIX class such as `[:alpha:]`, whose brackets the reader does not follow.
    private static func hasPOSIXClass(_ text: [UInt8]) -> Bool {
        var index = 0
        while index + 1 < text.count {
            if text[index] == UInt8(ascii: "["), text[index + 1] == UInt8(ascii: ":") {
                var end = index + 2
                while end < text.count, text[end] >= UInt8(ascii: "a"), text[end] <= UInt8(ascii: "z") { end += 1 }
                if end > index + 2, end + 1 < text.count, text[end] == UInt8(ascii: ":"), text[end + 1] == UInt8(ascii: "]") {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// Whether the group opening at `index` sets extended or multi-line mode (`(?x)`, `(?m:`, `(?i-m)`…).
    private static func changesMode(_ text: [UInt8], at index: Int) -> Bool {
        guard index + 1 < text.count, text[index + 1] == UInt8(ascii: "?") else { return false }
        var position = index + 2
        while position < text.count, text[position] != UInt8(ascii: ":"), text[position] != UInt8(ascii: ")") {
            let byte = text[position]
            guard (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "^")
            else { return false }
            if byte == UInt8(ascii: "x") || byte == UInt8(ascii: "m") { return true }
            position += 1
        }
        return false
    }
}
