/// A name broken apart by garbled text: two fragments of one document that together are a person's name.
struct DetachedName: Sendable {
    var document: Int
    /// The earlier fragment ("Shen").
    var first: Range<Int>
    /// The later fragment ("Ding Li").
    var second: Range<Int>
    /// A record of the person the fragments name.
    var record: Int
}

/// A short mention ("Putin", "Mr Lee") tied to a person.
struct ShortMention: Sendable {
    var document: Int
    var occurrence: NameOccurrence
    var record: Int
}

/// What clustering needs to know about a set of records without walking its members: kept up to date
/// as sets merge.
struct SetFacts: Sendable {
    /// Someone in the set has a quotation.
    var quoted = false
    /// The set has a name of two words or more (not a fragment of a broken name).
    var fullName = false
    /// The last words of its names: words that can stand alone for the person.
    var lastWords = Set<String>()
    /// All words of its names.
    var words = Set<String>()
    /// The documents that name the set in full.
    var documents = Set<Int>()
    /// How often the set is named in full: records and full-name matches.
    var weight = 0
    /// Introduced as a person somewhere: a title or honorific in front, an appositive, an affiliation.
    var introduced = false

    mutating func add(document: Int) {
        weight += 1
        documents.insert(document)
    }

    mutating func merge(_ other: SetFacts) {
        quoted = quoted || other.quoted
        fullName = fullName || other.fullName
        lastWords.formUnion(other.lastWords)
        words.formUnion(other.words)
        documents.formUnion(other.documents)
        weight += other.weight
        introduced = introduced || other.introduced
    }
}

/// Everything speaker clustering works on, shared by its steps.
struct ClusteringState {
    let results: [ExtractionResult]
    var records: NameRecords
    var sets: UnionFind
    /// The records of each set, by representative.
    var members: [Int: [Int]] = [:]
    /// What is known of each set, by representative.
    var facts: [Int: SetFacts] = [:]
    var scans: [DocumentScan] = []
    var dictionary = NameDictionary()
    /// Name word → records whose name has it.
    var wordIndex: [String: [Int]] = [:]
    /// Record → its full matches, as (document, index into that scan's `full`).
    var fullMatches: [Int: [(document: Int, index: Int)]] = [:]
    var detached: [DetachedName] = []
    var shortMentions: [ShortMention] = []
    /// Capitalised runs (their joined key) → how many documents write them standing alone.
    var standaloneDocuments: [String: Int] = [:]
    /// Affiliation words of each set in the documents that name it, computed when first needed.
    var contextCache: [Int: [(document: Int, words: Set<String>)]] = [:]

    init(results: [ExtractionResult], records: NameRecords) {
        self.results = results
        self.records = records
        sets = UnionFind(count: records.records.count)
        for index in records.records.indices {
            members[index] = [index]
            facts[index] = Self.facts(of: records.records[index])
        }
    }

    private static func facts(of record: NameRecord) -> SetFacts {
        var facts = SetFacts()
        facts.quoted = !record.quotations.isEmpty
        guard !record.isFragment else { return facts }
        facts.words = Set(record.key.words)
        if let last = record.key.words.last { facts.lastWords = [last] }
        if record.key.words.count >= 2 {
            facts.fullName = true
            facts.introduced = !record.affiliations.isEmpty
            facts.add(document: record.document)
        }
        return facts
    }

    /// Merges the sets of two records, keeping `members` and `facts` up to date.
    mutating func union(_ a: Int, _ b: Int) {
        let rootA = sets.find(a), rootB = sets.find(b)
        guard rootA != rootB else { return }
        let root = sets.union(rootA, rootB)
        let other = root == rootA ? rootB : rootA
        members[root, default: []] += members[other] ?? []
        members[other] = nil
        if let merged = facts.removeValue(forKey: other) { facts[root, default: SetFacts()].merge(merged) }
    }

    /// Marks a record as a fragment of a broken name, rebuilding what its set knows when the set is small
    /// (a large set keeps what it knew: one fragment among many names changes little).
    mutating func markFragment(_ record: Int) {
        records.records[record].isFragment = true
        let root = sets.find(record)
        let group = members[root] ?? [record]
        guard group.count <= 32 else { return }
        var rebuilt = SetFacts()
        for member in group { rebuilt.merge(Self.facts(of: records.records[member])) }
        for member in group where !records.records[member].isFragment {
            for match in fullMatches[member] ?? [] { rebuilt.add(document: match.document) }
        }
        facts[root] = rebuilt
    }

    /// Marks a whole set (all of one name) as fragments of a broken name.
    mutating func markFragments(_ group: [Int]) {
        guard let first = group.first else { return }
        var quoted = false
        for member in group {
            records.records[member].isFragment = true
            quoted = quoted || !records.records[member].quotations.isEmpty
        }
        var rebuilt = SetFacts()
        rebuilt.quoted = quoted
        facts[sets.find(first)] = rebuilt
    }

    /// Notes that document `document` names `record` in full.
    mutating func addFullMatch(_ record: Int, document: Int, index: Int, introduced: Bool) {
        fullMatches[record, default: []].append((document, index))
        facts[sets.find(record)]?.add(document: document)
        if introduced { facts[sets.find(record)]?.introduced = true }
    }

    mutating func root(_ record: Int) -> Int { sets.find(record) }

    /// The records of the set `record` belongs to.
    mutating func membersOf(_ record: Int) -> [Int] { members[sets.find(record)] ?? [record] }

