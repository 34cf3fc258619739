/// The report as GitHub-flavoured Markdown.
public enum ReportMarkdown: Reporter {
    public static let identifier = "md"
    public static let description = "Markdown that renders on GitHub"

    /// The whole report.
    public static func render(_ report: AttributionReport, style _: OutputStyle = .plain) -> String {
        let e = ReportText.markdown
        var out = "# Attribution report\n\n"
        out += "\(report.sources.count) sources, \(report.speakers.count) speakers, "
            + "\(report.statements.reduce(0) { $0 + $1.versions.count }) quotations, \(report.findings.count) findings.\n\n"
        out += "## Sources\n\n| Source | Outlet | Title | Date | Quotations | Speakers |\n| --- | --- | --- | --- | ---: | ---: |\n"
        for source in report.sources {
            out += "| `\(source.path)` | \(e(source.outlet ?? "—")) | \(e(source.title ?? "—")) | \(e(source.date ?? "—")) "
                + "| \(source.quotations) | \(source.speakers) |\n"
        }
        out += "\n## Speakers\n\n| Speaker | Quotations | By outlet | Spellings | Affiliations |\n| --- | ---: | --- | --- | --- |\n"
        for speaker in report.speakers {
            let outlets = speaker.quotationsByOutlet.sorted { $0.key < $1.key }.map { "\(e($0.key)) \($0.value)" }.joined(separator: ", ")
            let spellings = speaker.spellings.map { "“\(e($0.text))” ×\($0.places.count)" }.joined(separator: ", ")
            let affiliations = speaker.affiliations.map { "\(e($0.text)) (\(e($0.outlet ?? $0.path)))" }.joined(separator: "; ")
            out += "| **\(e(speaker.name))** | \(speaker.quotations) | \(outlets) | \(spellings.isEmpty ? "—" : spellings) "
                + "| \(affiliations.isEmpty ? "—" : affiliations) |\n"
        }
        out += "\n## Statements\n\n"
        var currentSpeaker: String?? = .none
        for statement in report.statements {
            if currentSpeaker != .some(statement.speaker) {
                out += "### \(e(statement.speaker ?? "No speaker"))\n\n"
                currentSpeaker = .some(statement.speaker)
            }
            let marks = (statement.diverges ? " — *wording differs*" : "") + (statement.hasUnattributedCopy ? " — *unattributed copy*" : "")
            out += "- \(statement.versions.count) version\(statement.versions.count == 1 ? "" : "s")\(marks)\n"
            for version in statement.versions {
                let who = version.speaker == nil ? " **(no speaker)**" : ""
                var text = e(version.text)
                if let diff = version.diff {
                    text = ReportText.diffParts(diff).map { part -> String in
                        switch part {
                        case .same(let words): return e(words)
                        case .added(let words): return "**\(e(words))**"
                        case .removed(let words): return "~~\(e(words))~~"
                        }
                    }.joined()
                }
                out += "  - \(version.kind.rawValue), \(e(version.source))\(who): “\(text)” — `\(version.place.path):\(version.place.line)`\n"
            }
        }
        out += "\n## Findings\n\n"
        if report.findings.isEmpty { out += "None.\n" }
        for severity in Severity.allCases.reversed() {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            out += "### \(severity.rawValue.capitalized) (\(findings.count))\n\n"
            for finding in findings {
                out += "- `\(finding.path):\(finding.line):\(finding.column)` \(e(finding.message)) `[\(finding.rule)]`"
                    + (finding.suggestion.map { " — suggestion: \(e($0))" } ?? "") + "\n"
            }
            out += "\n"
        }
        return out
    }
}
