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

    /// The speaker and the confidence of the attribution, or `nil` when it cannot be resolved.
    func resolve(_ source: SourceMention, earlier: [Earlier], sentenceStart: Int) -> (Quotation.Speaker, Double)? {
        let offset = source.range.lowerBound
        switch source.kind {
        case .person(let clean):
            let words = PersonIndex.words(of: clean.name)
            if let found = index.person(matching: words, near: offset) {
                let person = index.people[found]
                let resolution: Quotation.Speaker.Resolution = person.words.count > words.count ? .surname : .named
                return (Quotation.Speaker(name: person.name, mention: source.range, resolution: resolution),
                        resolution == .named ? 0.95 : 0.9)
            }
            return (Quotation.Speaker(name: clean.name, mention: source.range, resolution: .named), clean.wordCount >= 2 ? 0.9 : 0.75)
        case .pronoun(let gender):
            guard gender != .plural, gender != .first,
                  let person = antecedent(before: sentenceStart, offset: offset, gender: gender, earlier: earlier) else { return nil }
            return (Quotation.Speaker(name: index.people[person].name, mention: source.range, resolution: .pronoun), 0.7)
        case .role:
            let words = Set(PersonIndex.words(of: source.text)).subtracting(["the", "a", "an"])
            let holders = index.people.indices.filter { !words.isEmpty && words.isSubset(of: index.people[$0].titleWords) }
            if let holder = index.timeline.last(where: { $0.offset < offset && holders.contains($0.person) })?.person ?? holders.first {
                return (Quotation.Speaker(name: index.people[holder].name, mention: source.range, resolution: .role), 0.75)
            }
            return (Quotation.Speaker(name: source.text, mention: source.range, resolution: .unresolved), 0.4)
        case .organisation, .group:
            var name = source.text
            for article in ["The ", "the "] where name.hasPrefix(article) { name.removeFirst(article.count) }
            return (Quotation.Speaker(name: name, mention: source.range, resolution: .source), 0.85)
        }
    }

    /// The person a pronoun refers to: the latest earlier speaker or sentence-opening mention before the
    /// pronoun's sentence (or earlier in its sentence), whose gender does not conflict.
    private func antecedent(before sentenceStart: Int, offset: Int, gender: Lexicon.Gender?, earlier: [Earlier]) -> Int? {
        func compatible(_ person: Int) -> Bool {
            guard let gender, let known = index.people[person].gender else { return true }
            return gender == known
        }
        let speaker = earlier.last { $0.offset < offset && compatible($0.person) }
        let subject = index.timeline.last { $0.offset < sentenceStart && !$0.isObject && compatible($0.person) }
        switch (speaker, subject) {
        case let (speaker?, subject?): return subject.offset > speaker.offset ? subject.person : speaker.person
        case let (speaker?, nil): return speaker.person
        case let (nil, subject?): return subject.person
        default: return nil
        }
    }
}