    /// What is known of the set `record` belongs to.
    mutating func factsOf(_ record: Int) -> SetFacts { facts[sets.find(record)] ?? SetFacts() }

    /// Whether anyone in the set of `record` has a quotation.
    mutating func isQuoted(_ record: Int) -> Bool { factsOf(record).quoted }

    /// Whether the set of `record` has a name of two words or more.
    mutating func hasFullName(_ record: Int) -> Bool { factsOf(record).fullName }

    /// Whether the set's name is made of other names: every word of it stands alone in more documents than
    /// the name is written in full ("China Russia", "Putin Xi"), unlike a person's given name ("Jinping").
    mutating func isCompound(_ record: Int) -> Bool {
        let facts = factsOf(record)
        guard facts.fullName, !facts.words.isEmpty else { return false }
        return facts.words.allSatisfy { (standaloneDocuments[$0] ?? 0) > facts.documents.count }
    }

    /// Whether a document other than `document` names the set of `record` in full.
    mutating func isNamedElsewhere(_ record: Int, than document: Int) -> Bool {
        factsOf(record).documents.contains { $0 != document }
    }
}

/// Groups the people of many documents into persons: names that agree word for word after folding,
/// transliteration, split/joined words and either order; names broken apart in one document when another
/// names the person in full and the context agrees; and short mentions tied to the person they stand for.
///
/// Holds PCRE2 matchers: one clusterer per thread.
final class SpeakerClusterer {
    let rules: VerificationRules
    let folder: NameFolder
    /// Words that end an organisation's name ("ministry", "white house"), lower case.
    let organisationHeads: Set<String>
    private let scanner: NameScanner

    init(rules: VerificationRules, lexicon: Lexicon) {
        self.rules = rules
        organisationHeads = Set(lexicon.organisationHeads.map { $0.lowercased() })
        folder = NameFolder(settings: rules.names, lexicon: lexicon)
        scanner = NameScanner(rules: rules, folder: folder)
    }

    /// Clusters the people of `results`; `links` are aligned quotations, used as evidence for broken names.
    func cluster(_ results: [ExtractionResult], links: QuoteLinks) -> ClusteringState {
        var state = ClusteringState(results: results, records: NameRecords(results, folder: folder))
        mergeSameNames(&state)
        mergeKnownNames(&state)
        buildDictionary(&state)
        state.scans = results.map { scanner.scan($0.document, dictionary: state.dictionary, records: state.records.records) }
        for (document, scan) in state.scans.enumerated() {
            for (index, match) in scan.full.enumerated() {
                if let record = match.record {
                    state.addFullMatch(record, document: document, index: index, introduced: match.titled || match.appositive != nil)
                }
            }
            for key in Set(scan.fragments.map(\.key)) { state.standaloneDocuments[key, default: 0] += 1 }
        }
        findDetachedNames(&state, links: links)
        resolveShortMentions(&state)
        return state
    }

    /// Records whose names agree word for word (in either order, split or joined) are one person.
    private func mergeSameNames(_ state: inout ClusteringState) {
        var written: [String: Int] = [:]
        let records = state.records.records
        for (index, record) in records.enumerated() where record.key.words.count >= 2 {
            if let other = written[record.key.joined] { state.union(other, index) } else { written[record.key.joined] = index }
        }
        for (index, record) in records.enumerated() where record.key.words.count >= 2 {
            for form in record.key.forms where form.form != .written {
                if let other = written[form.key] { state.union(other, index) }
            }
        }
    }

    /// Records that match one known-names entry (its name or a variant) are one person.
    private func mergeKnownNames(_ state: inout ClusteringState) {
        guard !rules.knownNames.isEmpty else { return }
        var byKey: [String: [Int]] = [:]
        for (index, record) in state.records.records.enumerated() { byKey[record.key.joined, default: []].append(index) }
        for known in rules.knownNames {
            let found = ([known.canonical] + known.variants).flatMap { byKey[folder.key(ofName: $0).joined] ?? [] }
            for record in found.dropFirst() { state.union(found[0], record) }
        }
    }

    /// The keys the scanner looks for: every form of every name of two words or more, and known-name
    /// variants of people present; and the word index for short mentions.
    private func buildDictionary(_ state: inout ClusteringState) {
        var byKey: [String: Int] = [:]
        for (index, record) in state.records.records.enumerated() {
            for word in Set(record.key.words) { state.wordIndex[word, default: []].append(index) }
            state.dictionary.addPieces(record.key)
            guard record.key.words.count >= 2 else { continue }
            byKey[record.key.joined] = byKey[record.key.joined] ?? index
            for form in record.key.forms { state.dictionary.add(form.key, record: index, form: form.form) }
        }
        for known in rules.knownNames {
            let keys = ([known.canonical] + known.variants).map { folder.key(ofName: $0) }
            guard let record = keys.lazy.compactMap({ byKey[$0.joined] }).first else { continue }
            for key in keys where key.words.count >= 2 { state.dictionary.add(key.joined, record: record, form: .written) }
        }
    }

    /// The words of `text` that say something about a person: folded, three letters or more, not stop words.
    func contextWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 3 && !rules.names.contextStopWords.contains(current) { words.insert(current) }
            current = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if (0x41...0x5A).contains(value) { current.unicodeScalars.append(Unicode.Scalar(value + 0x20)!) }
                else if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) { current.unicodeScalars.append(scalar) }
                else { flush() }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current += folder.fold(String(scalar))
            } else if scalar.properties.generalCategory != .nonspacingMark {
                flush()
            }
        }
        flush()
        return words
    }
}
