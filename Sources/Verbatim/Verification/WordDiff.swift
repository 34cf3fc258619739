/// A word-level comparison of two quotations: their longest common subsequence, the stretch it spans,
/// and the words substituted, inserted or dropped inside it.
struct WordDiff: Sendable {
    /// One step of the diff, over word positions of `this` and `other`.
    enum Step: Sendable, Equatable {
        case same(this: Int, other: Int)
        /// A word only the other quotation has.
        case removed(other: Int)
        /// A word only this quotation has.
        case added(this: Int)
    }

    /// The aligned stretch, in order.
    var steps: [Step]
    /// Words in common.
    var common: Int
    /// The aligned stretch of each side (word positions, half-open).
    var thisStretch: Range<Int>
    var otherStretch: Range<Int>
    /// Words outside the stretch on each side.
    var thisOutside: Int
    var otherOutside: Int

    /// Common words over the longer aligned stretch (0–1).
    var overlap: Double {
        Double(common) / Double(max(1, max(thisStretch.count, otherStretch.count)))
    }

    /// Whether the stretch holds any change.
    var hasChanges: Bool { steps.contains { if case .same = $0 { return false } else { return true } } }

    /// Compares `this` with `other` (word numbers); `similar` tells words that differ only in their
    /// ending, which may extend the stretch at its ends as substitutions. `nil` when nothing is in common.
    static func compare(_ this: [Int32], _ other: [Int32], buffer: inout [Int32],
                        similar: (Int32, Int32) -> Bool) -> WordDiff? {
        let n = this.count, m = other.count
        guard n > 0, m > 0 else { return nil }
        let width = m + 1
        if buffer.count < (n + 1) * width { buffer = [Int32](repeating: 0, count: (n + 1) * width) }
        // Suffix table: cell (i, j) = LCS of this[i...] and other[j...].
        for j in 0...m { buffer[n * width + j] = 0 }
        for i in stride(from: n - 1, through: 0, by: -1) {
            buffer[i * width + m] = 0
            for j in stride(from: m - 1, through: 0, by: -1) {
                buffer[i * width + j] = this[i] == other[j] ? buffer[(i + 1) * width + j + 1] + 1
                    : max(buffer[(i + 1) * width + j], buffer[i * width + j + 1])
            }
        }
        var pairs: [(Int, Int)] = []
        var i = 0, j = 0
        while i < n && j < m {
            if this[i] == other[j] && buffer[i * width + j] == buffer[(i + 1) * width + j + 1] + 1 {
                pairs.append((i, j)); i += 1; j += 1
            } else if buffer[(i + 1) * width + j] >= buffer[i * width + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
        guard let first = pairs.first, let last = pairs.last else { return nil }
        var thisStart = first.0, otherStart = first.1, thisEnd = last.0 + 1, otherEnd = last.1 + 1
        while thisStart > 0, otherStart > 0, similar(this[thisStart - 1], other[otherStart - 1]) {
            thisStart -= 1; otherStart -= 1
        }
        while thisEnd < n, otherEnd < m, similar(this[thisEnd], other[otherEnd]) { thisEnd += 1; otherEnd += 1 }
        var steps: [Step] = []
        var thisAt = thisStart, otherAt = otherStart
        for (a, b) in pairs + [(thisEnd, otherEnd)] {
            while otherAt < b { steps.append(.removed(other: otherAt)); otherAt += 1 }
            while thisAt < a { steps.append(.added(this: thisAt)); thisAt += 1 }
            if a < thisEnd { steps.append(.same(this: a, other: b)); thisAt = a + 1; otherAt = b + 1 }
        }
        return WordDiff(steps: steps, common: pairs.count, thisStretch: thisStart..<thisEnd, otherStretch: otherStart..<otherEnd,
                        thisOutside: n - (thisEnd - thisStart), otherOutside: m - (otherEnd - otherStart))
    }

    /// The substitutions inside the stretch as (other words, this words) pairs of equal length 1, or `nil`
    /// when some change is not a one-for-one substitution.
    var oneForOne: [(other: Int, this: Int)]? {
        var result: [(other: Int, this: Int)] = []
        var index = 0
        while index < steps.count {
            if case .same = steps[index] { index += 1; continue }
            guard index + 1 < steps.count, case .removed(let other) = steps[index], case .added(let this) = steps[index + 1],
                  !(index + 2 < steps.count && { if case .same = steps[index + 2] { return false } else { return true } }())
            else { return nil }
            result.append((other, this))
            index += 2
        }
        return result
    }

    /// The diff for people: `[-removed-]` and `{+added+}` words among unchanged ones, with at most
    /// `context` unchanged words kept around each change and the words outside the stretch summarised.
    func rendered(this: [String], other: [String], context: Int) -> String {
        func count(_ number: Int) -> String { number == 1 ? "1 word" : "\(number) words" }
        var pieces: [String] = []
        if otherStretch.lowerBound > 0 { pieces.append("[-…\(count(otherStretch.lowerBound))-]") }
        if thisStretch.lowerBound > 0 { pieces.append("{+…\(count(thisStretch.lowerBound))+}") }
        var index = 0
        while index < steps.count {
            switch steps[index] {
            case .same:
                var end = index
                while end < steps.count, case .same = steps[end] { end += 1 }
                let words = steps[index..<end].map { step -> String in
                    if case .same(let at, _) = step { return this[at] } else { return "" }
                }
                let leading = index == 0, trailing = end == steps.count
                if words.count > 2 * context + 1 || (leading || trailing) && words.count > context {
                    let head = leading ? [] : Array(words.prefix(context))
                    let tail = trailing ? [] : Array(words.suffix(context))
                    pieces += head + ["…"] + tail
                } else {
                    pieces += words
                }
                index = end
            case .removed, .added:
                var removed: [String] = [], added: [String] = []
                while index < steps.count {
                    if case .removed(let at) = steps[index] { removed.append(other[at]) }
                    else if case .added(let at) = steps[index] { added.append(this[at]) } else { break }
                    index += 1
                }
                if !removed.isEmpty { pieces.append("[-" + removed.joined(separator: " ") + "-]") }
                if !added.isEmpty { pieces.append("{+" + added.joined(separator: " ") + "+}") }
            }
        }
        let thisAfter = this.count - thisStretch.upperBound, otherAfter = other.count - otherStretch.upperBound
        if otherAfter > 0 { pieces.append("[-\(count(otherAfter))…-]") }
        if thisAfter > 0 { pieces.append("{+\(count(thisAfter))…+}") }
        return pieces.joined(separator: " ")
    }
}
