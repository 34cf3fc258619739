import Foundation
import Yams

/// Reads one `Rules/lint/*.yml` file into ``LintRule``s, checking everything a rule says. Every error is a
/// ``RuleError`` that names the file, the line and the rule id.
enum LintRuleLoader {
    /// The rules of the file at `path`.
    static func load(file path: String, lexicon: Lexicon, template: PatternTemplate) throws -> [LintRule] {
        let text = try RuleFile.read(path)
        let contents = try decode(text, file: path)
        let lists = contents.lists ?? [:]
        let builtIn = LintPatternTemplate(lexicon: lexicon, template: template)
        for name in lists.keys.sorted() {
            let line = RuleFile.line(ofKey: name, in: text)
            guard !name.isEmpty, name.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                throw RuleError(file: path, line: line, reason: "list name '\(name)' must be upper case (A-Z, 0-9, _)")
            }
            if builtIn.fragments[name] != nil || template.fragments[name] != nil {
                throw RuleError(file: path, line: line, reason: "list '\(name)' redefines the built-in placeholder {\(name)}")
            }
        }
        let expander = LintPatternTemplate(lexicon: lexicon, template: template, lists: lists)
        var rules: [LintRule] = []
        for (index, entry) in (contents.rules ?? []).enumerated() {
            let rule = try Builder(entry: entry, index: index, file: path, text: text, expander: expander).build()
            if let earlier = rules.first(where: { $0.id == rule.id }) {
                throw RuleError(file: path, line: rule.line,
                                reason: "rule '\(rule.id)' is defined twice (also at line \(earlier.line ?? 0))")
            }
            rules.append(rule)
        }
        return rules
    }

    /// Decodes the file, turning a decoding error into one that names the rule it is in.
    private static func decode(_ text: String, file: String) throws -> LintRuleFileContents {
        do {
            return try YAMLDecoder().decode(LintRuleFileContents.self, from: text)
        } catch let error as DecodingError where !isSyntaxError(error) {
            let context: DecodingError.Context
            var key: String?
            switch error {
            case let .keyNotFound(missing, found): context = found; key = missing.stringValue
            case let .typeMismatch(_, found), let .valueNotFound(_, found), let .dataCorrupted(found): context = found
            @unknown default: throw RuleError(file: file, reason: "\(error)")
            }
            let path = context.codingPath
            key = key ?? path.last(where: { $0.intValue == nil && $0.stringValue != "rules" })?.stringValue
            let ids = (try? YAMLDecoder().decode(LintRuleIDs.self, from: text))?.rules
            if path.first?.stringValue == "rules", path.count > 1, let index = path[1].intValue,
               let id = ids?[index].id {
                let idLine = RuleFile.line(ofKey: "id", in: text, matching: id)
                let line = key.flatMap { RuleFile.line(ofKey: $0, in: text, after: idLine ?? 0) } ?? idLine
                throw RuleError(file: file, line: line, reason: "rule '\(id)': \(explain(error, key: key))")
            }
            throw RuleError(file: file, line: key.flatMap { RuleFile.line(ofKey: $0, in: text) },
                            reason: explain(error, key: key))
        } catch let error as DecodingError {
            // A YAML syntax error, which Yams wraps in `dataCorrupted`: report the line it marks.
            guard case let .dataCorrupted(context) = error, let yaml = context.underlyingError as? YamlError else {
                throw RuleError(file: file, reason: "\(error)")
            }
            throw LintYAML.syntaxError(yaml, file: file)
        }
    }

    /// Whether Yams reports a YAML syntax error (wrapped in `DecodingError.dataCorrupted`).
    private static func isSyntaxError(_ error: DecodingError) -> Bool {
        if case let .dataCorrupted(context) = error, context.underlyingError is YamlError { return true }
        return false
    }

    private static func explain(_ error: DecodingError, key: String?) -> String {
        switch error {
        case .keyNotFound: return "missing key '\(key ?? "?")'"
        case let .typeMismatch(type, _): return "'\(key ?? "value")' should be \(describe(type))"
        case let .valueNotFound(type, _): return "'\(key ?? "value")' has no value (expected \(describe(type)))"
        case let .dataCorrupted(context): return context.debugDescription
        @unknown default: return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type: return "a whole number"
        default: return "\(type)"
        }
    }

    /// Checks one entry and compiles its pattern.
    private struct Builder {
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

        private func fail(_ key: String?, _ reason: String) -> RuleError {
            RuleError(file: file, line: key.flatMap(line(of:)) ?? idLine, reason: "rule '\(id)': \(reason)")
        }

        func build() throws -> LintRule {
            guard let id = entry.id, !id.isEmpty else {
                throw RuleError(file: file, reason: "rule #\(index + 1) has no 'id'")
            }
            guard id.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }) else {
                throw fail("id", "an id is lower-case letters, digits and hyphens")
            }
            if let unknown = entry.unknownKeys.first ?? entry.examples?.unknownKeys.first {
                throw fail(unknown, "unknown key '\(unknown)'")
            }
            guard let kindName = entry.kind else { throw fail(nil, "missing key 'kind'") }
            guard let kind = LintRule.Kind(rawValue: kindName) else {
                throw fail("kind", "unknown kind '\(kindName)'; known: "
                           + LintRule.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let severityName = entry.severity else { throw fail(nil, "missing key 'severity'") }
            guard let severity = Severity(rawValue: severityName) else {
                throw fail("severity", "unknown severity '\(severityName)'; known: "
                           + Severity.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let message = entry.message, !message.isEmpty else { throw fail(nil, "missing key 'message'") }
            let pattern = try compile(kind)
            if kind != .unattributedQuote, let key = [("source_before", entry.sourceBefore), ("source_after", entry.sourceAfter)]
                .first(where: { $0.1 != nil })?.0 {
                throw fail(key, "only unattributed-quote rules take '\(key)'")
            }
            let sourceBefore = try entry.sourceBefore.map { try compile($0, key: "source_before", options: []) }
            let sourceAfter = try entry.sourceAfter.map { try compile($0, key: "source_after", options: []) }
            if kind == .substitution && entry.suggest == nil {
                throw fail(nil, "a substitution rule needs 'suggest' (the replacement)")
            }
            var keys = kind.messageKeys.union(pattern?.groupNumbers.keys.map { $0 } ?? [])
            if let suggest = entry.suggest {
                try checkKeys(suggest, keys.subtracting(["suggestion"]), field: "suggest")
            } else {
                keys.remove("suggestion")
            }
            if kind == .nameConsistency { keys.insert("suggestion") }
            try checkKeys(message, keys, field: "message")
            return LintRule(
                id: id, kind: kind, severity: severity, message: message,
                description: entry.description ?? MessageTemplate.render(message, [:]),
                enabledByDefault: entry.enabled ?? true, pattern: pattern, suggest: entry.suggest,
                sourceBefore: sourceBefore, sourceAfter: sourceAfter,
                parameters: try parameters(kind),
                triggering: (entry.examples?.trigger ?? []).map { .init(text: $0.text, evidence: $0.evidence) },
                nonTriggering: (entry.examples?.noTrigger ?? []).map { .init(text: $0.text, evidence: $0.evidence) },
                file: file, line: idLine)
        }

        private func compile(_ kind: LintRule.Kind) throws -> Pattern? {
            let source = entry.pattern ?? ""
            if kind.usesPattern == false && entry.pattern != nil {
                throw fail("pattern", "a \(kind.rawValue) rule takes no 'pattern'")
            }
            if source.isEmpty {
                if kind.usesPattern == true { throw fail(nil, "a \(kind.rawValue) rule needs a 'pattern'") }
                return nil
            }
            return try compile(source, key: "pattern", options: entry.caseless == true ? [.caseless] : [])
        }

        private func compile(_ source: String, key: String, options: PatternOptions) throws -> Pattern {
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

        private func parameters(_ kind: LintRule.Kind) throws -> LintRule.Parameters {
            var parameters = LintRule.Parameters()
            if let names = entry.quoteKinds {
                parameters.quoteKinds = Set(try names.map { name in
                    guard let kind = Quotation.Kind(rawValue: name) else {
                        throw fail("quote_kinds", "unknown quotation kind '\(name)'; known: direct, partial, indirect")
                    }
                    return kind
                })
            }
            if let minWords = entry.minWords { parameters.minWords = minWords }
            if let words = entry.standaloneMaxWords { parameters.standaloneMaxWords = words }
            if let skip = entry.skipWhenCueInParagraph { parameters.skipWhenCueInParagraph = skip }
            if let skip = entry.skipAfterColon { parameters.skipAfterColon = skip }
            if let words = entry.contextWords { parameters.contextWords = max(0, words) }
            if let distance = entry.maxDistance { parameters.maxDistance = max(0, distance) }
            if let length = entry.minWordLength { parameters.minWordLength = max(1, length) }
            if kind == .unbalancedMark {
                switch entry.problem {
                case "stray-closing": parameters.markProblem = .strayClosing
                case "unclosed-opening": parameters.markProblem = .unclosedOpening
                case nil: throw fail(nil, "an unbalanced-mark rule needs 'problem: stray-closing' or 'problem: unclosed-opening'")
                case let other?: throw fail("problem", "unknown problem '\(other)'; known: stray-closing, unclosed-opening")
                }
            } else if entry.problem != nil {
                throw fail("problem", "only unbalanced-mark rules take 'problem'")
            }
            return parameters
        }
    }
}
