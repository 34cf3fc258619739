/// The `{key}` placeholders of a rule's `message` and `suggest` texts.
///
/// A key is a run of letters, digits, `_` and `-` between braces; anything else in braces (`{0,4}`,
/// `{ }`) is left as written.
enum MessageTemplate {
    /// The keys used in `template`, in order of appearance.
    static func keys(in template: String) -> [String] {
        var keys: [String] = []
        forEachPiece(of: template) { piece, isKey in
            if isKey { keys.append(piece) }
        }
        return keys
    }

    /// `template` with each known key replaced by its value; unknown keys stay as written.
    static func render(_ template: String, _ values: [String: String]) -> String {
        var output = ""
        forEachPiece(of: template) { piece, isKey in
            if isKey { output += values[piece] ?? "{\(piece)}" } else { output += piece }
        }
        return output
    }

    private static func forEachPiece(of template: String, _ body: (String, Bool) -> Void) {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let key = after[..<close]
            if !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) {
                body(String(rest[..<open]), false)
                body(String(key), true)
            } else {
                body(String(rest[...close]), false)
            }
            rest = after[after.index(after: close)...]
        }
        body(String(rest), false)
    }
}
