/// Where a source may begin in a range: the word starts shortly before each speech verb (capitalised
/// words and the lower-case words that can open a source), each once, cue by cue, in text order (the
/// order in which every leading pattern and before-frame tries them), read only as far as they are
/// asked for: most sentences are settled by the starts before their first verb.
///
/// A cue's starts before the previous cue are among that cue's starts already (a start kept nearer
/// the later cue was kept nearer the earlier one, with fewer words between), so each cue's words are
/// read only from where the previous cue's reading ended.
struct SourceStarts {
    /// How far (in bytes) a source with its title and affiliation may stand before its speech verb.
    private let reach: Int
    /// Folded hashes of the lower-case words that can open a source ("he", "the", "some", "analysts").
    private let subjects: HashPositions
    /// The starts read so far (rising), the cues whose starts are still to read, and where reading goes on.
    private var known: [Int] = []
    private var cues: ArraySlice<Range<Int>> = []
    private var read = 0
    /// The starts before one cue, last first (reused from cue to cue).
    private var cueStarts: [Int] = []

    init(reach: Int, subjects: HashPositions) {
        self.reach = reach
        self.subjects = subjects
    }

    /// Starts over on `range`, whose verbs are `cues`, with `first` (if any) as the first start.
    mutating func prepare(_ range: Range<Int>, cues: ArraySlice<Range<Int>>, first: Int? = nil) {
        known.removeAll(keepingCapacity: true)
        if let first { known.append(first) }
        self.cues = cues
        read = range.lowerBound
    }

    /// The start at `index` (0 for the first), read from the words before the next cues as needed;
    /// `nil` past the last.
    mutating func start(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        while index >= known.count {
            guard let cue = cues.popFirst() else { return nil }
            cueStarts.removeAll(keepingCapacity: true)
            ReportedSpeechFinder.appendWordStarts(bytes, from: max(read, cue.lowerBound - reach), to: cue.lowerBound + 1,
                                                  subjects: subjects, into: &cueStarts)
            known.append(contentsOf: cueStarts.reversed())
            read = cue.lowerBound + 1
        }
        return known[index]
    }

    /// Every start, all cues read.
    mutating func all(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        while start(at: known.count, bytes) != nil {}
        return known
    }
}
