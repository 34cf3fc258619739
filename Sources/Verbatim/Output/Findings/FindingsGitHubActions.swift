/// `lint --format github`: one GitHub Actions workflow command per finding, which a workflow step turns into
/// an annotation on the pull request's changed file:
///
/// ```
/// ::error file=drafts/a.md,line=3,col=5,endLine=3,endColumn=22,title=stray-period-in-name::A stray period … Suggestion: Jens Stoltenberg
/// ```
///
/// Errors become `::error`, warnings `::warning`, suggestions and information `::notice`. Columns count
/// Unicode scalars. The message is escaped as workflow command data (`%`, CR and LF as `%25`, `%0D`,
/// `%0A`), property values also `:` and `,` (`%3A`, `%2C`), so a finding can never end its line early or
/// start a command of its own.
public enum FindingsGitHubActions: Reporter {
    public static let identifier = "github"
    public static let description = "GitHub Actions workflow commands (::error file=…,line=…::), one line per finding"

    /// One line per finding, in the report's order; nothing when there are none.
    public static func render(_ report: LintReport, style _: OutputStyle = .plain) -> String {
        report.findings.map { command($0, source: report.sources[$0.path]) + "\n" }.joined()
    }

    /// The workflow command for one finding, without its line feed.
    public static func command(_ finding: Finding, source: FindingSource?) -> String {
        let end = source?.end(of: finding.range) ?? (line: finding.line, column: finding.column + finding.range.count)
        let properties = [
            ("file", finding.path), ("line", String(finding.line)), ("col", String(finding.column)),
            ("endLine", String(end.line)), ("endColumn", String(end.column)), ("title", finding.rule),
        ]
        let message = finding.messageWithSuggestion
        return "::\(command(for: finding.severity)) "
            + properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
            + "::" + escapeData(message)
    }

    /// The command for a severity: `error`, `warning` or `notice`.
    static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .suggestion, .info: return "notice"
        }
    }

    /// `text` as workflow command data: `%`, CR and LF percent-encoded.
    public static func escapeData(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// `text` as a workflow command property value: as ``escapeData(_:)``, and `:` and `,` too.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, extra: true)
    }

    private static func escape(_ text: String, extra: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra: out += "%3A"
            case "," where extra: out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
