/// Runs extraction, verification and lint over documents and builds the ``AttributionReport``.
public struct ReportGenerator {
    private let rules: RuleBook
    private let verifier: Verifier
    private let linter: Linter

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

    /// The report on `documents`, extracted on `jobs` threads; `progress` is called after each document with
    /// (done, total).
    public func report(for documents: [Document], jobs: Int = 1,
                       progress: ((Int, Int) -> Void)? = nil) throws -> AttributionReport {
        let extractor = ParallelExtractor(rules: rules, jobs: jobs)
        var results: [ExtractionResult] = []
        var lintFindings: [Finding] = []
        results.reserveCapacity(documents.count)
        try extractor.forEachResult(of: documents) { document, outcome in
            let result = try outcome.get()
            results.append(result)
            lintFindings += try linter.lint(document, extraction: result)
            progress?(results.count, documents.count)
        }
        return AttributionReport.build(results: results, verification: verifier.verify(results), lintFindings: lintFindings)
    }
}
