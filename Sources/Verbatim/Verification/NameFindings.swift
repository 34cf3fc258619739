/// The name findings: `name-variant`, `garbled-name` and `affiliation-mismatch`.
///
/// Only people quoted somewhere, or introduced as people (a title, an honorific, an appositive) and named
/// in full in two documents or more, are checked, so that a capitalised phrase extraction took for a name
/// ("Putin Ordered", "Social Sciences") says nothing.
struct NameFindings {
    let folder: NameFolder
    let clusterer: SpeakerClusterer

    func add(_ persons: [PersonCluster], _ state: inout ClusteringState, to builder: inout FindingBuilder) {
        for person in persons {
            let documents = Set(person.full.map(\.document)).union(person.records.map { state.records.records[$0].document })
            let introduced = person.full.contains { state.scans[$0.document].full[$0.index].titled
                || state.scans[$0.document].full[$0.index].appositive != nil }
                || person.records.contains { !state.records.records[$0].affiliations.isEmpty }
            guard person.isPerson, person.isQuoted || (documents.count >= 2 && introduced) else { continue }
            let references = references(person, state, builder)
            spellings(person, references, state, &builder)
            detached(person, references, &builder)
            if person.isQuoted { affiliations(person, state, &builder) }
        }
    }

    // MARK: Spellings

    private func spellings(_ person: PersonCluster, _ references: References, _ state: ClusteringState,
                           _ builder: inout FindingBuilder) {
        let canonicalDocuments = person.cleanSpellingDocuments[person.name] ?? []
        let cleanDocuments = person.cleanSpellingDocuments.values.reduce(into: Set<Int>()) { $0.formUnion($1) }
        for match in person.full {
            let occurrence = state.scans[match.document].full[match.index]
            let written = SpeakerClusterer.display(builder.results[match.document].text(occurrence.range))
            let related = references.besides(match.document)
            if occurrence.strayPunctuation || occurrence.fused {
                guard person.isKnownName || !cleanDocuments.isEmpty else { continue }
                let problem = occurrence.strayPunctuation ? "stray_punctuation" : "fused"
                builder.add("garbled-name", match.document, occurrence.range,
                            values: ["written": occurrence.fused ? glued(builder.results[match.document], occurrence.range) : written,
                                     "canonical": person.name,
                                     "problem": builder.rules.rule("garbled-name").problems[problem] ?? problem],
                            suggestion: person.name, related: related)
                continue
            }
            guard occurrence.form != .shortened, let reason = difference(written, person.name) else { continue }
            builder.add("name-variant", match.document, occurrence.range,
                        values: ["written": written, "canonical": person.name, "count": String(canonicalDocuments.count),
                                 "reason": builder.rules.rule("name-variant").reasons[reason] ?? reason],
                        suggestion: person.name, related: related)
        }
        let canonicalWords = person.name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        for mention in person.shorts {
            let written = builder.results[mention.document].text(mention.occurrence.range)
            guard let expected = canonicalWords.first(where: { folder.key($0) == folder.key(written) }),
                  expected != written, difference(written, expected) != nil else { continue }
            builder.add("name-variant", mention.document, mention.occurrence.range,
                        values: ["written": written, "canonical": person.name, "count": String(canonicalDocuments.count),
                                 "reason": builder.rules.rule("name-variant").reasons[difference(written, expected)!] ?? ""],
                        suggestion: expected, related: references.besides(mention.document))
        }
    }

    /// A fused name with the words glued to it ("Evan MedeirosProfessor"): the text out to the spaces around it.
    private func glued(_ result: ExtractionResult, _ range: Range<Int>) -> String {
        let bytes = result.document.bytes
        var start = range.lowerBound, end = range.upperBound
        while start > result.document.bodyRange.lowerBound, bytes[start - 1] > 0x20 { start -= 1 }
        while end < result.document.bodyRange.upperBound, bytes[end] > 0x20 { end += 1 }
        return result.text(start..<end).trimmingCharacters(in: .punctuationCharacters)
    }

    /// Why `written` is not `canonical`, or `nil` when it is the same name (initials aside).
    func difference(_ written: String, _ canonical: String) -> String? {
        guard written != canonical else { return nil }
        let a = words(written), b = words(canonical)
        guard a != b else { return nil }
        let foldedA = a.map(folder.fold), foldedB = b.map(folder.fold)
        if foldedA == foldedB { return "accents" }
        if foldedA.joined() == foldedB.joined() { return "split" }
        if Set(foldedA) == Set(foldedB) || foldedA.reversed().joined() == foldedB.joined() { return "order" }
        if a.map(folder.key).joined() == b.map(folder.key).joined() { return "transliteration" }
        let rotated = a.count >= 2 ? (Array(a.dropFirst()) + [a[0]]).map(folder.key).joined() : ""
        if rotated == b.map(folder.key).joined() { return "order" }
        return "spelling"
    }

