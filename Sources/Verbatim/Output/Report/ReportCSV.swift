/// `report --format csv`: one row per quotation (path, line, speaker as written, canonical speaker,
/// affiliation, outlet, kind, text), CRLF line ends as RFC 4180 has them.
public enum ReportCSV: Reporter {
    public static let identifier = "csv"
    public static let description = "one row per quotation, for spreadsheets"

    /// The header row and one row per quotation, in document order.
    public static func render(_ report: AttributionReport, style _: OutputStyle = .plain) -> String {
        var rows = ["path,line,speaker,canonical_speaker,affiliation,outlet,kind,text"]
        let outlets = Dictionary(report.sources.map { ($0.path, $0.outlet ?? "") }, uniquingKeysWith: { first, _ in first })
        let versions = report.statements.flatMap(\.versions)
            .sorted { ($0.place.path, $0.place.line, $0.place.column) < ($1.place.path, $1.place.line, $1.place.column) }
        for version in versions {
            let fields = [version.place.path, String(version.place.line), version.speakerAsWritten ?? "", version.speaker ?? "",
                          version.affiliation ?? "", outlets[version.place.path] ?? "", version.kind.rawValue, version.text]
            rows.append(fields.map(ReportText.csv).joined(separator: ","))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}
