/// A JSON value whose objects keep their keys in the order they were written, so that output is stable and
/// reads in a sensible order (`rule` before `message` before `start`).
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Key–value pairs, written in this order.
    case object([Member])

    /// One key of an object and its value.
    public struct Member: Sendable, Equatable {
        /// The key.
        public var key: String
        /// The value.
        public var value: JSONValue
        /// A member `key: value`.
        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// A string, or `null` when `text` is `nil`.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The JSON text: two-space indentation when `pretty`, otherwise one line.
    public func rendered(pretty: Bool = true) -> String {
        var output = ""
        write(to: &output, pretty: pretty, indent: 0)
        return output
    }

    private func write(to output: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let values):
            JSONValue.writeList(values, open: "[", close: "]", to: &output, pretty: pretty, indent: indent) { value, output in
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
        case .object(let members):
            JSONValue.writeList(members, open: "{", close: "}", to: &output, pretty: pretty, indent: indent) { member, output in
                JSONValue.writeString(member.key, to: &output)
                output += pretty ? ": " : ":"
                member.value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
        }
    }

    /// Writes `items` between `open` and `close`, separated by commas, one per line when `pretty`.
    private static func writeList<Item>(_ items: [Item], open: String, close: String, to output: inout String,
                                        pretty: Bool, indent: Int, _ writeItem: (Item, inout String) -> Void) {
        guard !items.isEmpty else { output += open + close; return }
        output += open
        for (index, item) in items.enumerated() {
            if index > 0 { output += "," }
            if pretty { output += "\n" + String(repeating: "  ", count: indent + 1) }
            writeItem(item, &output)
        }
        if pretty { output += "\n" + String(repeating: "  ", count: indent) }
        output += close
    }

    /// Writes `text` as a JSON string literal (``JSONText/string(_:)``: quotes, backslashes and control
    /// characters escaped, everything else as UTF-8).
    static func writeString(_ text: String, to output: inout String) {
        output += JSONText.string(text)
    }
}
