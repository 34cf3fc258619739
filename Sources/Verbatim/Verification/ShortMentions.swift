/// Tying one-word mentions ("Putin", "Mr Lee", "Shen") to the person they stand for.
///
/// A word stands for a person when it is that person's last name word, or any of their name words that
/// some article writes alone after an honorific or title ("Mr. Xi", "President Xi") or as the short form
/// of a speaker's fuller name.
/// The person must be named in the same document; failing that (and when `global_short_mentions` is on),
/// the one quoted person introduced with a title or appositive somewhere who has the word, when some
/// article writes the word after an honorific or title or this one attributes a quotation to it. When several people fit, a quoted person wins, then
/// the one named last before the mention. A capitalised word that opens a sentence and is also used in
/// lower case in the document ("Young people said …") is not a mention.
extension SpeakerClusterer {
    func resolveShortMentions(_ state: inout ClusteringState) {
        let attested = attestedShortWords(state)
        let detachedByDocument = Dictionary(grouping: state.detached, by: \.document)
        // Word → the sets it can stand alone for, anywhere.
        var standing: [String: [Int]] = [:]
        for (root, facts) in state.facts {
            for word in facts.lastWords.union(facts.words.intersection(attested)) { standing[word, default: []].append(root) }
        }
        for document in state.scans.indices {
            var present = Set<Int>()
            for record in state.records.byDocument[document] { present.insert(state.root(record)) }
            for match in state.scans[document].full where match.record != nil { present.insert(state.root(match.record!)) }
            for name in detachedByDocument[document] ?? [] { present.insert(state.root(name.record)) }
            let detachedRanges = Set((detachedByDocument[document] ?? []).flatMap { [$0.first, $0.second] })
            for fragment in state.scans[document].fragments where fragment.record == nil && fragment.words == 1 {
                guard !detachedRanges.contains(fragment.range),
                      let record = person(for: fragment, document, present, attested, standing, &state) else { continue }
                state.shortMentions.append(ShortMention(document: document, occurrence: fragment, record: record))
                // A one-word speaker of this document ("Xi") is the person the word stands for.
                guard state.hasFullName(record) else { continue }
                for local in state.records.byDocument[document] where state.records.records[local].key.words == [fragment.key] {
                    if !state.hasFullName(local) { state.union(record, local) }
                }
            }
        }
    }

    /// Words some article writes alone after an honorific or title, or in an attribution as the short form
    /// of a speaker's fuller name.
    private func attestedShortWords(_ state: ClusteringState) -> Set<String> {
        var words = Set<String>()
        for scan in state.scans {
            for fragment in scan.fragments where fragment.words == 1 && fragment.titled { words.insert(fragment.key) }
        }
        for (document, records) in state.records.byDocument.enumerated() {
            // An attribution that names someone by one word of a fuller name ("Kewalramani said").
            for record in records where state.records.records[record].key.words.count >= 2 {
                for mention in state.records.records[record].speakerMentions {
                    let key = folder.key(ofName: state.results[document].text(mention))
                    if key.words.count == 1 { words.insert(key.words[0]) }
                }
            }
        }
        return words
    }

    private func person(for fragment: NameOccurrence, _ document: Int, _ present: Set<Int>, _ attested: Set<String>,
                        _ standing: [String: [Int]], _ state: inout ClusteringState) -> Int? {
        let word = fragment.key
        guard let everywhere = standing[word] else { return nil }
        if fragment.sentenceStart && usedInLowerCase(fragment, document, state) { return nil }
        var local = present.filter { standsFor(word, state.root($0), attested, &state) && !state.isCompound($0) }
            .map { state.root($0) }
        local = Array(Set(local)).sorted()
        // This document attributes a quotation to the bare word ("Lavrov said").
        let attribution = state.records.byDocument[document].contains {
            state.records.records[$0].speakerMentions.contains(fragment.range)
        }
        // A word the document names on its own ("China is …") and nobody writes with an honorific or title
        // is a name of its own, not a short form of a longer name that ends with it ("Putin China").
        if !attested.contains(word), !attribution,
           let own = local.first(where: { !state.hasFullName($0) && state.factsOf($0).words == [word] }) {
            return own
        }
        // Else the one quoted person of another document the word stands for, introduced there with a title
        // or an appositive: when the word is attested, or this document attributes a quotation to it and
        // it is that person's last name word.
        if !local.contains(where: { state.hasFullName($0) }), rules.names.globalShortMentions, attested.contains(word) || attribution {
            var global: [Int] = []
            for root in everywhere.map({ state.root($0) }) where !global.contains(root)
                && state.isQuoted(root) && state.hasFullName(root) && standsFor(word, root, attested, &state) && !state.isCompound(root)
                && state.factsOf(root).introduced && (attested.contains(word) || state.factsOf(root).lastWords.contains(word)) {
                global.append(root)
                if global.count > 1 { break }
            }
            if global.count == 1 { local = global }
        }
        guard !local.isEmpty else { return nil }
        if local.count == 1 { return local[0] }
        let full = local.filter { state.hasFullName($0) }
        if full.count == 1 { return full[0] }
        let pool = full.isEmpty ? local : full
        let quoted = pool.filter { state.isQuoted($0) }
        if quoted.count == 1 { return quoted[0] }
        return nearest(before: fragment.range.lowerBound, in: document, among: quoted.isEmpty ? pool : quoted, &state)
    }

    /// Whether `word` can stand alone for the person of `root`.
    private func standsFor(_ word: String, _ root: Int, _ attested: Set<String>, _ state: inout ClusteringState) -> Bool {
        let facts = state.factsOf(root)
        return facts.lastWords.contains(word) || (attested.contains(word) && facts.words.contains(word))
    }

    /// The one of `roots` named in full last before `offset` in the document, else first after it.
    private func nearest(before offset: Int, in document: Int, among roots: [Int], _ state: inout ClusteringState) -> Int {
        var best: (offset: Int, root: Int)?
        var after: (offset: Int, root: Int)?
        for match in state.scans[document].full {
            guard let record = match.record else { continue }
            let root = state.root(record)
            guard roots.contains(root) else { continue }
            if match.range.lowerBound < offset {
                if best == nil || match.range.lowerBound > best!.offset { best = (match.range.lowerBound, root) }
            } else if after == nil {
                after = (match.range.lowerBound, root)
            }
        }
        return best?.root ?? after?.root ?? roots[0]
    }

    /// Whether the document also writes the word in lower case ("young" for a sentence-initial "Young").
    private func usedInLowerCase(_ fragment: NameOccurrence, _ document: Int, _ state: ClusteringState) -> Bool {
        let written = state.results[document].text(fragment.range)
        guard let first = written.first else { return false }
        let lower = first.lowercased() + written.dropFirst()
        guard lower != written else { return false }
        let result = state.results[document]
        return result.document.bytes.withUnsafeBufferPointer { bytes in
            !NameConsistencyCheck.occurrences(of: Array(lower.utf8), in: bytes, result.document.bodyRange).isEmpty
        }
    }
}
