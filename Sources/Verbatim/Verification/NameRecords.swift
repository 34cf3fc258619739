/// A person as one document names them — from extraction's people and quotation speakers — the unit
/// that speaker clustering merges across documents.
struct NameRecord: Sendable {
    var document: Int
    /// The fullest name the document gives, as extraction cleaned it.
    var name: String
    var key: NameKey
    /// Quotations (indices into the document's quotations) attributed to this person.
    var quotations: [Int] = []
    /// Titles and appositives written next to the name.
    var affiliations: [Range<Int>] = []
    /// Where a quotation's attribution names this person (a name or surname, not a pronoun).
    var speakerMentions: [Range<Int>] = []
    /// A fragment of a name broken apart in the text ("Ding Li" of "Shen … Ding Li").
    var isFragment = false
}

/// The records of all documents, and which record each attributed quotation belongs to.
struct NameRecords: Sendable {
    var records: [NameRecord] = []
    /// `speakerOf[document][quotation]`: the record of the quotation's speaker, if it is a person.
    var speakerOf: [[Int?]] = []
    /// The records of each document.
    var byDocument: [[Int]] = []

    /// Builds the records of `results`: one per distinct name key in each document.
    init(_ results: [ExtractionResult], folder: NameFolder) {
        for (document, result) in results.enumerated() {
            var byKey: [String: Int] = [:]
            var mine: [Int] = []
            func record(for name: String) -> Int? {
                let key = folder.key(ofName: name)
                guard !key.words.isEmpty else { return nil }
                if let found = byKey[key.joined] { return found }
                records.append(NameRecord(document: document, name: name, key: key))
                byKey[key.joined] = records.count - 1
                mine.append(records.count - 1)
                return records.count - 1
            }
            for person in result.people {
                guard let index = record(for: person.name) else { continue }
                records[index].affiliations += person.affiliations
            }
            var speakers: [Int?] = []
            for (position, quotation) in result.quotations.enumerated() {
                guard let speaker = quotation.speaker, speaker.resolution != .source, speaker.resolution != .unresolved,
                      let index = record(for: speaker.name) else {
                    speakers.append(nil)
                    continue
                }
                records[index].quotations.append(position)
                if let affiliation = quotation.affiliation, !records[index].affiliations.contains(affiliation) {
                    records[index].affiliations.append(affiliation)
                }
                if speaker.resolution == .named || speaker.resolution == .surname,
                   !records[index].speakerMentions.contains(speaker.mention) {
                    records[index].speakerMentions.append(speaker.mention)
                }
                speakers.append(index)
            }
            speakerOf.append(speakers)
            byDocument.append(mine)
        }
    }
}

/// Disjoint sets over record indices, with path halving and union by size.
struct UnionFind: Sendable {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    /// The representative of `element`'s set.
    mutating func find(_ element: Int) -> Int {
        var current = element
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    /// Merges the sets of `a` and `b`; returns the new representative.
    @discardableResult
    mutating func union(_ a: Int, _ b: Int) -> Int {
        var rootA = find(a), rootB = find(b)
        guard rootA != rootB else { return rootA }
        if size[rootA] < size[rootB] { swap(&rootA, &rootB) }
        parent[rootB] = rootA
        size[rootA] += size[rootB]
        return rootA
    }
}
