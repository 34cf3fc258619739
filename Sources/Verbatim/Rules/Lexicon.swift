/// The word lists that drive extraction and attribution, read from `Rules/lexicon/`.
public struct Lexicon: Sendable {
    /// Grammatical gender a pronoun or honorific implies, used to find a compatible antecedent.
    public enum Gender: String, Sendable, Codable { case male, female, plural, first }

    /// A courtesy title such as "Mr" or "Dr.".
    public struct Honorific: Sendable, Codable, Hashable {
        public var form: String
        public var gender: Gender?
    }

    /// A pronoun that can stand for a speaker.
    public struct Pronoun: Sendable, Codable, Hashable {
        public var form: String
        public var gender: Gender
    }

    /// A news outlet and the other ways it is written.
    public struct Outlet: Sendable, Codable, Hashable {
        public var name: String
        public var aliases: [String]?
        /// The name and every alias.
        public var forms: [String] { [name] + (aliases ?? []) }
    }

    public var reportingVerbs: [String]
    public var thinkingVerbs: [String]
    /// Verbs of a state of mind ("hopes", "expects"): a speech cue near a quotation, never the verb of
    /// reported speech.
    public var attitudeVerbs: [String]
    /// Verbs that put a short quoted phrase in someone's mouth ("called", "described").
    public var characterizingVerbs: [String]
    /// Verbs that report a demand ("urged", "called on").
    public var directiveVerbs: [String]
    public var honorifics: [Honorific]
    public var titles: [String]
    public var roles: [String]
    public var qualifiers: [String]
    public var pronouns: [Pronoun]
    /// Words of the speaker's own voice ("I", "we", "our").
    public var firstPerson: Set<String>
    public var abbreviations: Set<String>
    public var outlets: [Outlet]
    public var groups: [String]
    public var groupQualifiers: [String]
    public var leadingWords: Set<String>
    public var prepositions: Set<String>
    public var organisationHeads: [String]
    public var organisationModifiers: [String]
    public var nameParticles: [String]

    /// Every speech verb: reporting, thinking and attitude.
    public var allVerbs: [String] { reportingVerbs + thinkingVerbs + attitudeVerbs }
}

extension Lexicon {
    struct SpeechVerbsFile: Decodable {
        var reporting: [String]; var thinking: [String]; var attitude: [String]?; var characterizing: [String]?; var directive: [String]?
    }
    struct HonorificsFile: Decodable { var honorifics: [Honorific] }
    struct TitlesFile: Decodable { var titles: [String]; var roles: [String]; var qualifiers: [String] }
    struct PronounsFile: Decodable {
        var pronouns: [Pronoun]
        var firstPerson: [String]
        enum CodingKeys: String, CodingKey { case pronouns, firstPerson = "first_person" }
    }
    struct AbbreviationsFile: Decodable { var abbreviations: [String] }
    struct OutletsFile: Decodable { var outlets: [Outlet] }
    struct GroupsFile: Decodable {
        var groups: [String]
        var qualifiers: [String]
        var organisationHeads: [String]
        var organisationModifiers: [String]
        enum CodingKeys: String, CodingKey {
            case groups, qualifiers
            case organisationHeads = "organisation_heads", organisationModifiers = "organisation_modifiers"
        }
    }
    struct FunctionWordsFile: Decodable {
        var leading: [String]
        var prepositions: [String]
        var nameParticles: [String]
        enum CodingKeys: String, CodingKey { case leading, prepositions, nameParticles = "name_particles" }
    }

    /// Reads the lexicon from a `lexicon/` folder.
    public static func load(from folder: String) throws -> Lexicon {
        func path(_ name: String) -> String { "\(folder)/\(name).yml" }
        let verbs = try RuleFile.decode(SpeechVerbsFile.self, from: path("speech-verbs"))
        let titles = try RuleFile.decode(TitlesFile.self, from: path("titles"))
        let groups = try RuleFile.decode(GroupsFile.self, from: path("source-groups"))
        let pronouns = try RuleFile.decode(PronounsFile.self, from: path("pronouns"))
        let functionWords = try RuleFile.decode(FunctionWordsFile.self, from: path("function-words"))
        return Lexicon(
            reportingVerbs: verbs.reporting,
            thinkingVerbs: verbs.thinking,
            attitudeVerbs: verbs.attitude ?? [],
            characterizingVerbs: verbs.characterizing ?? [],
            directiveVerbs: verbs.directive ?? [],
            honorifics: try RuleFile.decode(HonorificsFile.self, from: path("honorifics")).honorifics,
            titles: titles.titles,
            roles: titles.roles,
            qualifiers: titles.qualifiers,
            pronouns: pronouns.pronouns,
            firstPerson: Set(pronouns.firstPerson),
            abbreviations: Set(try RuleFile.decode(AbbreviationsFile.self, from: path("abbreviations"))
                .abbreviations.map { $0.lowercased() }),
            outlets: try RuleFile.decode(OutletsFile.self, from: path("outlets")).outlets,
            groups: groups.groups,
            groupQualifiers: groups.qualifiers,
            leadingWords: Set(functionWords.leading),
            prepositions: Set(functionWords.prepositions.map { $0.lowercased() }),
            organisationHeads: groups.organisationHeads,
            organisationModifiers: groups.organisationModifiers,
            nameParticles: functionWords.nameParticles
        )
    }
}
