import CPCRE2

/// Matches one ``Pattern`` against UTF-8 bytes, reusing its match data and JIT stack across calls.
///
/// A matcher is cheap to keep and expensive to create: make one per pattern per thread and reuse it.
/// It is not `Sendable`; share the ``Pattern`` instead.
public final class Matcher {
    /// The pattern this matcher runs.
    public let pattern: Pattern
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?

    /// Default limit on backtracking steps for one match call.
    public static let defaultMatchLimit: UInt32 = 5_000_000
    /// Default limit on backtracking depth (kibibytes of heap) for one match call.
    public static let defaultDepthLimit: UInt32 = 10_000

    public init(_ pattern: Pattern, matchLimit: UInt32 = Matcher.defaultMatchLimit,
                depthLimit: UInt32 = Matcher.defaultDepthLimit) {
        self.pattern = pattern
        matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil)
        context = pcre2_match_context_create_8(nil)
        pcre2_set_match_limit_8(context, matchLimit)
        pcre2_set_depth_limit_8(context, depthLimit)
        if pattern.isJITCompiled {
            jitStack = pcre2_jit_stack_create_8(32 * 1024, 4 * 1024 * 1024, nil)
            pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
        } else {
            jitStack = nil
        }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// The first match at or after `start`, or `nil`.
    ///
    /// `subject` must be valid UTF-8 (it is not re-validated) and `start` must be on a character boundary.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                           anchored: Bool = false) throws -> Match? {
        try match(subject, start, anchored ? UInt32(PCRE2_ANCHORED) : 0)
    }

    /// The byte range of the first match at or after `start`, or `nil`: ``firstMatch(in:from:anchored:)``
    /// without building a ``Match``, for callers that only need where (or whether) the pattern matches.
    public func firstRange(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                           anchored: Bool = false) throws -> Range<Int>? {
        guard try run(subject, start, anchored ? UInt32(PCRE2_ANCHORED) : 0) else { return nil }
        let vector = pcre2_get_ovector_pointer_8(matchData)!
        return vector[0]..<vector[1]
    }

    /// The range of group `number` in the match the last call of ``firstRange(in:from:anchored:)`` found
    /// (`nil` when the group took no part): the groups of a match without building a ``Match``. Valid
    /// until the next call on this matcher.
    public func group(_ number: Int) -> Range<Int>? {
        guard number >= 0, number <= pattern.captureCount else { return nil }
        let vector = pcre2_get_ovector_pointer_8(matchData)!
        let lower = vector[2 * number], upper = vector[2 * number + 1]
        return lower == verbatim_pcre2_unset() ? nil : lower..<upper
    }

    /// Calls `body` for each non-overlapping match in `subject[start..<end]`; `body` returns `false` to stop.
    public func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                             _ body: (Match) throws -> Bool) throws {
        var offset = start
        var flags: UInt32 = 0
        while offset <= subject.count {
            guard let found = try match(subject, offset, flags) else {
                if flags == 0 { return }
                // An empty match was found here already: step over one character and try again.
                flags = 0
                offset = Matcher.nextCharacter(subject, after: offset)
                continue
            }
            guard try body(found) else { return }
            let range = found.range
            if range.isEmpty {
                flags = UInt32(PCRE2_NOTEMPTY_ATSTART) | UInt32(PCRE2_ANCHORED)
                offset = range.lowerBound
            } else {
                flags = 0
                offset = range.upperBound
            }
        }
    }

    /// All matches in `subject` from `start`.
    public func allMatches(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0) throws -> [Match] {
        var result: [Match] = []
        try forEachMatch(in: subject, from: start) { result.append($0); return true }
        return result
    }

    /// Runs the pattern once; `true` when it matched (the groups are then in the match data).
    private func run(_ subject: UnsafeBufferPointer<UInt8>, _ start: Int, _ flags: UInt32) throws -> Bool {
        let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
        var code = pattern.code
        var options = flags
        // JIT cannot run PCRE2_ANCHORED; the `\G` variant of the pattern is anchored by itself.
        if flags & UInt32(PCRE2_ANCHORED) != 0, let anchored = pattern.anchoredCode {
            code = anchored
            options &= ~UInt32(PCRE2_ANCHORED)
        }
        // A JIT-compiled pattern goes straight to the JIT fast path, which skips the interpreter's
        // argument checks (the subject was validated once, when the document was read).
        let result = pattern.isJITCompiled
            ? pcre2_jit_match_8(code, base, subject.count, start, options, matchData, context)
            : pcre2_match_8(code, base, subject.count, start, options | UInt32(PCRE2_NO_UTF_CHECK), matchData, context)
        if result == PCRE2_ERROR_NOMATCH { return false }
        if result < 0 {
            throw PatternError.match(code: result, message: pcre2ErrorMessage(result), origin: pattern.origin)
        }
        return true
    }

    private func match(_ subject: UnsafeBufferPointer<UInt8>, _ start: Int, _ flags: UInt32) throws -> Match? {
        guard try run(subject, start, flags) else { return nil }
        let vector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = verbatim_pcre2_unset()
        let groups = [Range<Int>?](unsafeUninitializedCapacity: pattern.captureCount + 1) { buffer, count in
            for index in 0..<buffer.count {
                let lower = vector[2 * index], upper = vector[2 * index + 1]
                (buffer.baseAddress! + index).initialize(to: lower == unset ? nil : lower..<upper)
            }
            count = buffer.count
        }
        return Match(groups: groups, groupNames: pattern.groupNames)
    }

    private static func nextCharacter(_ subject: UnsafeBufferPointer<UInt8>, after offset: Int) -> Int {
        var next = offset + 1
        while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
