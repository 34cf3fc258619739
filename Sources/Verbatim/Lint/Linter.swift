/// Checks documents against the lint rules a configuration switches on.
///
/// A linter keeps one PCRE2 matcher per pattern rule, so use one linter per thread (like ``Extractor``).
///
/// ```swift
/// let book = try RuleBook(folder: rulesFolder)
/// let linter = Linter(rules: try LintRuleSet(book: book), configuration: LintConfiguration())
/// let document = try Document(path: "story.md", data: Array(text.utf8))
/// let extraction = linter.needsExtraction ? try Extractor(rules: book).extract(document) : nil
/// let findings = try linter.lint(document, extraction: extraction)
/// ```
public struct Linter {
    /// Every rule known, active or not.
    public let rules: LintRuleSet
    /// Which rules run and how serious their findings are.
    public let configuration: LintConfiguration
    /// The rules that run, in rule-set order.
    public let activeRules: [LintRule]
    private let patternChecks: [String: PatternCheck]
    private let guardMatchers: [String: Matcher]

    /// A linter for the rules of `rules` that `configuration` switches on.
    public init(rules: LintRuleSet, configuration: LintConfiguration) {
        self.rules = rules
        self.configuration = configuration
        activeRules = rules.rules.filter(configuration.isEnabled)
        var checks: [String: PatternCheck] = [:]
        var guards: [String: Matcher] = [:]
        for rule in activeRules {
            checks[rule.id] = PatternCheck(rule: rule)
            guards[rule.id] = rule.check.documentGuard.map { Matcher($0.pattern) }
        }
        patternChecks = checks
        guardMatchers = guards
    }

    /// Whether some active rule needs an ``ExtractionResult`` (without one, those rules are skipped).
    public var needsExtraction: Bool {
        activeRules.contains { $0.extractionUse != .unused }
    }

    /// The active rules as SARIF describes them, with their configured severities.
    public var descriptors: [RuleDescriptor] {
        activeRules.map { rule in
            var descriptor = rule.descriptor
            descriptor.defaultSeverity = configuration.severity(of: rule)
            return descriptor
        }
    }

    /// The findings of every active rule on `document`, in document order, minus those suppressed by
    /// `<!-- verbatim-disable … -->` comments. Rules that need extraction are skipped when `extraction` is nil.
    /// - Throws: ``LintError`` when a rule's pattern exceeds PCRE2's match limits on this document.
    public func lint(_ document: Document, extraction: ExtractionResult?) throws -> [Finding] {
        let suppression = Suppression(bytes: document.bytes)
        var findings: [Finding] = []
        var seen = Set<String>()
        // Words inside quotation marks are the speaker's: rules without `inside_quotes` leave them alone.
        let quoted = extraction?.quotations.filter { $0.openMark != nil }.map(\.content).filter { !$0.isEmpty } ?? []
        for rule in activeRules where try !silenced(rule, document, quoted: quoted) {
            for hit in try hits(of: rule, document, extraction) where !suppression.suppresses(rule: rule.id, at: hit.range.lowerBound) {
                if !rule.firesInsideQuotes, quoted.contains(where: { $0.contains(hit.range.lowerBound) && hit.range.upperBound <= $0.upperBound }) {
                    continue
                }
                guard seen.insert("\(rule.id)#\(hit.range.lowerBound)#\(hit.range.upperBound)").inserted else { continue }
                findings.append(finding(hit, rule: rule, document: document))
            }
        }
        return findings.sorted(by: Finding.documentOrder)
    }

    /// Whether the rule's `skip_document_when` silences it in `document`.
    private func silenced(_ rule: LintRule, _ document: Document, quoted: [Range<Int>]) throws -> Bool {
        guard let documentGuard = rule.check.documentGuard, let matcher = guardMatchers[rule.id] else { return false }
        do {
            return try document.bytes.withUnsafeBufferPointer { bytes in
                try documentGuard.silences(bytes, range: document.bodyRange, quoted: quoted, matcher: matcher)
            }
        } catch let error as PatternError {
            guard case let .match(_, message, _) = error else { throw error }
            throw LintError(rule: rule.id, origin: rule.origin, path: document.path, reason: message)
        }
    }

    private func hits(of rule: LintRule, _ document: Document, _ extraction: ExtractionResult?) throws -> [LintHit] {
        try document.bytes.withUnsafeBufferPointer { bytes in
            try rule.check.hits(LintCheckInput(rule: rule, document: document, bytes: bytes, extraction: extraction,
                                               speechCue: rules.book.speechCue, knownNames: configuration.knownNames,
                                               patternCheck: patternChecks[rule.id]))
        }
    }

    private func finding(_ hit: LintHit, rule: LintRule, document: Document) -> Finding {
        let (line, column) = document.lineIndex.location(of: hit.range.lowerBound)
        let related = hit.related.map { range in
            let (line, column) = document.lineIndex.location(of: range.lowerBound)
            return Location(path: document.path, range: range, line: line, column: column)
        }
        return Finding(rule: rule.id, severity: configuration.severity(of: rule), message: hit.message,
                       path: document.path, range: hit.range, line: line, column: column,
                       suggestion: hit.suggestion, related: related)
    }
}
