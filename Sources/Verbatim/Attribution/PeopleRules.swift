/// The compiled patterns of `Rules/attribution/people.yml`: how people named in an article are found.
public struct PeopleRules: Sendable {
    /// Candidate names anywhere in the text.
    public var mention: Pattern
    /// Matched (anchored) against the text after a candidate: an appositive or a speech verb introduces a person.
    public var introducedAfter: Pattern
    /// Matched (anchored) after a candidate: a photo credit or byline separator.
    public var notAPersonAfter: Pattern
    /// Matched against the text before a candidate (ends with `$`): "Photo:", "Reporting by".
    public var notAPersonBefore: Pattern
    /// What every match of `notAPersonBefore` ends with, when the rule file promises it
    /// (`not_a_person_before_last` and `not_a_person_before_trailing`): most leads are turned away unsearched.
    var notAPersonBeforeEnds: LastCharacterFilter?
    /// `mention` is exactly `(?<name>{NAME})`, whose matches ``NameStartFilter`` can tell from the bytes.
    var mentionIsName = false

    struct File: Decodable {
        var mention: String
        var introduced_after: String
        var not_a_person_after: String
        var not_a_person_before: String
        var not_a_person_before_last: String?
        var not_a_person_before_trailing: String?
    }

    /// Reads and compiles the file.
    public static func load(from path: String, template: PatternTemplate) throws -> PeopleRules {
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        func compile(_ key: String, _ source: String) throws -> Pattern {
            let origin = PatternOrigin(file: path, line: RuleFile.line(ofKey: key, in: text), rule: key)
            return try Pattern(try template.expand(source, origin: origin), origin: origin)
        }
        var ends: LastCharacterFilter?
        if let last = file.not_a_person_before_last, let trailing = file.not_a_person_before_trailing {
            ends = try LastCharacterFilter(last: try compile("not_a_person_before_last", last),
                                 trailing: try compile("not_a_person_before_trailing", trailing))
        }
        return PeopleRules(mention: try compile("mention", file.mention),
                           introducedAfter: try compile("introduced_after", file.introduced_after),
                           notAPersonAfter: try compile("not_a_person_after", file.not_a_person_after),
                           notAPersonBefore: try compile("not_a_person_before", file.not_a_person_before),
                           notAPersonBeforeEnds: ends,
                           mentionIsName: file.mention == "(?<name>{NAME})")
    }
}

/// One thread's matchers for the patterns of ``PeopleRules``, created once and reused for every document.
final class PeopleMatchers {
    let mention: Matcher
    let introducedAfter: Matcher
    let notAPersonAfter: Matcher
    let notAPersonBefore: Matcher
    let notAPersonBeforeEnds: CheckedPrefilter<LastCharacterFilter>?
    /// Whether ``NameStartFilter`` may answer for `mention`.
    let mentionIsName: Bool
    /// The names cleaned in the document being read (emptied for each document, its storage reused).
    let cleanedNames = CleanedNames()
    /// The preposition set last asked for and its table (``prepositionTable(for:)``).
    private var prepositions: (words: Set<String>, table: ASCIIWordTable)?

    /// `words` as a byte table, built once while every document brings the same set.
    func prepositionTable(for words: Set<String>) -> ASCIIWordTable {
        // Comparing a set with itself (the same storage) does not look at its elements.
        if let prepositions, prepositions.words == words { return prepositions.table }
        let table = ASCIIWordTable(words)
        prepositions = (words, table)
        return table
    }

    /// The bytes `introducedAfter` and `notAPersonAfter` can start a match with: most texts after a name
    /// are ruled out without running either.
    let introducedAfterStarts: CheckedPrefilter<FirstByteFilter>
    let notAPersonAfterStarts: CheckedPrefilter<FirstByteFilter>
    /// What `introducedAfter` can do after the first bytes of a text: almost every text after a name
    /// starts with a space, which the pattern allows, and then with a word that neither starts a speech
    /// verb nor one of its adverbs ("and", "of", "was").
    let introducedAfterOpenings: CheckedPrefilter<OpeningBytesFilter>

    init(_ rules: PeopleRules) {
        mentionIsName = rules.mentionIsName
        introducedAfterStarts = CheckedPrefilter(FirstByteFilter(rules.introducedAfter))
        notAPersonAfterStarts = CheckedPrefilter(FirstByteFilter(rules.notAPersonAfter))
        introducedAfterOpenings = CheckedPrefilter(OpeningBytesFilter(rules.introducedAfter))
        mention = Matcher(rules.mention)
        introducedAfter = Matcher(rules.introducedAfter)
        notAPersonAfter = Matcher(rules.notAPersonAfter)
        notAPersonBefore = Matcher(rules.notAPersonBefore)
        notAPersonBeforeEnds = rules.notAPersonBeforeEnds.map(CheckedPrefilter.init)
    }
}
