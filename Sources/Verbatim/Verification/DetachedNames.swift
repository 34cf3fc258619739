/// Finding names broken apart by garbled text ("said Shen, a Shanghai-based international relations
/// scholar. Ding Li said." for Shen Dingli).
///
/// Two capitalised fragments close together in one document, neither of them that person's full name,
/// whose words joined (in either order) are the full name of a person another document names. The
/// string alone is not enough: the words around the fragments must share words with the person's
/// affiliation in the other documents, or a quotation next to a fragment must align with one of the
/// person's quotations elsewhere. A fragment written on its own in more documents than the person is named
/// in full ("China", "Putin") is a name of its own and never a piece.
extension SpeakerClusterer {
    func findDetachedNames(_ state: inout ClusteringState, links: QuoteLinks) {
        let settings = rules.names.detachedName
        for document in state.scans.indices {
            let fragments = state.scans[document].fragments
            var used = Set<Int>()
            for first in fragments.indices where !used.contains(first) {
                let last = min(fragments.count - 1, first + 1 + settings.maxFragmentsBetween)
                guard first < last else { continue }
                for second in (first + 1)...last where !used.contains(second) {
                    let a = fragments[first], b = fragments[second]
                    guard b.range.lowerBound - a.range.upperBound <= settings.windowBytes,
                          b.range.lowerBound > a.range.upperBound else { break }
                    guard let record = person(joining: a, b, document, &state),
                          hasEvidence(a, b, document, record, &state, links) else { continue }
                    merge(a, b, document, record, &state)
                    used.formUnion([first, second])
                    break
                }
            }
        }
    }

    /// A record named in full elsewhere whose name is `a` and `b` joined, when neither alone is that person,
    /// nor the full name of someone quoted or named more often than that person ("Recall" and "Xi Jinping" are
    /// not pieces of a "Recall Xi Jinping" that extraction took for a name).
    private func person(joining a: NameOccurrence, _ b: NameOccurrence, _ document: Int,
                        _ state: inout ClusteringState) -> Int? {
        for key in [a.key + b.key, b.key + a.key] {
            guard let entry = state.dictionary.full[key], entry.form != .shortened else { continue }
            let root = state.root(entry.record)
            let weight = state.factsOf(entry.record).weight
            var blocked = false
            for own in [a.record, b.record].compactMap({ $0 }) where !state.records.records[own].isFragment {
                let facts = state.factsOf(own)
                if state.root(own) == root || facts.quoted || facts.weight > weight { blocked = true }
            }
            // A piece that stands alone in more documents than the person is named in full is a name of its
            // own ("China" … "Iran" for a "China Iran" extraction made up), not a piece of this one.
            let named = state.factsOf(entry.record).documents.count
            if [a.key, b.key].contains(where: { (state.standaloneDocuments[$0] ?? 0) > named + 1 }) { blocked = true }
            guard !blocked, state.isNamedElsewhere(entry.record, than: document) else { continue }
            return entry.record
        }
        return nil
    }

    private func hasEvidence(_ a: NameOccurrence, _ b: NameOccurrence, _ document: Int, _ record: Int,
                             _ state: inout ClusteringState, _ links: QuoteLinks) -> Bool {
        let result = state.results[document]
        let local = localRecords(a, b, document, state)
        // A quotation of a fragment aligned with one of the person's quotations elsewhere.
        let root = state.root(record)
        for fragmentRecord in local {
            for quotation in state.records.records[fragmentRecord].quotations {
                for other in links[QuoteID(document: document, quotation: quotation)] {
                    if let speaker = state.records.speakerOf[other.document][other.quotation], state.root(speaker) == root {
                        return true
                    }
                }
            }
        }
        // Shared words between the fragments' surroundings and the person's affiliation elsewhere.
        var here = contextWords(result.text(a.range.upperBound..<b.range.lowerBound))
        for range in [a.appositive, b.appositive].compactMap({ $0 }) { here.formUnion(contextWords(result.text(range))) }
        for fragmentRecord in local {
            for range in state.records.records[fragmentRecord].affiliations { here.formUnion(contextWords(result.text(range))) }
        }
        guard !here.isEmpty else { return false }
        let elsewhere = context(of: record, &state).filter { $0.document != document }
            .reduce(into: Set<String>()) { $0.formUnion($1.words) }
        return here.intersection(elsewhere).count >= rules.names.detachedName.minSharedContextWords
    }

    /// Affiliation words of the set of `record`, by document: from the first few of its records' affiliations
    /// and appositives after its full names (enough to judge, bounded for people named everywhere).
    private func context(of record: Int, _ state: inout ClusteringState) -> [(document: Int, words: Set<String>)] {
        let root = state.root(record)
        if let cached = state.contextCache[root] { return cached }
        var found: [(document: Int, words: Set<String>)] = []
        let limit = 24
        for member in state.membersOf(record) where found.count < limit {
            let owner = state.records.records[member]
            for range in owner.affiliations.prefix(4) {
                found.append((owner.document, contextWords(state.results[owner.document].text(range))))
            }
            for match in (state.fullMatches[member] ?? []) where found.count < limit {
                if let range = state.scans[match.document].full[match.index].appositive {
                    found.append((match.document, contextWords(state.results[match.document].text(range))))
                }
            }
        }
        state.contextCache[root] = found
        return found
    }

    /// The records of `document` that are one of the fragments (a speaker "Shen", a person "Ding Li").
    private func localRecords(_ a: NameOccurrence, _ b: NameOccurrence, _ document: Int, _ state: ClusteringState) -> [Int] {
        state.records.byDocument[document].filter {
            let key = state.records.records[$0].key.joined
            return key == a.key || key == b.key
        }
    }

    /// Joins the fragments' records to the person. A set made only of records with the fragment's name
    /// ("Ding Li" in every copy of a garbled story) becomes fragments as a whole, so its words never stand
    /// for the person and later copies are still reported.
    private func merge(_ a: NameOccurrence, _ b: NameOccurrence, _ document: Int, _ record: Int,
                       _ state: inout ClusteringState) {
        for local in localRecords(a, b, document, state) {
            let key = state.records.records[local].key.joined
            let members = state.membersOf(local)
            if state.root(local) == state.root(record) {
                state.markFragment(local)
            } else if members.allSatisfy({ state.records.records[$0].key.joined == key }) {
                state.markFragments(members)
                state.union(record, local)
            }
        }
        state.detached.append(DetachedName(document: document, first: a.range, second: b.range, record: record))
    }
}
