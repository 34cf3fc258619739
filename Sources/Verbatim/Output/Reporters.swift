/// The formats of each command's output, default first: the registry behind `--format`.
extension LintReport: Reportable {
    /// `lint --format`: text, json, sarif, github, rdjson.
    public static var reporters: [any Reporter<LintReport>.Type] {
        [FindingsText.self, FindingsJSON.self, FindingsSARIF.self, FindingsGitHubActions.self, FindingsRDJSON.self]
    }
}

extension VerificationRun: Reportable {
    /// `verify --format`: text, json.
    public static var reporters: [any Reporter<VerificationRun>.Type] {
        [VerificationText.self, VerificationJSON.self]
    }
}

extension AttributionReport: Reportable {
    /// `report --format`: html, md, json, csv.
    public static var reporters: [any Reporter<AttributionReport>.Type] {
        [ReportHTML.self, ReportMarkdown.self, ReportJSON.self, ReportCSV.self]
    }
}
