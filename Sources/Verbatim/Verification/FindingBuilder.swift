import Foundation

/// Turns what verification learnt into ``Finding``s: locations with lines and columns, related locations,
/// rule severities and message templates from `findings.yml`, one finding per place and rule.
struct FindingBuilder {
    let rules: VerificationRules
    let results: [ExtractionResult]
    /// The most related locations one finding lists.
    static let maxRelated = 5
    private var byKey: [String: Int] = [:]
    private(set) var findings: [Finding] = []

    init(rules: VerificationRules, results: [ExtractionResult]) {
        self.rules = rules
        self.results = results
    }

    /// A location in document `document`.
    func location(_ document: Int, _ range: Range<Int>) -> Location {
        let (line, column) = results[document].document.lineIndex.location(of: range.lowerBound)
        return Location(path: results[document].document.path, range: range, line: line, column: column)
    }

    /// The file name of a document, for messages.
    func name(of document: Int) -> String {
        (results[document].document.path as NSString).lastPathComponent
    }

    /// Adds a finding of `rule` at `range` of `document` unless the rule is disabled; a second finding of
    /// the same rule at the same place only adds its related locations.
    mutating func add(_ ruleID: String, _ document: Int, _ range: Range<Int>, values: [String: String],
                      suggestion: String? = nil, related: [Location] = []) {
        let rule = rules.rule(ruleID)
        guard rule.enabled else { return }
        let key = "\(ruleID)|\(document)|\(range.lowerBound)|\(range.upperBound)"
        if let existing = byKey[key] {
            for location in related where !findings[existing].related.contains(location)
                && findings[existing].related.count < Self.maxRelated {
                findings[existing].related.append(location)
            }
            return
        }
        let here = location(document, range)
        var unique: [Location] = []
        for location in related where !unique.contains(location) && location != here && unique.count < Self.maxRelated {
            unique.append(location)
        }
        byKey[key] = findings.count
        findings.append(Finding(rule: ruleID, severity: rule.severity, message: rule.render(values), path: here.path,
                                range: range, line: here.line, column: here.column, suggestion: suggestion, related: unique))
    }
}
