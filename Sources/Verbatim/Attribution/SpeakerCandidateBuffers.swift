/// The arrays of ``SpeakerCandidates`` (and of its ``MentionTable`` and ``SpeakerNames``), handed from one
/// document's builder to the next: an ``Extractor`` keeps them between documents (it serves one thread at a
/// time), and each document empties and refills them instead of allocating its own. Articles are a few
/// kilobytes, so setting up a dozen arrays per document is a large share of the speaker choice.
struct SpeakerCandidateBuffers {
    var quoted: [SpeakerCandidates.Quoted] = []
    var quotedKeys: [Int] = []
    var previousWithSpeaker: [Int] = []
    var nextNamedBeside: [Int] = []
    var timesNamed: [Int] = []
    var typedSpeakers: [SpeakerNames.Typed] = []
    var personTypes: [Int] = []
    var ownTypes: [Int] = []
    var continuedTypes: [Int] = []
    var personFrequencies: [Double] = []
    var nearest: [(key: Int, mention: Int, wordsAfter: Int)] = []
    /// The stretches inside quotations, merged (only while the builder is made).
    var covered: [Range<Int>] = []
    /// The candidates of one quotation (``Extractor/chooseSpeakers(_:)``).
    var candidates: [LeanCandidate] = []
    var mentions = MentionTable.Buffers()
    var names = SpeakerNames.Buffers()
}

extension Array {
    /// The array kept in `kept`, emptied with its room kept, taken out of it: `kept` is left empty, so that
    /// the array taken is held once and fills in place.
    static func reused(_ kept: inout [Element]) -> [Element] {
        var array: [Element] = []
        swap(&array, &kept)
        array.removeAll(keepingCapacity: true)
        return array
    }

    /// ``reused(_:)`` filled with `count` copies of `value`.
    static func reused(_ kept: inout [Element], repeating value: Element, count: Int) -> [Element] {
        var array = reused(&kept)
        array.append(contentsOf: repeatElement(value, count: count))
        return array
    }
}

extension Dictionary {
    /// The table kept in `kept`, emptied with its room kept, taken out of it (``Array/reused(_:)``).
    static func reused(_ kept: inout [Key: Value]) -> [Key: Value] {
        var table: [Key: Value] = [:]
        swap(&table, &kept)
        table.removeAll(keepingCapacity: true)
        return table
    }
}
