import CPCRE2

extension Pattern {
    /// Whether every match begins at the start of the subject: the pattern opens with `^` (not in
    /// multiline mode) and PCRE2 finds every top-level branch anchored, none of them by `\G` or `.*`
    /// (which anchor at the start offset instead). Such a pattern run anchored at any other offset
    /// cannot match: a caller may skip those offsets (and checks the skip in debug builds with
    /// ``PrefilterCheck/expect(_:_:in:from:anchored:_:)``).
    public var matchesOnlyAtSubjectStart: Bool {
        var options: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_ALLOPTIONS), &options)
        return source.hasPrefix("^")
            && options & UInt32(PCRE2_ANCHORED) != 0
            && options & UInt32(PCRE2_MULTILINE) == 0
            && !source.contains("\\G") && !source.contains(".*")
    }
}