    /// Name words without initials and stray periods.
    private func words(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == " " || $0 == "-" })
            .map { String($0.drop { $0 == "." || $0 == "," }.reversed().drop { $0 == "." || $0 == "," }.reversed()) }
            .filter { $0.count > 1 }
    }

    /// Places that write a person's name cleanly, for `related`: the canonical spelling in two documents,
    /// else any clean full name in two documents.
    struct References {
        var canonical: [(document: Int, location: Location)] = []
        var clean: [(document: Int, location: Location)] = []

        /// A place outside `document`, canonical spelling first.
        func besides(_ document: Int) -> [Location] {
            let found = canonical.first { $0.document != document } ?? clean.first { $0.document != document }
            return found.map { [$0.location] } ?? []
        }
    }

    private func references(_ person: PersonCluster, _ state: ClusteringState, _ builder: FindingBuilder) -> References {
        var references = References()
        for match in person.full where references.canonical.count < 2 {
            let occurrence = state.scans[match.document].full[match.index]
            guard !occurrence.strayPunctuation, !occurrence.fused else { continue }
            let entry = (match.document, builder.location(match.document, occurrence.range))
            let written = SpeakerClusterer.display(builder.results[match.document].text(occurrence.range))
            if written == person.name, !references.canonical.contains(where: { $0.document == match.document }) {
                references.canonical.append(entry)
            } else if references.clean.count < 2, !references.clean.contains(where: { $0.document == match.document }) {
                references.clean.append(entry)
            }
        }
        return references
    }

    // MARK: Broken names

    private func detached(_ person: PersonCluster, _ references: References, _ builder: inout FindingBuilder) {
        for name in person.detached {
            let result = builder.results[name.document]
            let first = result.text(name.first), second = result.text(name.second)
            let problem = MessageTemplate.render(builder.rules.rule("garbled-name").problems["detached"] ?? "detached",
                                                 ["first": first, "second": second])
            builder.add("garbled-name", name.document, name.second,
                        values: ["written": second, "canonical": person.name, "problem": problem, "first": first, "second": second],
                        suggestion: person.name,
                        related: [builder.location(name.document, name.first)] + references.besides(name.document))
        }
    }

    // MARK: Affiliations

    private func affiliations(_ person: PersonCluster, _ state: ClusteringState, _ builder: inout FindingBuilder) {
        var byDocument: [Int: [Range<Int>]] = [:]
        for index in person.records where !state.records.records[index].isFragment {
            byDocument[state.records.records[index].document, default: []] += state.records.records[index].affiliations
        }
        for match in person.full {
            if let appositive = state.scans[match.document].full[match.index].appositive {
                byDocument[match.document, default: []].append(appositive)
            }
        }
        let nameWords = Set(person.records.flatMap { state.records.records[$0].key.words })
        var seen = Set<String>()
        var first: (document: Int, range: Range<Int>)?
        for document in byDocument.keys.sorted() {
            var words = Set<String>()
            var shown: Range<Int>?
            for range in byDocument[document]! {
                let found = organisationWords(builder.results[document].text(range)).subtracting(nameWords)
                if !found.isEmpty && shown == nil { shown = range }
                words.formUnion(found)
            }
            guard let range = shown else { continue }
            if let earlier = first, seen.isDisjoint(with: words) {
                builder.add("affiliation-mismatch", document, range,
                            values: ["canonical": person.name, "affiliation": builder.results[document].text(range),
                                     "other_affiliation": builder.results[earlier.document].text(earlier.range),
                                     "other": builder.name(of: earlier.document)],
                            related: [builder.location(earlier.document, earlier.range)])
            }
            if first == nil { first = (document, range) }
            seen.formUnion(words)
        }
    }

    /// The capitalised words of an affiliation that name an organisation or place: not titles, honorifics,
    /// qualifiers ("Russian") or words without content.
    private func organisationWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        for piece in text.split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" && $0 != "." }) {
            let word = String(piece).trimmingCharacters(in: .init(charactersIn: ".’'"))
            guard let initial = word.first, initial.isUppercase, !folder.isPrefixWord(word) else { continue }
            let key = folder.fold(word.hasSuffix("’s") || word.hasSuffix("'s") ? String(word.dropLast(2)) : word)
            if key.count >= 2 && !clusterer.rules.names.contextStopWords.contains(key) { words.insert(key) }
        }
        return words
    }
}
