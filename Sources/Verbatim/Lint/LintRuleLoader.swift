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
            let rule = try LintRuleBuilder(entry: entry, index: index, file: path, text: text, expander: expander).build()
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
}
