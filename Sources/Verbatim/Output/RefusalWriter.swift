/// Writes a refused document as the JSON Lines record that takes the place of its result.
public enum RefusalWriter {
    /// `{"path":…,"id":…,"error":{"code":…,"message":…,"byte":…,"line":…}}` and a line feed, appended to
    /// `bytes`. `"id"` is there only when the input had one; `"byte"` and `"line"` are null when unknown.
    public static func appendJSONLine(_ refusal: DocumentRefusal, to bytes: inout [UInt8]) {
        var out = JSONBytes(capacity: 128 + refusal.message.utf8.count)
        out.raw("{\"path\":")
        out.string(refusal.path)
        if let id = refusal.id { out.documentID(id) }
        out.raw(",\"error\":{\"code\":")
        out.string(refusal.code.rawValue)
        out.raw(",\"message\":")
        out.string(refusal.message)
        out.raw(",\"byte\":")
        if let byte = refusal.byte { out.integer(byte) } else { out.raw("null") }
        out.raw(",\"line\":")
        if let line = refusal.line { out.integer(line) } else { out.raw("null") }
        out.raw("}}")
        out.append(to: &bytes)
        bytes.append(0x0A)
    }
}

extension JSONBytes {
    /// Appends `,"id":` and the id as it was written: a string, or a number as its digits.
    mutating func documentID(_ id: DocumentID) {
        raw(",\"id\":")
        switch id {
        case let .string(text):
            string(text)
        case let .number(digits):
            var digits = digits
            digits.withUTF8 { rawBytes($0) }
        }
    }
}
