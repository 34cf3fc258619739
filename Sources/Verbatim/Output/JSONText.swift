/// Minimal, fast JSON text building for the command-line outputs (no intermediate objects).
public enum JSONText {
    /// `value` as a JSON string literal, quotes included.
    public static func string(_ value: String) -> String {
        var writer = JSONBytes(capacity: value.utf8.count + 8)
        writer.string(value)
        return writer.string()
    }

    /// A JSON string literal or `null`.
    public static func optional(_ value: String?) -> String {
        value.map(string) ?? "null"
    }

    /// A number with at most `digits` decimals.
    public static func number(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
