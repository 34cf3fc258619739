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

    /// The report on `documents`, extracted on `jobs` threads; `progress` is called after each document with
    /// (done, total).
    /// - Parameter refused: When given, a document whose extraction or lint fails (a pattern past its match
    ///   limit) is handed to it and left out of the report; without it, the failure is thrown.
    public func report(for documents: [Document], jobs: Int = 1, refused: ((DocumentRefusal) -> Void)? = nil,
                       progress: ((Int, Int) -> Void)? = nil) throws -> AttributionReport {
        let extractor = ParallelExtractor(rules: rules, jobs: jobs)
        var results: [ExtractionResult] = []
        var lintFindings: [Finding] = []
        results.reserveCapacity(documents.count)
        var done = 0
        try extractor.forEachResult(of: documents) { document, outcome in
            done += 1
            defer { progress?(done, documents.count) }
            let result: ExtractionResult, findings: [Finding]
            do {
                result = try outcome.get()
                findings = try linter.lint(document, extraction: result)
            } catch {
                guard let refused else { throw error }
                return refused(DocumentRefusal(document: document, error: error))
            }
            results.append(result)
            lintFindings += findings
            if let archive { lintFindings += try ArchiveChecker(store: archive).check(result).filter { $0.severity >= .warning } }
        }
        return AttributionReport.build(results: results, verification: verifier.verify(results), lintFindings: lintFindings)
    }

    /// The report on extraction results already made (such as those ``ExtractionRecordReader`` reads back).
    public func report(from results: [ExtractionResult]) throws -> AttributionReport {
        var lintFindings: [Finding] = []
        for result in results { lintFindings += try linter.lint(result.document, extraction: result) }
        return AttributionReport.build(results: results, verification: verifier.verify(results), lintFindings: lintFindings)
    }
}
