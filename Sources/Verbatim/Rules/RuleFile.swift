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
        let prefix = Array((key + ":").utf8)
        return firstLine(in: text, after: startLine) { $0.starts(with: prefix) }
    }

    /// The 1-based line of `key: value` for a given value (e.g. a rule's `id`).
    static func line(ofKey key: String, in text: String, matching value: String) -> Int? {
        let prefix = Array((key + ":").utf8)
        let accepted = [value, "'\(value)'", "\"\(value)\""].map { Array($0.utf8) }
        return firstLine(in: text, after: 0) { line in
            guard line.starts(with: prefix) else { return false }
            var rest = line.dropFirst(prefix.count)
            while let first = rest.first, first == 0x20 || first == 0x09 { rest = rest.dropFirst() }
            while let last = rest.last, last == 0x20 || last == 0x09 || last == 0x0D { rest = rest.dropLast() }
            return accepted.contains { $0.elementsEqual(rest) }
        }
    }

    /// The number of the first line past `startLine` for which `matches` holds, given the line's bytes after
    /// its leading spaces and list dashes. Rule loading asks this for every rule, so it reads bytes, not
    /// characters.
    private static func firstLine(in text: String, after startLine: Int,
                                  where matches: (Slice<UnsafeBufferPointer<UInt8>>) -> Bool) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            var number = 0, start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                number += 1
                if number > startLine {
                    var first = start
                    while first < end, bytes[first] == 0x20 || bytes[first] == 0x2D { first += 1 }
                    if matches(bytes[first..<end]) { return number }
                }
                start = end + 1
            }
            return nil
        }
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
