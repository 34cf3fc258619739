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
    var pattern: String { "(?:" + Self.emit(root) + ")" }

    private static func emit(_ node: Node) -> String {
        let branches = node.children.sorted { $0.0 < $1.0 }.map { character, child -> String in
            let atom = character == " " ? "\\s+" : PatternTemplate.escape(String(character))
            return atom + emit(child)
        }
        switch (branches.count, node.terminal) {
        case (0, _): return ""
        case (1, false): return branches[0]
        case (_, false): return "(?:" + branches.joined(separator: "|") + ")"
        case (_, true): return "(?:" + branches.joined(separator: "|") + ")?"
        }
    }
}
