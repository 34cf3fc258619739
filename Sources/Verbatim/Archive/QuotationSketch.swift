/// A few numbers that stand for a quotation's wording: the smallest hashes of its three-word shingles
/// (a bottom-k sketch). Two quotations of one statement with a word or two changed still share most
/// shingles, so they very likely share one of these; `verify --db` finds candidates through an index on
/// them instead of holding every quotation in memory.
enum QuotationSketch {
    /// Hashes kept per quotation.
    static let size = 4
    /// Words per shingle.
    static let shingleWords = 3

    /// The sketch of `text` (empty for fewer than ``shingleWords`` words).
    static func hashes(_ text: String) -> [Int64] {
        let words = ArchiveQuery.words(text, limit: 400).map { FNV1a.hash($0.utf8) }
        guard words.count >= shingleWords else { return [] }
        var hashes = Set<UInt64>()
        for start in 0...(words.count - shingleWords) {
            var hasher = FNV1a()
            for word in words[start..<(start + shingleWords)] { hasher.add64(word) }
            hashes.insert(hasher.value)
        }
        return hashes.sorted().prefix(size).map { Int64(bitPattern: $0) }
    }

    /// Writes the sketch of quotation `id`.
    static func store(_ text: String, quotation id: Int64, in connection: SQLiteConnection) throws {
        for hash in hashes(text) {
            try connection.run("INSERT OR IGNORE INTO quotation_sketches(hash, quotation_id) VALUES (?, ?)", [.int(hash), .int(id)])
        }
    }
}
