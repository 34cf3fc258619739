import CPCRE2

/// Options for compiling a ``Pattern``.
public struct PatternOptions: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Case-insensitive matching (`PCRE2_CASELESS`).
    public static let caseless = PatternOptions(rawValue: UInt32(PCRE2_CASELESS))
    /// Ignore whitespace and `#` comments in the pattern (`PCRE2_EXTENDED`).
    public static let extended = PatternOptions(rawValue: UInt32(PCRE2_EXTENDED))
    /// `^` and `$` match at line breaks (`PCRE2_MULTILINE`).
    public static let multiline = PatternOptions(rawValue: UInt32(PCRE2_MULTILINE))
    /// `.` matches line breaks too (`PCRE2_DOTALL`).
    public static let dotAll = PatternOptions(rawValue: UInt32(PCRE2_DOTALL))
}

/// A regular expression compiled once with PCRE2 (UTF and UCP on) and JIT-compiled when the platform allows.
///
/// A compiled pattern is immutable and may be shared between threads; matching state lives in a ``Matcher``,
/// which each thread creates for itself.
public final class Pattern: @unchecked Sendable {
    let code: OpaquePointer
    /// The pattern text as written.
    public let source: String
    /// Where the pattern came from, for error messages.
    public let origin: PatternOrigin
    /// Named capture groups and their numbers.
    public let groupNumbers: [String: Int]
    /// The same names as a list, for ``Match``'s by-name lookup.
    let groupNames: [GroupName]
    /// The number of capture groups, not counting the whole match.
    public let captureCount: Int
    /// Whether JIT compilation succeeded.
    public let isJITCompiled: Bool
    /// The same pattern behind `\G`, for anchored matching: PCRE2's JIT does not accept the
    /// `PCRE2_ANCHORED` match option (it falls back to the much slower interpreter), but runs `\G` natively.
    let anchoredCode: OpaquePointer?

    /// Compiles `source`.
    /// - Throws: ``PatternError/compile(message:offset:pattern:origin:)`` naming the offset and the origin.
    public init(_ source: String, options: PatternOptions = [], origin: PatternOrigin = PatternOrigin()) throws {
        self.source = source
        self.origin = origin
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP) | options.rawValue
        let compiled: OpaquePointer? = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw PatternError.compile(message: pcre2ErrorMessage(errorCode), offset: errorOffset,
                                       pattern: source, origin: origin)
        }
        code = compiled
        isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        anchoredCode = isJITCompiled ? Pattern.compileAnchored(source, flags: flags) : nil
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        groupNumbers = Pattern.readGroupNames(compiled)
        groupNames = groupNumbers.map { GroupName(name: $0.key, number: $0.value) }.sorted { $0.number < $1.number }
    }

    deinit {
        pcre2_code_free_8(code)
        if let anchoredCode { pcre2_code_free_8(anchoredCode) }
    }

    /// `\G(?:source)`, JIT-compiled, or `nil` when either step fails.
    private static func compileAnchored(_ source: String, flags: UInt32) -> OpaquePointer? {
        let wrapped = "\\G(?:" + source + ")"
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let compiled: OpaquePointer? = wrapped.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: wrapped.utf8.count) { bytes in
                pcre2_compile_8(bytes, wrapped.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else { return nil }
        guard pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0 else {
            pcre2_code_free_8(compiled)
            return nil
        }
        return compiled
    }

    private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
        var nameCount: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &nameCount)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard nameCount > 0, let table else { return [:] }
        var names: [String: Int] = [:]
        for index in 0..<Int(nameCount) {
            let entry = table + index * Int(entrySize)
            let number = Int(entry[0]) << 8 | Int(entry[1])
            var end = 2
            while entry[end] != 0 { end += 1 }
            names[String(decoding: UnsafeBufferPointer(start: entry + 2, count: end - 2), as: UTF8.self)] = number
        }
        return names
    }
}
