import Yams

/// Decoding of the lint YAML files (configuration, known names) with the line of a syntax error, which
/// Yams wraps in `DecodingError.dataCorrupted`.
enum LintYAML {
    /// Decodes `text`; a syntax error names its line, any other error is reported as ``RuleFile`` does.
    static func decode<T: Decodable>(_ type: T.Type, yaml text: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as DecodingError {
            if case let .dataCorrupted(context) = error, let yaml = context.underlyingError as? YamlError {
                throw syntaxError(yaml, file: file)
            }
            return try RuleFile.decode(type, yaml: text, file: file)
        }
    }

    /// A ``RuleError`` for a YAML syntax error, with the line YAML marks.
    static func syntaxError(_ error: YamlError, file: String) -> RuleError {
        let line: Int?
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): line = mark.line
        default: line = nil
        }
        return RuleError(file: file, line: line, reason: "invalid YAML: \(error)")
    }
}
