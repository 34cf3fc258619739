/// The JSON of a finding and of a place, defined once: ``FindingsJSON``, `verify --format json`, the
/// findings of `report --format json` and the `Codable` conformances all use these.
///
/// ```json
/// {"rule": "…", "severity": "error", "message": "…", "path": "…", "start": 10, "end": 27,
///  "line": 3, "column": 5, "suggestion": null, "related": [{"path": "…", "start": 0, "end": 4}]}
/// ```
///
/// `start` and `end` are UTF-8 byte offsets in the document text; `column` counts Unicode scalars. A
/// related place is written as its path and byte range; read back, its line and column are those given, or 1.
extension Finding: Codable {
    enum CodingKeys: String, CodingKey { case rule, severity, message, path, start, end, line, column, suggestion, related }

    /// The finding as a JSON object, keys in the documented order.
    public var jsonValue: JSONValue {
        .object([
            .init(CodingKeys.rule.rawValue, .string(rule)),
            .init(CodingKeys.severity.rawValue, .string(severity.rawValue)),
            .init(CodingKeys.message.rawValue, .string(message)),
            .init(CodingKeys.path.rawValue, .string(path)),
            .init(CodingKeys.start.rawValue, .int(range.lowerBound)),
            .init(CodingKeys.end.rawValue, .int(range.upperBound)),
            .init(CodingKeys.line.rawValue, .int(line)),
            .init(CodingKeys.column.rawValue, .int(column)),
            .init(CodingKeys.suggestion.rawValue, .optional(suggestion)),
            .init(CodingKeys.related.rawValue, .array(related.map(\.jsonValue))),
        ])
    }

    /// Decodes the shape of ``jsonValue``; `suggestion` and `related` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        rule = try container.decode(String.self, forKey: .rule)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = try container.decode(String.self, forKey: .message)
        let location = try Location(from: decoder)   // path, start, end, line, column
        path = location.path
        range = location.range
        line = location.line
        column = location.column
        suggestion = try container.decodeIfPresent(String.self, forKey: .suggestion)
        related = try container.decodeIfPresent([Location].self, forKey: .related) ?? []
    }

    /// Encodes ``jsonValue``.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}

extension Location: Codable {
    enum CodingKeys: String, CodingKey { case path, start, end, line, column }

    /// The place as `{"path", "start", "end"}`, the form of a finding's `related` entries.
    public var jsonValue: JSONValue {
        .object([
            .init(CodingKeys.path.rawValue, .string(path)),
            .init(CodingKeys.start.rawValue, .int(range.lowerBound)),
            .init(CodingKeys.end.rawValue, .int(range.upperBound)),
        ])
    }

    /// Decodes `{"path", "start", "end"}`; `line` and `column` are optional (1 when absent).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        let start = try container.decode(Int.self, forKey: .start)
        let end = try container.decode(Int.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "end before start")
        }
        range = start..<end
        line = try container.decodeIfPresent(Int.self, forKey: .line) ?? 1
        column = try container.decodeIfPresent(Int.self, forKey: .column) ?? 1
    }

    /// Encodes ``jsonValue``.
    public func encode(to encoder: any Encoder) throws {
        try jsonValue.encode(to: encoder)
    }
}
