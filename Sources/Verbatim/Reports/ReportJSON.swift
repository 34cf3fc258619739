/// The report as JSON: the whole model, documented in the README ("Reports").
public enum ReportJSON {
    public static func render(_ report: AttributionReport) -> String {
        func s(_ text: String?) -> String { JSONText.optional(text) }
        func place(_ place: AttributionReport.Place) -> String {
            "{\"path\":\(s(place.path)),\"line\":\(place.line),\"column\":\(place.column)}"
        }
        let sources = report.sources.map { source in
            "{\"path\":\(s(source.path)),\"outlet\":\(s(source.outlet)),\"title\":\(s(source.title)),\"date\":\(s(source.date)),"
                + "\"quotations\":\(source.quotations),\"speakers\":\(source.speakers)}"
        }
        let speakers = report.speakers.map { speaker in
            let spellings = speaker.spellings.map { "{\"text\":\(s($0.text)),\"places\":[\($0.places.map(place).joined(separator: ","))]}" }
            let affiliations = speaker.affiliations.map { "{\"path\":\(s($0.path)),\"outlet\":\(s($0.outlet)),\"text\":\(s($0.text))}" }
            let byOutlet = speaker.quotationsByOutlet.sorted { $0.key < $1.key }.map { "\(s($0.key)):\($0.value)" }
            return "{\"name\":\(s(speaker.name)),\"quotations\":\(speaker.quotations),"
                + "\"quotations_by_outlet\":{\(byOutlet.joined(separator: ","))},"
                + "\"spellings\":[\(spellings.joined(separator: ","))],\"affiliations\":[\(affiliations.joined(separator: ","))]}"
        }
        let statements = report.statements.map { statement in
            let versions = statement.versions.map { version in
                "{\"place\":\(place(version.place)),\"source\":\(s(version.source)),\"speaker\":\(s(version.speaker)),"
                    + "\"speaker_as_written\":\(s(version.speakerAsWritten)),\"affiliation\":\(s(version.affiliation)),"
                    + "\"kind\":\(s(version.kind.rawValue)),\"text\":\(s(version.text)),\"diff\":\(s(version.diff))}"
            }
            return "{\"speaker\":\(s(statement.speaker)),\"diverges\":\(statement.diverges),"
                + "\"unattributed_copy\":\(statement.hasUnattributedCopy),\"versions\":[\(versions.joined(separator: ","))]}"
        }
        let findingsArray = FindingsJSON.array(report.findings).rendered(pretty: false)
        return "{\"sources\":[\(sources.joined(separator: ",\n"))],\n\"speakers\":[\(speakers.joined(separator: ",\n"))],\n"
            + "\"statements\":[\(statements.joined(separator: ",\n"))],\n\"findings\":\(findingsArray)}\n"
    }
}

/// One CSV row per quotation: path, line, speaker as written, canonical speaker, affiliation, outlet, kind, text.
public enum ReportCSV {
    public static func render(_ report: AttributionReport) -> String {
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
