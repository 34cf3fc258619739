/// Checks one rule entry of a lint rule file and builds the ``LintRule``: the keys every rule has here, the
/// kind's own keys in its ``LintCheck`` type (which uses ``compile(_:key:options:)`` and ``fail(_:_:)``).
struct LintRuleBuilder {
    let entry: LintRuleEntry
    let index: Int
    let file: String
    let text: String
    let expander: LintPatternTemplate

    private var id: String { entry.id ?? "#\(index + 1)" }
    private var idLine: Int? { entry.id.flatMap { RuleFile.line(ofKey: "id", in: text, matching: $0) } }

    private func line(of key: String) -> Int? {
        guard let start = idLine else { return nil }
        return RuleFile.line(ofKey: key, in: text, after: start - 1).flatMap { $0 - start < 60 ? $0 : nil } ?? start
    }

    /// An error about the rule, at the line of `key` (or of its id).
    func fail(_ key: String?, _ reason: String) -> RuleError {
        RuleError(file: file, line: key.flatMap(line(of:)) ?? idLine, reason: "rule '\(id)': \(reason)")
    }

    func build() throws -> LintRule {
        guard let id = entry.id, !id.isEmpty else {
            throw RuleError(file: file, reason: "rule #\(index + 1) has no 'id'")
        }
        guard id.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }) else {
            throw fail("id", "an id is lower-case letters, digits and hyphens")
        }
        guard let kindName = entry.kind else { throw fail(nil, "missing key 'kind'") }
        guard let type = LintChecks.type(named: kindName) else {
            throw fail("kind", "unknown kind '\(kindName)'; known: " + LintChecks.all.map { $0.kind }.joined(separator: ", "))
        }
        if let unknown = entry.unknownKeys.first ?? entry.examples?.unknownKeys.first {
            guard LintChecks.allKeys.contains(unknown) else { throw fail(unknown, "unknown key '\(unknown)'") }
            let own = type.settingKeys
            throw fail(unknown, "a \(kindName) rule takes no '\(unknown)'; "
                       + (own.isEmpty ? "it has no keys of its own" : "its own keys are " + own.joined(separator: ", ")))
        }
        guard let severityName = entry.severity else { throw fail(nil, "missing key 'severity'") }
        guard let severity = Severity(rawValue: severityName) else {
            throw fail("severity", "unknown severity '\(severityName)'; known: "
                       + Severity.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard let message = entry.message, !message.isEmpty else { throw fail(nil, "missing key 'message'") }
        guard let settings = entry.settings else { throw fail("kind", "the keys of kind '\(kindName)' were not read") }
        let check = try type.make(settings, builder: self)
        let pattern: Pattern? = check.pattern
        let groups: [String] = pattern.map { Array($0.groupNumbers.keys) } ?? []
        var keys = type.messageKeys.union(groups)
        let suggestion: String? = check.suggest
        if let suggest = suggestion {
            try checkKeys(suggest, keys.subtracting(["suggestion"]), field: "suggest")
        } else if type.settingKeys.contains("suggest") {
            keys.remove("suggestion")
        }
        try checkKeys(message, keys, field: "message")
        return LintRule(
            id: id, check: check, severity: severity, message: message,
            description: entry.description ?? MessageTemplate.render(message, [:]),
            enabledByDefault: entry.enabled ?? true,
            triggering: (entry.examples?.trigger ?? []).map { .init(text: $0.text, evidence: $0.evidence) },
            nonTriggering: (entry.examples?.noTrigger ?? []).map { .init(text: $0.text, evidence: $0.evidence) },
            file: file, line: idLine)
    }

    /// The compiled `pattern` key, or nil when it is absent or empty.
    func compilePattern(_ source: String?, caseless: Bool?) throws -> Pattern? {
        guard let source, !source.isEmpty else { return nil }
        return try compile(source, key: "pattern", options: caseless == true ? [.caseless] : [])
    }

    /// Expands the placeholders of the pattern under `key` and compiles it.
    func compile(_ source: String, key: String, options: PatternOptions) throws -> Pattern {
        let origin = PatternOrigin(file: file, line: line(of: key), rule: id)
        let expanded: String
        do {
            expanded = try expander.expand(source, origin: origin)
        } catch let error as RuleError {
            throw fail(key, error.reason)
        }
        do {
            return try Pattern(expanded, options: options, origin: origin)
        } catch PatternError.compile(let reason, let offset, _, _) {
            throw fail(key, "'\(key)' does not compile (\(reason), at offset \(offset) of the expanded "
                       + "pattern): \(source)")
        }
    }

    private func checkKeys(_ template: String, _ allowed: Set<String>, field: String) throws {
        for key in MessageTemplate.keys(in: template) where !allowed.contains(key) {
            throw fail(field, "'\(field)' uses {\(key)}, which this rule does not define; it can use "
                       + allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))
        }
    }
}
