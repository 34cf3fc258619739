/// One place a document names a person.
public struct NameMention: Sendable, Hashable {
    /// The index of the document among those verified.
    public var document: Int
    /// The document's path.
    public var path: String
    /// The name as written (a UTF-8 byte range of the document text).
    public var range: Range<Int>
    /// The text of `range`.
    public var text: String
}

/// One person across the documents, as `verify` reports them.
public struct VerifiedPerson: Sendable, Hashable {
    /// The canonical name: the known-names entry, else the most complete, best-attested spelling.
    public var name: String
    /// Every place any document names the person, in document and text order.
    public var mentions: [NameMention]
    /// Some document attributes a quotation to the person.
    public var isQuoted: Bool
    /// Looks like a person: not written as organisations and places are ("the United States", "the Stimson
    /// Center", a name with an organisation word such as "Ministry"), not two names across a sentence end ("Russia. China"),
    /// not a compound of names that each stand alone more often ("China Russia"),
    /// and a one-word name only with an honorific or title somewhere ("President Xi"), not "China".
    public var isPerson: Bool
}

/// A person with everything clustering learnt about them, for reporting and for findings.
struct PersonCluster: Sendable {
    var root: Int
    var name: String
    var records: [Int]
    /// Full-name occurrences, as (document, index into the scan's `full`).
    var full: [(document: Int, index: Int)]
    var shorts: [ShortMention]
    var detached: [DetachedName]
    var isQuoted: Bool
    var isPerson = true
    /// The name comes from the known-names file.
    var isKnownName: Bool
    /// Documents with a clean full spelling (no stray punctuation, nothing fused) of this person's name.
    var cleanSpellingDocuments: [String: Set<Int>]
    var mentions: [NameMention]
}

extension SpeakerClusterer {
    /// The persons of a finished clustering, quoted or not, ordered by how many documents name them.
    func persons(_ state: inout ClusteringState) -> [PersonCluster] {
        var byRoot: [Int: PersonCluster] = [:]
        for index in state.records.records.indices {
            let root = state.root(index)
            if byRoot[root] == nil {
                byRoot[root] = PersonCluster(root: root, name: "", records: [], full: [], shorts: [], detached: [],
                                             isQuoted: false, isKnownName: false, cleanSpellingDocuments: [:], mentions: [])
            }
            byRoot[root]!.records.append(index)
            if !state.records.records[index].isFragment { byRoot[root]!.full += state.fullMatches[index] ?? [] }
            if !state.records.records[index].quotations.isEmpty { byRoot[root]!.isQuoted = true }
        }
        for mention in state.shortMentions { byRoot[state.root(mention.record)]?.shorts.append(mention) }
        for name in state.detached { byRoot[state.root(name.record)]?.detached.append(name) }
        var persons = Array(byRoot.values)
        for index in persons.indices { finish(&persons[index], &state) }
        let documents = persons.map { Set($0.mentions.map(\.document)).count }
        return persons.indices.sorted {
            documents[$0] != documents[$1] ? documents[$0] > documents[$1]
                : (persons[$0].name, persons[$0].root) < (persons[$1].name, persons[$1].root)
        }.map { persons[$0] }
    }

    private func finish(_ person: inout PersonCluster, _ state: inout ClusteringState) {
        var spellings: [String: (documents: Set<Int>, count: Int)] = [:]
        for match in person.full {
            let occurrence = state.scans[match.document].full[match.index]
            guard !occurrence.strayPunctuation, !occurrence.fused, occurrence.words >= 2 else { continue }
            let written = Self.display(state.results[match.document].text(occurrence.range))
            spellings[written, default: ([], 0)].documents.insert(match.document)
            spellings[written]!.count += 1
            person.cleanSpellingDocuments[written, default: []].insert(match.document)
        }
        for index in person.records {
            let record = state.records.records[index]
            guard record.key.words.count >= 2, !record.isFragment else { continue }
            spellings[record.name, default: ([], 0)].documents.insert(record.document)
            spellings[record.name]!.count += 1
        }
        if spellings.isEmpty, let first = person.records.first { spellings[state.records.records[first].name] = ([], 0) }
        let keys = Set(spellings.keys.map { folder.key(ofName: $0).joined })
            .union(person.records.map { state.records.records[$0].key.joined })
        if let known = rules.knownNames.first(where: { entry in
            ([entry.canonical] + entry.variants).contains { keys.contains(folder.key(ofName: $0).joined) }
        }) {
            person.name = known.canonical
            person.isKnownName = true
        } else {
            // The most complete of the spellings written in at least half as many documents as the best attested.
            let most = spellings.values.map(\.documents.count).max() ?? 0
            let pool = spellings.filter { $0.value.documents.count * 2 >= most }
            person.name = pool.max { rank($0.key, $0.value) < rank($1.key, $1.value) }!.key
        }
        person.mentions = mentions(person, state)
        person.isPerson = looksLikePerson(person, &state)
    }

