/// The findings of one lint run over some documents, with what the reporters need to print them
/// (its formats are listed in `Output/Reporters.swift`).
public struct LintReport: Sendable {
    /// Every finding, document by document, in document order.
    public var findings: [Finding]
    /// The texts the findings point into.
    public var sources: FindingSources
    /// The rules that ran, with their configured severities.
    public var rules: [RuleDescriptor]
    /// How many documents were linted.
    public var documentCount: Int

    /// A report of `findings` over `documentCount` documents.
    public init(findings: [Finding], sources: FindingSources, rules: [RuleDescriptor], documentCount: Int) {
        self.findings = findings
        self.sources = sources
        self.rules = rules
        self.documentCount = documentCount
    }

    /// Whether the run fails: an error-level finding, or (with `strict`) a warning.
    public func fails(strict: Bool) -> Bool {
        findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }
}

extension Linter {
    /// Lints `documents`, running extraction first when an active rule needs it.
    /// - Parameter refused: When given, a document a pattern gives up on is handed to it and left out of the
    ///   report; without it, the failure is thrown.
    /// - Throws: ``LintError`` (a rule's pattern gave up) or ``PatternError`` (extraction gave up).
    public func report(for documents: [Document], refused: ((DocumentRefusal) -> Void)? = nil) throws -> LintReport {
        let extractor = needsExtraction ? Extractor(rules: rules.book) : nil
        var findings: [Finding] = []
        var sources = FindingSources()
        var linted = 0
        for document in documents {
            do {
                findings += try lint(document, extraction: try extractor?.extract(document))
            } catch {
                guard let refused else { throw error }
                refused(DocumentRefusal(document: document, error: error))
                continue
            }
            linted += 1
            sources.add(FindingSource(path: document.path, bytes: document.bytes, lineIndex: document.lineIndex))
        }
        return LintReport(findings: findings, sources: sources, rules: descriptors, documentCount: linted)
    }
}
