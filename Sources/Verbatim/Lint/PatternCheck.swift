/// Runs the pattern of a rule (`existence`, `substitution`, `vague-source`, `unbalanced-mark`) over a document: one hit per match,
/// covering the `evidence` group when the pattern has one and took part, else the whole match.
struct PatternCheck {
    let rule: LintRule
    private let matcher: Matcher

    init?(rule: LintRule) {
        guard let pattern = rule.check.pattern else { return nil }
        self.rule = rule
        matcher = Matcher(pattern)
    }

    /// The hits in `range` of `bytes`.
    /// - Throws: ``PatternError/match(code:message:origin:)`` when the pattern exceeds its limits.
    func hits(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) throws -> [LintHit] {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        var hits: [LintHit] = []
        try matcher.forEachMatch(in: slice) { match in
            let local = match["evidence"] ?? match.range
            guard !local.isEmpty else { return true }
            var values: [String: String] = [:]
            for (name, _) in matcher.pattern.groupNumbers {
                values[name] = match[name].map { ByteText.string(slice, $0) } ?? ""
            }
            values["match"] = ByteText.string(slice, local)
            let suggestion = rule.check.suggest.map { MessageTemplate.render($0, values) }
            values["suggestion"] = suggestion
            let shifted = (local.lowerBound + range.lowerBound)..<(local.upperBound + range.lowerBound)
            hits.append(LintHit(range: shifted, message: MessageTemplate.render(rule.message, values),
                                suggestion: suggestion))
            return true
        }
        return hits
    }
}
