/// Names cleaned once per document: a name written again ("Xi Jinping" in every paragraph) is cleaned,
/// folded and split into title words only the first time. Entries are keyed by the exact bytes of the
/// text (``NameCleaner/clean(_:_:)`` reads nothing outside it) and hold ranges relative to its start.
struct CleanedNames {
    /// What ``PersonIndex`` needs of a cleaned name.
    struct Entry {
        var clean: CleanName?
        var words: [FoldedWord]
        var titleWords: Set<String>
    }

    private var entries: [UInt64: (text: [UInt8], entry: Entry)] = [:]

    /// The entry for the text in `range` (with ranges in `bytes`) when it was stored, and the key to store
    /// it under otherwise.
    func entry(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (entry: Entry?, key: UInt64) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for offset in range { hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3 }
        guard let known = entries[hash], known.text.elementsEqual(bytes[range]) else { return (nil, hash) }
        var entry = known.entry
        entry.clean = entry.clean?.shifted(by: range.lowerBound)
        return (entry, hash)
    }

    /// Stores the entry made for the text in `range` under `key` (unless another text holds that key).
    mutating func store(_ entry: Entry, key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard entries[key] == nil else { return }
        var relative = entry
        relative.clean = entry.clean?.shifted(by: -range.lowerBound)
        entries[key] = (Array(bytes[range]), relative)
    }
}

extension CleanName {
    /// The same name with every range moved by `offset`.
    func shifted(by offset: Int) -> CleanName {
        var name = self
        name.nameRange = (nameRange.lowerBound + offset)..<(nameRange.upperBound + offset)
        name.mentionRange = (mentionRange.lowerBound + offset)..<(mentionRange.upperBound + offset)
        name.titleRange = titleRange.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return name
    }
}
