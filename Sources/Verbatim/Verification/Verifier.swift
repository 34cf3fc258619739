/// What `verify` found across a set of documents.
public struct VerificationReport: Sendable {
    /// Every person quoted in any document, with every place any document names them.
    public var speakers: [VerifiedPerson]
    /// Everyone clustered, quoted or not (people extraction found, under their canonical names).
    public var people: [VerifiedPerson]
    /// The findings, in document order.
    public var findings: [Finding]
    /// Pairs of quotations found to give one statement, with how they differ.
    public var alignments: [QuoteAlignment]

    /// Some finding has severity `error`.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }
}

/// Cross-checks articles about the same events: clusters the speakers of all documents into persons with
/// one canonical name each, aligns the quotations that give the same statement, and reports where the
/// sources disagree — name spellings, broken names, affiliations, who said the words, and the words.
///
/// ```swift
/// let verifier = try Verifier(book: rules)
/// let report = verifier.verify(documents.map { try extractor.extract($0) })
/// print(VerificationJSON.render(report))
/// ```
///
/// Holds PCRE2 matchers: use one verifier per thread.
public final class Verifier {
    /// The rules of `Rules/verification/` in use.
    public let rules: VerificationRules
    private let clusterer: SpeakerClusterer

    /// A verifier with the rules of `book.folder/verification`.
    /// - Parameter knownNamesFile: a known-names file to use instead of the one in the rules folder.
    /// - Throws: ``RuleError`` when a verification rule file is missing or malformed.
    public convenience init(book: RuleBook, knownNamesFile: String? = nil) throws {
        let rules = try VerificationRules.load(from: "\(book.folder)/verification", template: book.template,
                                               lexicon: book.lexicon, knownNamesFile: knownNamesFile)
        self.init(rules: rules, lexicon: book.lexicon)
    }

    /// A verifier with already loaded rules; `lexicon` gives honorifics, titles and name particles.
    public init(rules: VerificationRules, lexicon: Lexicon) {
        self.rules = rules
        clusterer = SpeakerClusterer(rules: rules, lexicon: lexicon)
    }

    /// Verifies the extraction results of several documents against each other.
    public func verify(_ results: [ExtractionResult]) -> VerificationReport {
        let aligner = QuoteAligner(settings: rules.alignment, folder: clusterer.folder)
        var alignments = aligner.align(results)
        var state = clusterer.cluster(results, links: QuoteLinks(alignments.filter { $0.kind != .paraphrase }))
        let persons = clusterer.persons(&state)
        var personOf: [Int: Int] = [:]
        for (index, person) in persons.enumerated() { personOf[person.root] = index }

        func speaker(_ id: QuoteID) -> QuoteFindings.Speaker {
            guard let found = results[id.document].quotations[id.quotation].speaker, found.resolution != .unresolved else {
                return .none
            }
            if found.resolution == .source { return .source(found.name) }
            guard let record = state.records.speakerOf[id.document][id.quotation],
                  let index = personOf[state.root(record)], persons[index].isPerson else { return .source(found.name) }
            return .person(index, persons[index].name)
        }
        alignments.removeAll { alignment in
            guard alignment.kind == .paraphrase else { return false }
            guard case .person(let a, _) = speaker(alignment.quote), case .person(let b, _) = speaker(alignment.other) else { return true }
            return a != b
        }
        var builder = FindingBuilder(rules: rules, results: results)
        NameFindings(folder: clusterer.folder, clusterer: clusterer).add(persons, &state, to: &builder)
        QuoteFindings(speakerOf: speaker).add(alignments, to: &builder)
        let people = persons.map { VerifiedPerson(name: $0.name, mentions: $0.mentions, isQuoted: $0.isQuoted, isPerson: $0.isPerson) }
        return VerificationReport(speakers: people.filter { $0.isQuoted && $0.isPerson }, people: people,
                                  findings: builder.findings.sorted(by: Finding.documentOrder), alignments: alignments)
    }
}
