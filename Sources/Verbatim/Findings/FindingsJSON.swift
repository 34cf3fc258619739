/// Writes findings as the JSON that `verbatim lint --format json` prints and `verify` extends:
///
/// ```json
/// {"findings": [{"rule": "…", "severity": "error", "message": "…", "path": "…", "start": 10, "end": 27,
///                "line": 3, "column": 5, "suggestion": null, "related": [{"path": "…", "start": 0, "end": 4}]}]}
/// ```
///
/// `start` and `end` are UTF-8 byte offsets in the document text; `column` counts Unicode scalars.
/// The top level is an object so that `verify` can add `"speakers"` beside `"findings"`.
public enum FindingsJSON {
    /// The whole document: `{"findings": [...]}`.
    public static func render(_ findings: [Finding], pretty: Bool = true) -> String {
        document(findings).rendered(pretty: pretty) + "\n"
    }

    /// The top-level object, for callers that add members of their own (`verify` adds `"speakers"`).
    public static func document(_ findings: [Finding]) -> JSONValue {
        .object([.init("findings", array(findings))])
    }

    /// The `findings` array.
    public static func array(_ findings: [Finding]) -> JSONValue {
        .array(findings.map(value))
    }

    /// One finding as a JSON object, keys in the documented order.
    public static func value(_ finding: Finding) -> JSONValue {
        .object([
            .init("rule", .string(finding.rule)),
            .init("severity", .string(finding.severity.rawValue)),
            .init("message", .string(finding.message)),
            .init("path", .string(finding.path)),
            .init("start", .int(finding.range.lowerBound)),
            .init("end", .int(finding.range.upperBound)),
            .init("line", .int(finding.line)),
            .init("column", .int(finding.column)),
            .init("suggestion", .optional(finding.suggestion)),
            .init("related", .array(finding.related.map { location in
                .object([
                    .init("path", .string(location.path)),
                    .init("start", .int(location.range.lowerBound)),
                    .init("end", .int(location.range.upperBound)),
                ])
            })),
        ])
    }
}
