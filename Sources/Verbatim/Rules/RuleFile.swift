import Foundation
import Yams

/// Reads one YAML rule file and decodes it, turning every failure into a ``RuleError`` that names the file
/// and, where YAML can tell, the line.
enum RuleFile {
    static func decode<T: Decodable>(_ type: T.Type, from path: String) throws -> T {
        try decode(type, yaml: try read(path), file: path)
    }

    /// The text of a rule file.
    static func read(_ path: String) throws -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw RuleError(file: path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, yaml text: String, file: String) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as YamlError {
            throw RuleError(file: file, line: line(of: error), reason: "invalid YAML: \(error)")
        } catch let error as DecodingError {
            throw RuleError(file: file, line: line(of: error, in: text), reason: describe(error))
        } catch {
            throw RuleError(file: file, reason: "\(error)")
        }
    }

    /// The 1-based line of each top-level or nested key path, found by searching the text (YAML's decoder
    /// does not keep marks); used to place decoding errors and pattern errors.
    static func line(ofKey key: String, in text: String, after startLine: Int = 0) -> Int? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number > startLine else { continue }
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            if trimmed.hasPrefix("\(key):") { return number }
        }
        return nil
    }

    /// The 1-based line of `key: value` for a given value (e.g. a rule's `id`).
    static func line(ofKey key: String, in text: String, matching value: String) -> Int? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix("\(key):") else { continue }
            let rest = trimmed.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if rest == value || rest == "'\(value)'" || rest == "\"\(value)\"" { return number }
        }
        return nil
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func line(of error: DecodingError, in text: String) -> Int? {
        let path: [CodingKey]
        switch error {
        case let .keyNotFound(key, context): path = context.codingPath + [key]
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            path = context.codingPath
        @unknown default: return nil
        }
        guard let key = path.last(where: { $0.intValue == nil }) else { return nil }
        return line(ofKey: key.stringValue, in: text)
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context):
            return "missing key '\(key.stringValue)'" + at(context)
        case let .typeMismatch(type, context):
            return "expected \(type)" + at(context)
        case let .valueNotFound(type, context):
            return "missing value of type \(type)" + at(context)
        case let .dataCorrupted(context):
            return context.debugDescription + at(context)
        @unknown default:
            return "\(error)"
        }
    }

    private static func at(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        return path.isEmpty ? "" : " at \(path)"
    }
}
