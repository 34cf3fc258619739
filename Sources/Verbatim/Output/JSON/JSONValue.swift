/// A JSON value whose objects keep their keys in the order they were written, so that output is stable and
/// reads in a sensible order (`rule` before `message` before `start`).
///
/// This is the JSON writer for every output built from values (findings, SARIF, rdjson, reports);
/// ``JSONBytes`` is the fast writer that extraction's JSON Lines use, and this one escapes strings with it.
/// It is `Encodable`, so a type whose JSON is described as a value encodes through it too.
public indirect enum JSONValue: Sendable, Equatable, Encodable {
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

    /// Writes `text` as a JSON string literal (``JSONBytes/string(_:)``: quotes, backslashes and control
    /// characters escaped, everything else as UTF-8).
    static func writeString(_ text: String, to output: inout String) {
        output += quoted(text)
    }

    /// `text` as a JSON string literal, quotes included.
    public static func quoted(_ text: String) -> String {
        var writer = JSONBytes(capacity: text.utf8.count + 8)
        writer.string(text)
        return writer.string()
    }

    /// Encodes the value as it is (objects through string keys, in order).
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try container.encode(member.value, forKey: Key(member.key)) }
        }
    }

    /// An object key for ``encode(to:)``.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ key: String) { stringValue = key }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
