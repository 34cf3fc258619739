/// `report --format json`: the whole model, documented in the README ("Reports"). Each source, speaker and
/// statement is one line of compact JSON; the findings are those of ``FindingsJSON``.
public enum ReportJSON: Reporter {
    public static let identifier = "json"
    public static let description = "the whole model (sources, speakers, statements, findings), for scripts"

    /// The report as JSON, ending with a line feed.
    public static func render(_ report: AttributionReport, style _: OutputStyle = .plain) -> String {
        func lines(_ values: [JSONValue]) -> String { values.map { $0.rendered(pretty: false) }.joined(separator: ",\n") }
        let findings = FindingsJSON.array(report.findings).rendered(pretty: false)
        return "{\"sources\":[\(lines(report.sources.map(source)))],\n\"speakers\":[\(lines(report.speakers.map(speaker)))],\n"
            + "\"statements\":[\(lines(report.statements.map(statement)))],\n\"findings\":\(findings)}\n"
    }

    private static func place(_ place: AttributionReport.Place) -> JSONValue {
        .object([.init("path", .string(place.path)), .init("line", .int(place.line)), .init("column", .int(place.column))])
    }

    private static func source(_ source: AttributionReport.Source) -> JSONValue {
        .object([
            .init("path", .string(source.path)), .init("outlet", .optional(source.outlet)),
            .init("title", .optional(source.title)), .init("date", .optional(source.date)),
            .init("quotations", .int(source.quotations)), .init("speakers", .int(source.speakers)),
        ])
    }

    private static func speaker(_ speaker: AttributionReport.Speaker) -> JSONValue {
        .object([
            .init("name", .string(speaker.name)),
            .init("quotations", .int(speaker.quotations)),
            .init("quotations_by_outlet", .object(speaker.quotationsByOutlet.sorted { $0.key < $1.key }.map { .init($0.key, .int($0.value)) })),
            .init("spellings", .array(speaker.spellings.map { spelling in
                .object([.init("text", .string(spelling.text)), .init("places", .array(spelling.places.map(place)))])
            })),
            .init("affiliations", .array(speaker.affiliations.map { affiliation in
                .object([.init("path", .string(affiliation.path)), .init("outlet", .optional(affiliation.outlet)),
                         .init("text", .string(affiliation.text))])
            })),
        ])
    }

    private static func statement(_ statement: AttributionReport.Statement) -> JSONValue {
        .object([
            .init("speaker", .optional(statement.speaker)),
            .init("diverges", .bool(statement.diverges)),
            .init("unattributed_copy", .bool(statement.hasUnattributedCopy)),
            .init("versions", .array(statement.versions.map { version in
                .object([
                    .init("place", place(version.place)), .init("source", .string(version.source)),
                    .init("speaker", .optional(version.speaker)), .init("speaker_as_written", .optional(version.speakerAsWritten)),
                    .init("affiliation", .optional(version.affiliation)), .init("kind", .string(version.kind.rawValue)),
                    .init("text", .string(version.text)), .init("diff", .optional(version.diff)),
                ])
            })),
        ])
    }
}
