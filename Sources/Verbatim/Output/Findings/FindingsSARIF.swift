/// Writes findings as a SARIF 2.1.0 log, the format GitHub code scanning uploads: one run whose tool driver
/// is Verbatim with its rules, and one result per finding with a physical location and region.
///
/// Regions give lines and columns (columns in Unicode code points, SARIF's default `columnKind`) and the
/// UTF-8 byte offset and length of the offending text.
public struct FindingsSARIF: Sendable, Reporter {
    public static let identifier = "sarif"
    public static let description = "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers"

    /// The `$schema` written into the log.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The default `informationUri` of the tool driver.
    public static let defaultInformationURI = "https://github.com/verbatim-news/verbatim"

    /// The tool version written into the driver.
    public var version: String
    /// The page about the tool written into the driver (`informationUri`, an absolute URI).
    public var informationURI: String

    /// A writer that reports `version` as the tool version.
    public init(version: String = VerbatimVersion.current, informationURI: String = FindingsSARIF.defaultInformationURI) {
        self.version = version
        self.informationURI = informationURI
    }

    /// The report as a SARIF log naming this version of Verbatim.
    public static func render(_ report: LintReport, style _: OutputStyle = .plain) -> String {
        FindingsSARIF().render(report.findings, rules: report.rules, sources: report.sources)
    }

    /// The SARIF log as JSON text. `rules` describes every rule that ran; a finding whose rule is missing
    /// from it is described by its id alone.
    public func render(_ findings: [Finding], rules: [RuleDescriptor], sources: FindingSources) -> String {
        log(findings, rules: rules, sources: sources).rendered(pretty: true) + "\n"
    }

    /// The SARIF log as a ``JSONValue``.
    public func log(_ findings: [Finding], rules: [RuleDescriptor], sources: FindingSources) -> JSONValue {
        var descriptors = rules
        for finding in findings where !descriptors.contains(where: { $0.id == finding.rule }) {
            descriptors.append(RuleDescriptor(id: finding.rule, shortDescription: finding.rule,
                                              defaultSeverity: finding.severity))
        }
        let index = Dictionary(descriptors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driver: JSONValue = .object([
            .init("name", .string("Verbatim")),
            .init("version", .string(version)),
            .init("informationUri", .string(informationURI)),
            .init("rules", .array(descriptors.map(rule))),
        ])
        let run: JSONValue = .object([
            .init("tool", .object([.init("driver", driver)])),
            .init("columnKind", .string("unicodeCodePoints")),
            .init("results", .array(findings.map { result($0, ruleIndex: index[$0.rule] ?? 0, sources: sources) })),
        ])
        return .object([
            .init("$schema", .string(Self.schema)),
            .init("version", .string("2.1.0")),
            .init("runs", .array([run])),
        ])
    }

    private func rule(_ descriptor: RuleDescriptor) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("id", .string(descriptor.id)),
            .init("shortDescription", .object([.init("text", .string(descriptor.shortDescription))])),
            .init("defaultConfiguration", .object([.init("level", .string(descriptor.defaultSeverity.sarifLevel))])),
        ]
        if let help = descriptor.helpURI { members.append(.init("helpUri", .string(help))) }
        return .object(members)
    }

    private func result(_ finding: Finding, ruleIndex: Int, sources: FindingSources) -> JSONValue {
        let message = finding.messageWithSuggestion
        var members: [JSONValue.Member] = [
            .init("ruleId", .string(finding.rule)),
            .init("ruleIndex", .int(ruleIndex)),
            .init("level", .string(finding.severity.sarifLevel)),
            .init("message", .object([.init("text", .string(message))])),
            .init("locations", .array([location(finding.location, sources: sources)])),
        ]
        if !finding.related.isEmpty {
            members.append(.init("relatedLocations", .array(finding.related.enumerated().map { number, related in
                guard case .object(var fields) = location(related, sources: sources) else { return .null }
                fields.insert(.init("id", .int(number + 1)), at: 0)
                return .object(fields)
            })))
        }
        return .object(members)
    }

    private func location(_ location: Location, sources: FindingSources) -> JSONValue {
        let end = sources[location.path]?.end(of: location.range) ?? (line: location.line, column: location.column + location.range.count)
        let region: JSONValue = .object([
            .init("startLine", .int(location.line)),
            .init("startColumn", .int(location.column)),
            .init("endLine", .int(end.line)),
            .init("endColumn", .int(end.column)),
            .init("byteOffset", .int(location.range.lowerBound)),
            .init("byteLength", .int(location.range.count)),
        ])
        return .object([
            .init("physicalLocation", .object([
                .init("artifactLocation", .object([.init("uri", .string(Self.uri(for: location.path)))])),
                .init("region", region),
            ])),
        ])
    }

    /// A URI reference for a path: relative paths stay relative (GitHub resolves them against the
    /// repository root), absolute ones become `file://` URIs; characters outside RFC 3986's unreserved
    /// set and `/` are percent-encoded.
    static func uri(for path: String) -> String {
        var encoded = ""
        var relative = path
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        for byte in relative.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
