/// Runs extraction, verification and lint over documents and builds the ``AttributionReport``.
public struct ReportGenerator {
    private let rules: RuleBook
    private let verifier: Verifier
    private let linter: Linter
    /// When set, each document is also checked against this quote archive, and the warnings and errors
    /// of `check` join the findings.
    public var archive: ArchiveStore?

    /// - Parameters:
    ///   - knownNamesFile: the newsroom's known-names file for canonical spellings, if any.
    ///   - lintConfiguration: which lint rules run, at what severity.
    public init(rules: RuleBook, knownNamesFile: String? = nil,
                lintConfiguration: LintConfiguration = LintConfiguration()) throws {
        self.rules = rules
        verifier = try Verifier(book: rules, knownNamesFile: knownNamesFile)
        linter = Linter(rules: try LintRuleSet(book: rules, extraFolders: lintConfiguration.ruleFolders),
                        configuration: lintConfiguration)
    }

    /// The report on `documents`; `progress` is called after each document with (done, total).
    public func report(for documents: [Document], progress: ((Int, Int) -> Void)? = nil) throws -> AttributionReport {
        let extractor = Extractor(rules: rules)
        var results: [ExtractionResult] = []
        var lintFindings: [Finding] = []
        results.reserveCapacity(documents.count)
        try extractor.forEachResult(of: documents) { document, outcome in
            let result = try outcome.get()
            results.append(result)
            lintFindings += try linter.lint(document, extraction: result)
            if let archive { lintFindings += try ArchiveChecker(store: archive).check(result).filter { $0.severity >= .warning } }
            progress?(results.count, documents.count)
        }
        return AttributionReport.build(results: results, verification: verifier.verify(results), lintFindings: lintFindings)
    }
}
