import CPCRE2

extension Pattern {
    /// The fewest bytes any match can span (`PCRE2_INFO_MINLENGTH`; a lower bound, not always exact).
    public var minimumMatchLength: Int {
        var minimum: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_MINLENGTH), &minimum)
        return Int(minimum)
    }

    /// For each byte value, whether a match can start with it: PCRE2's first-code-unit bitmap, or `nil`
    /// when PCRE2 built none (the pattern can start with too many bytes for it to be worth one).
    public var possibleFirstBytes: [Bool]? {
        var bitmap: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap)
        guard let bitmap else { return nil }
        return (0..<256).map { bitmap[$0 >> 3] & (1 << ($0 & 7)) != 0 }
    }

    /// Probes whether texts can open with given bytes and still match from their start, with PCRE2's
    /// partial matching (`PCRE2_PARTIAL_HARD`, anchored): a cheap question asked once per pattern to
    /// build lookup tables, not a matcher for text.
    public final class OpeningProbe {
        private let pattern: Pattern
        private let matchData: OpaquePointer
        /// The pattern's `\G`-anchored form compiled by the JIT for hard partial matching, when the platform
        /// allows: the walks of ``OpeningWordFilter`` ask hundreds of thousands of questions, which the
        /// interpreter answers ten times slower (the same answers: PCRE2 matches partially alike either way).
        private let partialCode: OpaquePointer?
        /// The subject of the last question, kept so that the next one reuses its storage (a walk asks
        /// hundreds of thousands of questions, and a new array for each cost as much as PCRE2's answers).
        /// Only ``result(_:then:after:)`` touches it, one question at a time: it needs no run-time
        /// exclusivity check.
        @exclusivity(unchecked) private var subject: [UInt8] = []

        public convenience init(_ pattern: Pattern) {
            self.init(pattern, jit: true)
        }

        /// A probe that asks the interpreter only when `jit` is `false` (for comparing the two).
        init(_ pattern: Pattern, jit: Bool) {
            self.pattern = pattern
            matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil)
            var partial: OpaquePointer?
            if jit, let anchored = pattern.anchoredCode, let copy = pcre2_code_copy_8(anchored) {
                if pcre2_jit_compile_8(copy, UInt32(PCRE2_JIT_PARTIAL_HARD)) == 0 { partial = copy } else { pcre2_code_free_8(copy) }
            }
            partialCode = partial
        }

        deinit {
            pcre2_match_data_free_8(matchData)
            if let partialCode { pcre2_code_free_8(partialCode) }
        }

        /// Whether some text that begins with `opening`, right after `context` (by default at the start of
        /// the text), matches or could match there.
        public func canOpen(_ opening: [UInt8], after context: [UInt8] = []) -> Bool {
            result(opening, after: context) != PCRE2_ERROR_NOMATCH
        }

        /// What a text that begins with `opening` (at the start of the text) can do there.
        public enum Opening: Sendable {
            /// No text that begins so matches at its start.
            case none
            /// Some text that goes on from `opening` may match.
            case partial
            /// `opening` already holds a whole match that looks no further (or PCRE2 could not tell):
            /// every text that begins so matches.
            case complete
        }

        /// Whether texts that begin with `opening`, and then `next` when given, match at their start:
        /// never, perhaps, or always.
        public func opening(_ opening: [UInt8], then next: UInt8? = nil) -> Opening {
            switch result(opening, then: next, after: []) {
            case PCRE2_ERROR_NOMATCH: return .none
            case PCRE2_ERROR_PARTIAL: return .partial
            default: return .complete
            }
        }

        private func result(_ opening: [UInt8], then next: UInt8? = nil, after context: [UInt8]) -> Int32 {
            subject.removeAll(keepingCapacity: true)
            subject.append(contentsOf: context)
            subject.append(contentsOf: opening)
            if let next { subject.append(next) }
            return subject.withUnsafeBufferPointer { buffer in
                if let partialCode {
                    return pcre2_jit_match_8(partialCode, buffer.baseAddress, buffer.count, context.count,
                                             UInt32(PCRE2_PARTIAL_HARD), matchData, nil)
                }
                return pcre2_match_8(pattern.code, buffer.baseAddress, buffer.count, context.count,
                                     UInt32(PCRE2_ANCHORED) | UInt32(PCRE2_PARTIAL_HARD) | UInt32(PCRE2_NO_JIT), matchData, nil)
            }
        }
    }
}
