/// Builds a PCRE2 alternation of literal phrases as a prefix tree ("said|says|saying" →
/// "sa(?:id|ys|ying)"), so that matching a list of hundreds of words costs one pass over the first
/// letters instead of one attempt per word. A space inside a phrase matches any run of whitespace.
struct AlternationTrie {
    private final class Node {
        var children: [(Character, Node)] = []
        var terminal = false

        func child(_ character: Character) -> Node {
            if let found = children.first(where: { $0.0 == character }) { return found.1 }
            let node = Node()
            children.append((character, node))
            return node
        }
    }

    private let root = Node()

    init(_ phrases: [String]) {
        for phrase in Set(phrases) where !phrase.isEmpty {
            var node = root
            for character in phrase { node = node.child(character) }
            node.terminal = true
        }
    }

    /// The alternation as a non-capturing PCRE2 group; longer phrases are preferred over their prefixes.
    var pattern: String {
        var out = "(?:"
        Self.emit(root, into: &out)
        return out + ")"
    }

    /// Appends the alternation below `node` to `out`: its branches in order of their first character,
    /// grouped unless there is one and it is not optional.
    private static func emit(_ node: Node, into out: inout String) {
        guard !node.children.isEmpty else { return }
        let grouped = node.children.count > 1 || node.terminal
        if grouped { out += "(?:" }
        for (position, (character, child)) in node.children.sorted(by: { $0.0 < $1.0 }).enumerated() {
            if position > 0 { out += "|" }
            if character == " " {
                out += "\\s+"
            } else {
                if let byte = character.asciiValue, PatternTemplate.isMetacharacter(byte) { out += "\\" }
                out.append(character)
            }
            emit(child, into: &out)
        }
        if grouped { out += node.terminal ? ")?" : ")" }
    }
}
