/// Writes a ``VerificationReport`` as the JSON `verbatim verify --format json` prints:
///
/// ```json
/// {"speakers": [{"name": "Shen Dingli",
///                "mentions": [{"path": "…/003.txt", "text": "Ding Li", "start": 1030, "end": 1037}]}],
///  "findings": [{"rule": "garbled-name", "severity": "error", "message": "…", "path": "…", "start": 1030,
///                "end": 1037, "line": 12, "column": 310, "suggestion": "Shen Dingli",
///                "related": [{"path": "…", "start": 980, "end": 984}]}]}
/// ```
///
/// `start` and `end` are UTF-8 byte offsets in the document text. `findings` is the array of
/// ``FindingsJSON``.
public enum VerificationJSON: Reporter {
    public static let identifier = "json"
    public static let description = "{\"speakers\": [...], \"findings\": [...]}, for scripts"

    /// The run's report, two-space indented.
    public static func render(_ run: VerificationRun, style _: OutputStyle = .plain) -> String {
        render(run.report)
    }

    /// The JSON text: two-space indentation when `pretty`, otherwise one line; ends with a newline.
    public static func render(_ report: VerificationReport, pretty: Bool = true) -> String {
        document(report).rendered(pretty: pretty) + "\n"
    }

    /// The top-level object.
    public static func document(_ report: VerificationReport) -> JSONValue {
        .object([
            .init("speakers", .array(report.speakers.map(speaker))),
            .init("findings", FindingsJSON.array(report.findings)),
        ])
    }

    static func speaker(_ person: VerifiedPerson) -> JSONValue {
        .object([
            .init("name", .string(person.name)),
            .init("mentions", .array(person.mentions.map { mention in
                .object([
                    .init("path", .string(mention.path)),
                    .init("text", .string(mention.text)),
                    .init("start", .int(mention.range.lowerBound)),
                    .init("end", .int(mention.range.upperBound)),
                ])
            })),
        ])
    }
}
