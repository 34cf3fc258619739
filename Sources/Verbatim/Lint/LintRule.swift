/// One lint rule read from `Rules/lint/*.yml`: what it looks for (its check: a `kind` and that kind's keys),
/// how serious a hit is by default, and the message an editor sees.
///
/// Rules are data: the handful of check kinds are implemented once in Swift (`Lint/Checks/`), and each
/// rule is a YAML entry.
public struct LintRule: Sendable {
    /// A text the rule must (trigger) or must not (no-trigger) fire on. A trigger example may name the
    /// `evidence`: the exact text one of its findings must cover.
    public struct Example: Sendable, Hashable {
        /// The example text, linted as a plain-text document.
        public var text: String
        /// The exact text a finding must cover (trigger examples only).
        public var evidence: String?
        /// An example; `evidence` is optional.
        public init(text: String, evidence: String? = nil) {
            self.text = text
            self.evidence = evidence
        }
    }

    /// The rule id: lower-case letters, digits and hyphens, unique across every loaded file.
    public let id: String
    /// The check the rule is (its `kind` and that kind's own keys; see `Lint/Checks/`).
    let check: any LintCheck
    /// The default severity (a configuration may change it).
    public let severity: Severity
    /// The message template: `{match}`, the pattern's named groups, and the kind's own keys.
    public let message: String
    /// One line saying what the rule checks (SARIF `shortDescription`).
    public let description: String
    /// Off-by-default rules (house style) run only when a configuration enables them.
    public let enabledByDefault: Bool
    /// Texts the rule must fire on (`examples.trigger`).
    public let triggering: [Example]
    /// Texts the rule must not fire on (`examples.no_trigger`).
    public let nonTriggering: [Example]
    /// The rule file and the line of the rule's `id`.
    public let file: String
    /// The line of the rule's `id` in ``file``.
    public let line: Int?

    /// The check kind, as written after `kind:` (`existence`, `unattributed-quote`, …).
    public var kind: String { type(of: check).kind }

    /// How the rule's check uses the extraction pipeline's result; a rule kept out of quotations uses it to
    /// find them.
    public var extractionUse: LintExtractionUse {
        let use = type(of: check).extractionUse
        return use == .unused && !check.firesInsideQuotes ? .enriches : use
    }

    /// Whether the rule fires inside quotations (`inside_quotes`).
    public var firesInsideQuotes: Bool { check.firesInsideQuotes }

    /// Where the rule is defined, for error messages: `file:line, rule 'id'`.
    public var origin: PatternOrigin { PatternOrigin(file: file, line: line, rule: id) }

    /// The rule as SARIF and help texts describe it.
    public var descriptor: RuleDescriptor {
        RuleDescriptor(id: id, shortDescription: description, defaultSeverity: severity)
    }
}
