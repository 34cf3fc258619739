/// `lint --format json`: the findings as `{"findings": [...]}`, each in the shape of ``Finding/jsonValue``,
/// two-space indented.
///
/// The top level is an object so that `verify` can add `"speakers"` beside `"findings"`.
public enum FindingsJSON: Reporter {
    public static let identifier = "json"
    public static let description = "{\"findings\": [...]} with byte offsets, lines and columns, for scripts"

    /// The report's findings as ``render(_:pretty:)`` writes them.
    public static func render(_ report: LintReport, style _: OutputStyle = .plain) -> String {
        render(report.findings)
    }

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
        .array(findings.map(\.jsonValue))
    }
}
