/// The folded words of each person of a ``PersonIndex`` (``PersonIndex/foldedWords(of:foldWide:)`` of
/// their names), with the ``FoldedWord/mask(_:)`` of each kept in step.
struct KnownPeople {
    private(set) var words: [[FoldedWord]] = []
    private(set) var masks: [UInt64] = []

    mutating func append(_ personWords: ArraySlice<FoldedWord>) {
        words.append(Array(personWords))
        masks.append(FoldedWord.mask(personWords))
    }

    /// Gives person `index` the words of a fuller name.
    mutating func set(_ index: Int, _ personWords: ArraySlice<FoldedWord>) {
        words[index] = Array(personWords)
        masks[index] = FoldedWord.mask(personWords)
    }
}
