/// The report as one self-contained HTML page: inline CSS and SVG, no scripts, no external requests.
/// Every piece of article text goes through ``ReportText/html(_:)``.
public enum ReportHTML: Reporter {
    public static let identifier = "html"
    public static let description = "one self-contained page with inline CSS and SVG charts, no scripts"

    /// The whole report.
    public static func render(_ report: AttributionReport, style _: OutputStyle = .plain) -> String {
        let e = ReportText.html
        var body = "<header><h1>Attribution report</h1><p class=\"summary\">\(report.sources.count) sources · "
            + "\(report.speakers.count) speakers · \(report.statements.reduce(0) { $0 + $1.versions.count }) quotations · "
            + "\(report.findings.count) findings</p><nav><a href=\"#sources\">Sources</a> <a href=\"#speakers\">Speakers</a> "
            + "<a href=\"#statements\">Statements</a> <a href=\"#findings\">Findings</a></nav></header><main>"
        body += "<section id=\"sources\"><h2>Sources</h2><div class=\"scroll\"><table><thead><tr><th>Source</th><th>Outlet</th>"
            + "<th>Title</th><th>Date</th><th class=\"n\">Quotations</th><th class=\"n\">Speakers</th></tr></thead><tbody>"
        for source in report.sources {
            body += "<tr><td><code>\(e(source.path))</code></td><td>\(e(source.outlet ?? "—"))</td><td>\(e(source.title ?? "—"))</td>"
                + "<td>\(e(source.date ?? "—"))</td><td class=\"n\">\(source.quotations)</td><td class=\"n\">\(source.speakers)</td></tr>"
        }
        body += "</tbody></table></div></section>"
        body += "<section id=\"speakers\"><h2>Speakers</h2><figure><figcaption>Quotations per speaker, by outlet</figcaption>"
            + ReportCharts.quotationsPerSpeaker(report) + "</figure><figure><figcaption>Speakers × sources</figcaption>"
            + ReportCharts.speakerSourceMatrix(report) + "</figure>"
        for speaker in report.speakers {
            body += "<details><summary><strong>\(e(speaker.name))</strong> — \(speaker.quotations) quotation"
                + "\(speaker.quotations == 1 ? "" : "s")</summary><dl>"
            if !speaker.spellings.isEmpty {
                body += "<dt>Written as</dt><dd>" + speaker.spellings.map { spelling in
                    "“\(e(spelling.text))” <span class=\"where\">" + spelling.places.prefix(6).map { "\(e($0.path)):\($0.line)" }
                        .joined(separator: ", ") + (spelling.places.count > 6 ? ", …" : "") + "</span>"
                }.joined(separator: "<br>") + "</dd>"
            }
            if !speaker.affiliations.isEmpty {
                body += "<dt>Affiliations</dt><dd>" + speaker.affiliations.map { "\(e($0.text)) <span class=\"where\">"
                    + "(\(e($0.outlet ?? $0.path)))</span>" }.joined(separator: "<br>") + "</dd>"
            }
            body += "</dl></details>"
        }
        body += "</section><section id=\"statements\"><h2>Statements</h2>"
        var current: String?? = .none
        for statement in report.statements {
            if current != .some(statement.speaker) {
                body += "<h3>\(e(statement.speaker ?? "No speaker"))</h3>"
                current = .some(statement.speaker)
            }
            let badges = (statement.diverges ? "<span class=\"badge warn\">wording differs</span>" : "")
                + (statement.hasUnattributedCopy ? "<span class=\"badge\">unattributed copy</span>" : "")
            body += "<article class=\"statement\">\(badges)"
            for version in statement.versions {
                body += "<blockquote class=\"\(version.speaker == nil ? "unattributed" : "")\"><p>“\(text(of: version))”</p><footer>"
                    + "\(e(version.kind.rawValue)) · \(e(version.source))"
                    + (version.speakerAsWritten.map { " · as “\(e($0))”" } ?? " · <strong>no speaker</strong>")
                    + " · <code>\(e(version.place.path)):\(version.place.line)</code></footer></blockquote>"
            }
            body += "</article>"
        }
        body += "</section><section id=\"findings\"><h2>Findings</h2>"
        if report.findings.isEmpty { body += "<p>None.</p>" }
        for severity in Severity.allCases.reversed() {
            let findings = report.findings.filter { $0.severity == severity }
            guard !findings.isEmpty else { continue }
            body += "<h3 class=\"\(severity.rawValue)\">\(e(severity.rawValue.capitalized)) (\(findings.count))</h3><ul class=\"findings\">"
            for finding in findings {
                body += "<li><code>\(e(finding.path)):\(finding.line):\(finding.column)</code> \(e(finding.message)) "
                    + "<span class=\"rule\">[\(e(finding.rule))]</span>"
                    + (finding.suggestion.map { " — suggestion: <em>\(e($0))</em>" } ?? "") + "</li>"
            }
            body += "</ul>"
        }
        body += "</section></main>"
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            + "<title>Attribution report</title><style>\(style)</style></head><body>\(body)</body></html>\n"
    }

    /// A version's text, with the word differences from the first version marked.
    private static func text(of version: AttributionReport.Version) -> String {
        guard let diff = version.diff else { return ReportText.html(version.text) }
        return ReportText.diffParts(diff).map { part in
            switch part {
            case .same(let words): return ReportText.html(words)
            case .added(let words): return "<ins>\(ReportText.html(words))</ins>"
            case .removed(let words): return "<del>\(ReportText.html(words))</del>"
            }
        }.joined()
    }

    static let style = """
    :root{color-scheme:light dark;--fg:#1b1b1b;--bg:#fff;--muted:#666;--line:#ddd;--accent:#1f4e79}
    @media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--bg:#151515;--muted:#aaa;--line:#333;--accent:#8ab4e8}}
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0}
    header,main{max-width:60rem;margin:0 auto;padding:0 1rem}header{border-bottom:1px solid var(--line)}
    nav a{margin-right:1rem;color:var(--accent)}h1{margin:1rem 0 .25rem}.summary{color:var(--muted);margin:0 0 .5rem}
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
    .n{text-align:right}.scroll{overflow-x:auto}code{font-size:.85em;word-break:break-all}
    figure{margin:1rem 0}figcaption{color:var(--muted);font-size:.9em}
    svg.chart{width:100%;height:auto;max-width:46rem;font-size:12px;fill:var(--fg)}svg .cell{fill:#fff;font-size:11px}
    details{border-bottom:1px solid var(--line);padding:.4rem 0}dt{color:var(--muted);font-size:.85em}dd{margin:0 0 .4rem 1rem}
    .where{color:var(--muted);font-size:.85em}
    .statement{border-left:3px solid var(--line);margin:.75rem 0;padding-left:.75rem}
    blockquote{margin:.4rem 0}blockquote p{margin:0}blockquote footer{color:var(--muted);font-size:.85em}
    blockquote.unattributed{border-left:3px solid #d62728;padding-left:.5rem}
    ins{background:#d4f7d4;color:#0b4d0b;text-decoration:none}del{background:#fbd5d5;color:#6b0d0d}
    .badge{display:inline-block;font-size:.75em;border:1px solid var(--line);border-radius:.6em;padding:0 .5em;margin-right:.4em}
    .badge.warn{border-color:#ff7f0e}.findings li{margin:.3rem 0}.rule{color:var(--muted)}
    h3.error{color:#d62728}h3.warning{color:#c46200}
    """
}
