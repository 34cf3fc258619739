@testable import Verbatim

/// Random texts for the tests that hold a shortcut to the answers of a full search.
enum RandomTexts {
    /// `count` texts of `pieces`, between `lengths` of them each, every piece followed by one of `separators`.
    static func make(_ pieces: [String], separators: [String], count: Int, lengths: ClosedRange<Int>, seed: UInt64) -> [String] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: lengths, using: &generator) {
                text += pieces.randomElement(using: &generator)!
                text += separators.randomElement(using: &generator)!
            }
            return text
        }
    }
}
