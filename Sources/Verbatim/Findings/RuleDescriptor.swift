/// What a report says about a rule as a whole: its id, a one-line description and its default severity.
/// SARIF lists these under `runs[].tool.driver.rules`.
public struct RuleDescriptor: Sendable, Hashable {
    /// The rule id, as findings name it.
    public var id: String
    /// One line saying what the rule checks.
    public var shortDescription: String
    /// The severity of the rule's findings (SARIF `defaultConfiguration.level`).
    public var defaultSeverity: Severity
    /// A page that documents the rule, if any.
    public var helpURI: String?

    /// A descriptor.
    public init(id: String, shortDescription: String, defaultSeverity: Severity, helpURI: String? = nil) {
        self.id = id
        self.shortDescription = shortDescription
        self.defaultSeverity = defaultSeverity
        self.helpURI = helpURI
    }
}
