/// `lint --format rdjson`: the findings as one reviewdog `DiagnosticResult` (the Reviewdog Diagnostic
/// Format's JSON), for `reviewdog -f=rdjson`:
///
/// ```json
/// {"source": {"name": "verbatim", "url": "…"}, "severity": "ERROR",
///  "diagnostics": [{"message": "…", "location": {"path": "…", "range": {"start": {"line": 3, "column": 5},
///                   "end": {"line": 3, "column": 22}}}, "severity": "ERROR",
///                   "code": {"value": "stray-period-in-name"},
///                   "suggestions": [{"range": {…}, "text": "Jens Stoltenberg"}]}]}
/// ```
///
/// As the format asks, columns count UTF-8 bytes from 1 and a range's end is exclusive. Errors are
/// `ERROR`, warnings `WARNING`, suggestions and information `INFO`; the result's own severity is that of
/// its worst finding (absent when there are none). A rule with a documentation page gives it as `code.url`;
/// a finding with a suggestion offers it as the replacement of its range.
public enum FindingsRDJSON: Reporter {
    public static let identifier = "rdjson"
    public static let description = "reviewdog's diagnostic format (DiagnosticResult), for reviewdog -f=rdjson"

    /// The whole result, two-space indented.
    public static func render(_ report: LintReport, style _: OutputStyle = .plain) -> String {
        result(report).rendered(pretty: true) + "\n"
    }

    /// The `DiagnosticResult` object.
    public static func result(_ report: LintReport) -> JSONValue {
        let helpPages = Dictionary(report.rules.compactMap { rule in rule.helpURI.map { (rule.id, $0) } },
                                   uniquingKeysWith: { first, _ in first })
        var members: [JSONValue.Member] = [
            .init("source", .object([
                .init("name", .string("verbatim")),
                .init("url", .string(FindingsSARIF.defaultInformationURI)),
            ])),
        ]
        if let worst = report.findings.map(\.severity).max() {
            members.append(.init("severity", .string(severity(worst))))
        }
        members.append(.init("diagnostics", .array(report.findings.map { finding in
            diagnostic(finding, source: report.sources[finding.path], helpURI: helpPages[finding.rule])
        })))
        return .object(members)
    }

    /// One `Diagnostic`.
    static func diagnostic(_ finding: Finding, source: FindingSource?, helpURI: String?) -> JSONValue {
        let range = self.range(of: finding, source: source)
        var code: [JSONValue.Member] = [.init("value", .string(finding.rule))]
        if let helpURI { code.append(.init("url", .string(helpURI))) }
        var members: [JSONValue.Member] = [
            .init("message", .string(finding.message)),
            .init("location", .object([.init("path", .string(finding.path)), .init("range", range)])),
            .init("severity", .string(severity(finding.severity))),
            .init("code", .object(code)),
        ]
        if let suggestion = finding.suggestion {
            members.append(.init("suggestions", .array([.object([.init("range", range), .init("text", .string(suggestion))])])))
        }
        return .object(members)
    }

    /// The finding's `Range`: 1-based lines, UTF-8 byte columns, exclusive end.
    static func range(of finding: Finding, source: FindingSource?) -> JSONValue {
        let start = source?.byteLocation(of: finding.range.lowerBound) ?? (line: finding.line, column: finding.column)
        let end = source?.byteEnd(of: finding.range) ?? (line: start.line, column: start.column + finding.range.count)
        func position(_ place: (line: Int, column: Int)) -> JSONValue {
            .object([.init("line", .int(place.line)), .init("column", .int(place.column))])
        }
        return .object([.init("start", position(start)), .init("end", position(end))])
    }

    /// The rdjson `Severity` name of a severity.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "ERROR"
        case .warning: return "WARNING"
        case .suggestion, .info: return "INFO"
        }
    }
}
