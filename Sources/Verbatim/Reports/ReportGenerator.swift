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
        results.reserveCapacity(documents.count)
        try extractor.forEachResult(of: documents) { _, outcome in
            results.append(try outcome.get())
            progress?(results.count, documents.count)
        }
        return try report(from: results)
    }

    /// The report on extraction results already made (such as those ``ExtractionRecordReader`` reads back).
    public func report(from results: [ExtractionResult]) throws -> AttributionReport {
        var lintFindings: [Finding] = []
        for result in results { lintFindings += try linter.lint(result.document, extraction: result) }
        return AttributionReport.build(results: results, verification: verifier.verify(results), lintFindings: lintFindings)
    }
}
