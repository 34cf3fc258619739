/// Turns the source an attribution names into a speaker: the fullest name the document gives for a
/// surname or honorific form, the person holding a role, the most recent compatible speaker for a pronoun.
struct SpeakerResolver {
    /// A speaker already attributed earlier in the document.
    struct Earlier {
        var offset: Int
        var person: Int
    }

    let index: PersonIndex
    let bytes: UnsafeBufferPointer<UInt8>

    /// What ``resolve(_:nameWords:earlier:sentenceStart:)`` found.
    struct Resolved {
        var speaker: Quotation.Speaker
        var confidence: Double
        /// The person of the index whose name the speaker is given, when it is one of them.
        var person: Int?
    }

    /// The speaker and the confidence of the attribution, or `nil` when it cannot be resolved.
    /// `nameWords`, when given, are the folded words of a named source (``PersonIndex/foldedWords(of:foldWide:)``).
    func resolve(_ source: SourceMention, nameWords: [FoldedWord]? = nil, earlier: [Earlier],
                 sentenceStart: Int) -> Resolved? {
        let offset = source.range.lowerBound
        switch source.kind {
        case .person(let clean):
            let words = nameWords ?? PersonIndex.foldedWords(of: clean.name)
            if let found = index.person(matching: words, near: offset) {
                let resolution: Quotation.Speaker.Resolution = index.foldedWords(ofPerson: found).count > words.count
                    ? .surname : .named
                return Resolved(speaker: Quotation.Speaker(name: index.people[found].name, mention: source.range,
                                                           resolution: resolution),
                                confidence: resolution == .named ? SpeakerConfidence.namedPerson : SpeakerConfidence.surnameOfPerson,
                                person: found)
            }
            return Resolved(speaker: Quotation.Speaker(name: clean.name, mention: source.range, resolution: .named),
                            confidence: clean.wordCount >= 2 ? SpeakerConfidence.unknownFullName : SpeakerConfidence.unknownSingleName)
        case .pronoun(let gender):
            guard gender != .plural, gender != .first,
                  let person = antecedent(before: sentenceStart, offset: offset, gender: gender, earlier: earlier) else { return nil }
            return Resolved(speaker: Quotation.Speaker(name: index.people[person].name, mention: source.range, resolution: .pronoun),
                            confidence: SpeakerConfidence.pronoun, person: person)
        case .role:
            let words = Set(PersonIndex.words(of: source.text)).subtracting(["the", "a", "an"])
            let people = index.people
            let holders = words.isEmpty ? [] : people.indices.filter { words.isSubset(of: people[$0].titleWords) }
            if let holder = index.timeline.last(before: offset, where: { holders.contains($0.person) })?.person ?? holders.first {
                return Resolved(speaker: Quotation.Speaker(name: index.people[holder].name, mention: source.range, resolution: .role),
                                confidence: SpeakerConfidence.roleHolder, person: holder)
            }
            return Resolved(speaker: Quotation.Speaker(name: source.text, mention: source.range, resolution: .unresolved),
                            confidence: SpeakerConfidence.unresolvedRole)
        case .organisation, .group:
            var name = source.text
            for article in ["The ", "the "] where name.hasPrefix(article) { name.removeFirst(article.count) }
            return Resolved(speaker: Quotation.Speaker(name: name, mention: source.range, resolution: .source),
                            confidence: SpeakerConfidence.organisation)
        }
    }

    /// The person a pronoun refers to: the latest earlier speaker or sentence-opening mention before the
    /// pronoun's sentence (or earlier in its sentence), whose gender does not conflict.
    private func antecedent(before sentenceStart: Int, offset: Int, gender: Lexicon.Gender?, earlier: [Earlier]) -> Int? {
        let people = index.people
        func compatible(_ person: Int) -> Bool {
            guard let gender, let known = people[person].gender else { return true }
            return gender == known
        }
        let speaker = earlier.last { $0.offset < offset && compatible($0.person) }
        let subject = index.timeline.last(before: sentenceStart) { !$0.isObject && compatible($0.person) }
        switch (speaker, subject) {
        case let (speaker?, subject?): return subject.offset > speaker.offset ? subject.person : speaker.person
        case let (speaker?, nil): return speaker.person
        case let (nil, subject?): return subject.person
        default: return nil
        }
    }
}