    private func looksLikePerson(_ person: PersonCluster, _ state: inout ClusteringState) -> Bool {
        if state.isCompound(person.root) { return false }
        let named = person.records.filter { !state.records.records[$0].isFragment && state.records.records[$0].key.words.count >= 2 }
        guard !named.isEmpty else {
            return person.isKnownName || person.shorts.contains { $0.occurrence.titled } || !person.detached.isEmpty
        }
        for index in named {
            let words = state.records.records[index].name.lowercased().split(separator: " ").map(String.init)
            for start in words.indices {
                for length in 1...min(2, words.count - start)
                where organisationHeads.contains(words[start..<(start + length)].joined(separator: " ")) {
                    return false
                }
            }
        }
        let written = person.full.map { state.scans[$0.document].full[$0.index] }
        // Only ever written across a period, and its first word stands alone elsewhere ("… help Russia. China
        // said …"): a sentence boundary, not one person's name.
        if !written.isEmpty, written.allSatisfy(\.strayPunctuation),
           named.contains(where: { (state.standaloneDocuments[state.records.records[$0].key.words[0]] ?? 0) > 0 }) {
            return false
        }
        return written.isEmpty || written.filter(\.afterArticle).count * 2 < written.count
    }

    /// How good a spelling is for a canonical name (among those written in at least half as many documents as
    /// the best-attested one): the most complete (letters of its name words, initials aside), then written in
    /// the most documents and most often, in fewer words, properly capitalised,
    /// with accents kept.
    private func rank(_ spelling: String, _ seen: (documents: Set<Int>, count: Int)) -> Rank {
        let key = folder.key(ofName: spelling)
        let shouting = spelling.split(separator: " ").contains { word in
            word.filter(\.isLetter).count >= 3 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
        }
        return Rank(letters: key.joined.count, documents: seen.documents.count, count: seen.count,
                    fewerWords: -key.words.count, wellCased: !shouting,
                    accents: spelling.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic },
                    spelling: spelling)
    }

    private struct Rank: Comparable {
        var letters: Int, documents: Int, count: Int, fewerWords: Int, wellCased: Bool, accents: Bool, spelling: String
        static func < (lhs: Rank, rhs: Rank) -> Bool {
            let left = [lhs.letters, lhs.documents, lhs.count, lhs.fewerWords, lhs.wellCased ? 1 : 0, lhs.accents ? 1 : 0]
            let right = [rhs.letters, rhs.documents, rhs.count, rhs.fewerWords, rhs.wellCased ? 1 : 0, rhs.accents ? 1 : 0]
            if left != right { return left.lexicographicallyPrecedes(right) }
            return lhs.spelling > rhs.spelling   // the alphabetically first spelling ranks highest
        }
    }

    /// Every place the person is named: full names, the pieces of broken names, short mentions (with and
    /// without their honorific) and the names attributions give.
    private func mentions(_ person: PersonCluster, _ state: ClusteringState) -> [NameMention] {
        var ranges: [(document: Int, range: Range<Int>)] = []
        for match in person.full {
            let occurrence = state.scans[match.document].full[match.index]
            ranges.append((match.document, occurrence.range))
            if let honorific = occurrence.honorific { ranges.append((match.document, honorific)) }
        }
        for name in person.detached { ranges += [(name.document, name.first), (name.document, name.second)] }
        for mention in person.shorts {
            ranges.append((mention.document, mention.occurrence.range))
            if let honorific = mention.occurrence.honorific { ranges.append((mention.document, honorific)) }
        }
        var words = Set<String>(), joined = Set<String>()
        for index in person.records {
            words.formUnion(state.records.records[index].key.words)
            joined.formUnion(state.records.records[index].key.forms.map(\.key))
        }
        for index in person.records {
            let record = state.records.records[index]
            for range in record.speakerMentions {
                let key = folder.key(ofName: state.results[record.document].text(range))
                if !key.words.isEmpty, key.words.allSatisfy(words.contains) || joined.contains(key.joined) {
                    ranges.append((record.document, range))
                }
            }
        }
        var seen = Set<[Int]>()
        var result: [NameMention] = []
        for (document, range) in ranges.sorted(by: { ($0.document, $0.range.lowerBound, $0.range.upperBound)
                                                       < ($1.document, $1.range.lowerBound, $1.range.upperBound) })
        where seen.insert([document, range.lowerBound, range.upperBound]).inserted {
            let source = state.results[document]
            result.append(NameMention(document: document, path: source.document.path, range: range, text: source.text(range)))
        }
        return result
    }

    /// A written name for display: whitespace collapsed to single spaces.
    static func display(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
