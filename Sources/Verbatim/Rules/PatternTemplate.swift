/// Expands the `{PLACEHOLDER}`s of rule patterns into PCRE2 syntax built from the ``Lexicon``.
public struct PatternTemplate: Sendable {
    /// Placeholder name → PCRE2 fragment (non-capturing). A fragment may call the named subpatterns of
    /// ``definitions`` (`(?&verbatim_leading)`); ``expand(_:origin:)`` appends those a pattern calls.
    public let fragments: [String: String]
    /// Subpatterns that fragments call instead of repeating them, as (group name, body), each body with
    /// the options it needs inside it (a called group keeps the options of its definition). A body calls
    /// no other definition, so a pattern needs exactly those it calls itself. A lexicon
    /// alternation that `{NAME}` holds three times is compiled once per pattern this way: the called
    /// group matches exactly as the inlined text would (PCRE2 backtracks into subroutine calls), and the
    /// machine code of the patterns that hold names shrinks, which keeps more of it in the processor's
    /// caches when patterns take turns.
    public let definitions: [(name: String, body: String)]

    public init(lexicon: Lexicon) {
        func alternation(_ words: [String]) -> String { AlternationTrie(words).pattern }
        func group(_ words: [String]) -> String { "(?:" + alternation(words) + ")" }
        /// The one-word verbs of `verbs` that are no -ing forms.
        func finite(_ verbs: [String]) -> [String] { verbs.filter { !$0.hasSuffix("ing") && !$0.contains(" ") } }
        let honorifics = group(lexicon.honorifics.map(\.form))
        let titles = group(lexicon.titles)
        let roles = "(?i:" + alternation(lexicon.roles + lexicon.qualifiers) + ")"
        // Runs of letters are possessive (`*+`, `++`): when what follows cannot begin with the characters a
        // run takes, giving some back cannot lead to a match, and PCRE2 need not try it letter by letter.
        // The runs before `\h+` and `\s+` are exact anywhere. Those of a name token are exact because a
        // name is never followed by a letter or mark: the token would give back letters only for a pattern
        // that goes on inside the word (see `Rules/README.md`).
        let token = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}]*+(?:[-'’](?![sS]\\b)[\\p{L}\\p{M}]++)*)"
        let particle = group(lexicon.nameParticles)
        let leading = "verbatim_leading"
        let notLeading = "(?!(?&" + leading + ")\\b)"
        let prefix = "(?:(?:" + honorifics + "|" + titles + ")\\.?\\h+|" + roles + "\\h+|\\p{Lu}{2,}\\h+|(?:\\p{Lu}\\.){2,}\\h+"
            + "|(?:" + notLeading + "\\p{Lu}[\\p{L}\\p{M}.’'-]*+\\h+){1,4}(?=(?i:" + alternation(lexicon.roles) + ")\\s))*"
        let role = "(?:(?i:the)\\s+(?:[\\p{L}.’'-]++\\s+){0,3}?(?i:" + alternation(lexicon.roles) + ")\\b)"
        let name = "(?:" + prefix + notLeading + token + "(?:(?:\\.?\\h+|\\h+" + particle + "\\h+)" + notLeading + token + "){0,4})"
        let pronouns = "(?i:" + alternation(lexicon.pronouns.filter { $0.gender != .first }.map(\.form)) + ")"
        // "officials", "some experts", "the sources", "GOP analysts", "Labor Department officials".
        let groups = "(?i:(?:the\\s+)?(?:(?:" + group(lexicon.groupQualifiers) + "|(?-i:\\p{Lu}[\\p{L}.’'-]*+))\\s+){0,2}"
            + group(lexicon.groups) + ")\\b"
        let org = "(?:(?i:the)\\s+)?(?:(?:\\p{Lu}[\\p{L}.’'-]*+|(?i:" + alternation(lexicon.organisationModifiers) + "))\\s+){0,4}"
            + "(?i:" + alternation(lexicon.organisationHeads) + ")\\b"
            + "(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}]*(?:\\s+(?:and\\s+|of\\s+)?\\p{Lu}[\\p{L}]*)*)?"
        let outlets = group(lexicon.outlets.flatMap(\.forms))
        let affiliation = "(?:(?i:an?|the)\\s+|(?=\\p{Ll})|(?=" + titles + "\\b))[^,;:“”\"«»()\\n]{2,200}?"
            + "(?=\\s*(?:,|;|:|\\.(?:\\s|$)|$|“|”|\\())"
        // A capitalised one-word verb ("Says" in a headline, "Said" opening a sentence) is never followed by a
        // lower-case word: "the United States should" is a name, not "United" and a verb.
        let oneWordVerbs = lexicon.allVerbs.filter { !$0.contains(" ") }
        let verb = "(?:" + alternation(lexicon.allVerbs + lexicon.allVerbs.filter { $0.contains(" ") }.map(PatternTemplate.capitalised))
            + "|" + alternation(oneWordVerbs.map(PatternTemplate.capitalised)) + "(?!\\h+\\p{Ll}))"
        definitions = [(leading, group(Array(lexicon.leadingWords)))]
        fragments = [
            "VERB": verb,
            "CHARACTERIZING": lexicon.characterizingVerbs.isEmpty ? "(?!)" : alternation(lexicon.characterizingVerbs),
            "DIRECTIVE": lexicon.directiveVerbs.isEmpty ? "(?!)" : alternation(lexicon.directiveVerbs),
            "PARTICIPLE": "(?:" + alternation(lexicon.allVerbs.filter { $0.hasSuffix("ing") && !$0.contains(" ") }) + ")",
            "FINITE_VERB": "(?:" + alternation(finite(lexicon.allVerbs)) + ")",
            "REPORTING_VERB": "(?:" + alternation(finite(lexicon.reportingVerbs + lexicon.thinkingVerbs)) + ")",
            // The one-word finite reporting verbs alone: the verbs of a rule whose `verb_lists` is [reporting].
            "REPORTING_FINITE_VERB": "(?:" + alternation(finite(lexicon.reportingVerbs)) + ")",
            "NAME": name,
            "PRONOUN": "\\b" + pronouns,
            "ROLE": role,
            "GROUP": groups,
            "ORG": org,
            "OUTLET": outlets,
            "AFFILIATION": affiliation,
        ]
    }

    /// `template` with every known placeholder replaced, followed by a `(?(DEFINE)…)` group with the
    /// ``definitions`` the result calls.
    /// - Throws: ``RuleError`` when a placeholder is unknown.
    public func expand(_ template: String, origin: PatternOrigin) throws -> String {
        let expanded = try substitute(template, origin: origin)
        let called = definitions.filter { expanded.contains("(?&" + $0.name + ")") }
        guard !called.isEmpty else { return expanded }
        return expanded + "(?(DEFINE)" + called.map { "(?<" + $0.name + ">" + $0.body + ")" }.joined() + ")"
    }

    /// `template` with every known placeholder replaced by its fragment.
    private func substitute(_ template: String, origin: PatternOrigin) throws -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { result += rest[open...]; return result }
            let key = String(after[..<close])
            let escaped = result.hasSuffix("\\p") || result.hasSuffix("\\P") || result.hasSuffix("\\x")
            if escaped {
                result += "{" + key + "}"   // a PCRE2 property or code point such as \p{L}
            } else if let fragment = fragments[key] {
                result += fragment
            } else if key.allSatisfy({ $0.isUppercase || $0 == "_" }) && !key.isEmpty {
                throw RuleError(file: origin.file ?? "rules", line: origin.line,
                                reason: "unknown placeholder {\(key)} in \(origin.rule.map { "rule '\($0)'" } ?? "pattern")"
                                    + "; known: \(fragments.keys.sorted().joined(separator: ", "))")
            } else {
                result += "{" + key + "}"   // a PCRE2 quantifier such as {0,4}
            }
            rest = after[after.index(after: close)...]
        }
        return result + rest
    }

    /// `word` with its first letter in upper case ("said" → "Said").
    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `text` with PCRE2 metacharacters escaped.
    public static func escape(_ text: String) -> String {
        // Most words hold none: they are their own pattern.
        guard text.utf8.contains(where: isMetacharacter) else { return text }
        var result = ""
        for character in text {
            if let byte = character.asciiValue, isMetacharacter(byte) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// Whether `byte` is one of the ASCII characters ``escape(_:)`` escapes: `\^$.|?*+()[]{}/#-`.
    static func isMetacharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "."), UInt8(ascii: "|"), UInt8(ascii: "?"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }
}
