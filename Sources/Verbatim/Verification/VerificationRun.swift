/// What `verify` produced, with what its reporters need to print it: the report, the texts its findings
/// point into (for excerpts) and how many documents were read.
public struct VerificationRun: Sendable {
    /// The speakers and findings.
    public var report: VerificationReport
    /// The texts the findings point into.
    public var sources: FindingSources
    /// How many documents were verified.
    public var documentCount: Int

    /// A run of `report` over `documentCount` documents.
    public init(report: VerificationReport, sources: FindingSources, documentCount: Int) {
        self.report = report
        self.sources = sources
        self.documentCount = documentCount
    }
}
