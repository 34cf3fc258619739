/// Writes findings for people: one header line per finding in the form compilers use,
/// `path:line:column: severity: message [rule-id]`, then the offending line (an excerpt around the finding
/// when the line is long) and a caret under the column, with `~` under the rest of the range.
public struct FindingsText: Sendable, Reporter {
    public static let identifier = "text"
    public static let description = "path:line:column: severity: message [rule], the line and a caret, for people"

    /// Colour the output with ANSI escapes (the command asks for it on a terminal only).
    public var colour: Bool
    /// How many characters of context to show on each side of a finding in a long line.
    public var context: Int

    /// A writer; colour off by default, 60 characters of context on each side in long lines.
    public init(colour: Bool = false, context: Int = 60) {
        self.colour = colour
        self.context = context
    }

    /// The report's findings, then a summary line; colour when `style` asks for it.
    public static func render(_ report: LintReport, style: OutputStyle = .plain) -> String {
        FindingsText(colour: style.colour).render(report.findings, sources: report.sources)
            + summary(report.findings, files: report.documentCount) + "\n"
    }

    /// All findings, each followed by its excerpt when its source is known.
    public func render(_ findings: [Finding], sources: FindingSources) -> String {
        findings.map { render($0, source: sources[$0.path]) }.joined()
    }

    /// One finding: the header line, then (when `source` is given) the excerpt and caret, then the
    /// suggestion if there is one.
    public func render(_ finding: Finding, source: FindingSource?) -> String {
        var output = paint("\(finding.path):\(finding.line):\(finding.column):", .bold) + " "
            + paint("\(finding.severity.rawValue):", style(of: finding.severity)) + " "
            + finding.message + " " + paint("[\(finding.rule)]", .dim) + "\n"
        if let source {
            let (line, marker) = excerpt(finding, source)
            output += "    " + line + "\n" + "    " + paint(marker, .green) + "\n"
        }
        if let suggestion = finding.suggestion {
            output += "    " + paint("suggestion:", .cyan) + " " + suggestion + "\n"
        }
        return output
    }

    /// A one-line count such as `3 errors, 1 warning, 2 suggestions in 2 files`.
    public static func summary(_ findings: [Finding], files: Int) -> String {
        func count(_ number: Int, _ word: String) -> String { "\(number) \(word)\(number == 1 ? "" : "s")" }
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let number = findings.filter { $0.severity == severity }.count
            return number == 0 ? nil : count(number, severity.rawValue)
        }
        let total = parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
        return "\(total) in \(count(files, "file"))"
    }

    /// The line holding the finding (or a window of it) and the marker line under it.
    func excerpt(_ finding: Finding, _ source: FindingSource) -> (String, String) {
        let lineRange = source.lineIndex.lineRange(containing: finding.range.lowerBound)
        let scalars = Array(String(decoding: source.bytes[lineRange], as: UTF8.self).unicodeScalars)
        let start = min(max(finding.column - 1, 0), scalars.count)
        let endOffset = min(finding.range.upperBound, lineRange.upperBound)
        let width = max(1, String(decoding: source.bytes[min(finding.range.lowerBound, endOffset)..<endOffset],
                                  as: UTF8.self).unicodeScalars.count)
        var from = 0, to = scalars.count
        if scalars.count > 2 * context + width {
            from = max(0, start - context)
            to = min(scalars.count, start + width + context)
        }
        var line = String(String.UnicodeScalarView(scalars[from..<to]))
        var pad = String(String.UnicodeScalarView(scalars[from..<start].map { $0 == "\t" ? "\t" : " " }))
        if from > 0 { line = "…" + line; pad = " " + pad }
        if to < scalars.count { line += "…" }
        let marks = "^" + String(repeating: "~", count: max(0, min(width, to - start) - 1))
        return (line, pad + marks)
    }

    enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "36", blue = "34", green = "32"
    }

    private func style(of severity: Severity) -> Style {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .suggestion: return .cyan
        case .info: return .blue
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
