import Foundation

/// Expands the `{PLACEHOLDER}`s of lint rule patterns: the lexicon fragments of ``PatternTemplate``
/// (`VERB`, `NAME`, `GROUP`, …) plus a few more that lint rules need, and the `lists:` a rule file
/// defines for itself.
///
/// Extra placeholders built from `Rules/lexicon/`:
/// - `TITLE`: the capitalised title words ("Professor", "Minister"), without a final period;
/// - `ROLE`: role nouns and their qualifiers ("spokesperson", "former"), any case;
/// - `HONORIFIC`: courtesy titles without a final period ("Mr", "Dr");
/// - `ABBREVIATION`: abbreviations that end in a period without ending a sentence, any case;
/// - `LEADING`: capitalised words that start a clause but never belong to a name ("The", "However");
/// - `GROUP_QUALIFIER`: words in front of an unnamed group ("some", "western").
struct LintPatternTemplate {
    let base: PatternTemplate
    /// Placeholder name → PCRE2 fragment (non-capturing), lexicon extras and file lists.
    let fragments: [String: String]

    init(lexicon: Lexicon, template: PatternTemplate, lists: [String: [String]] = [:]) {
        base = template
        func alternation(_ words: some Sequence<String>) -> String {
            let unique = Set(words.filter { !$0.isEmpty }).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
            return "(?:" + unique.map { PatternTemplate.escape($0).replacingOccurrences(of: " ", with: "\\s+") }
                .joined(separator: "|") + ")"
        }
        func withoutPeriod(_ word: String) -> String { word.hasSuffix(".") ? String(word.dropLast()) : word }
        var fragments: [String: String] = [
            "TITLE": alternation(lexicon.titles.filter { $0.first?.isUppercase == true }.map(withoutPeriod)),
            "ROLE": "(?i:" + alternation(lexicon.roles + lexicon.qualifiers) + ")",
            "HONORIFIC": alternation(lexicon.honorifics.map { withoutPeriod($0.form) }),
            "ABBREVIATION": "(?i:" + alternation(lexicon.abbreviations) + ")",
            "LEADING": alternation(lexicon.leadingWords),
            "GROUP_QUALIFIER": "(?i:" + alternation(lexicon.groupQualifiers) + ")",
        ]
        for (name, words) in lists { fragments[name] = "(?i:" + alternation(words) + ")" }
        self.fragments = fragments
    }

    /// The names of the placeholders lint patterns may use.
    var knownPlaceholders: [String] { (Array(fragments.keys) + Array(base.fragments.keys)).sorted() }

    /// `source` with every placeholder replaced.
    /// - Throws: ``RuleError`` naming the rule when a placeholder is unknown.
    func expand(_ source: String, origin: PatternOrigin) throws -> String {
        var text = source
        for (name, fragment) in fragments where text.contains("{\(name)}") {
            text = text.replacingOccurrences(of: "{\(name)}", with: fragment)
        }
        do {
            return try base.expand(text, origin: origin)
        } catch let error as RuleError {
            let unknown = error.reason.split(separator: ";").first.map(String.init) ?? error.reason
            throw RuleError(file: error.file, line: error.line,
                            reason: "\(unknown); known: \(knownPlaceholders.joined(separator: ", "))")
        }
    }
}
