/// Inline suppression comments in Markdown (and any text that keeps HTML comments):
///
/// ```markdown
/// <!-- verbatim-disable vague-source -->
/// Analysts say it will rain.
/// <!-- verbatim-enable vague-source -->
/// <!-- verbatim-disable -->   (every rule, until <!-- verbatim-enable -->)
/// ```
///
/// Several rule ids may follow the directive, separated by spaces or commas. A region left open runs to
/// the end of the document.
struct Suppression {
    /// A stretch of the document where some rules (or all, when `rules` is `nil`) are off.
    struct Region: Equatable {
        var range: Range<Int>
        var rules: Set<String>?
    }

    let regions: [Region]

    static let disable = "verbatim-disable"
    static let enable = "verbatim-enable"

    /// Reads the directives of `bytes`.
    init(bytes: [UInt8]) {
        var regions: [Region] = []
        var openAll: Int?
        var openRules: [String: Int] = [:]
        for (range, words) in Self.comments(in: bytes) {
            guard let directive = words.first, directive == Self.disable || directive == Self.enable else { continue }
            let ids = Array(words.dropFirst())
            if directive == Self.disable {
                if ids.isEmpty {
                    if openAll == nil { openAll = range.upperBound }
                } else {
                    for id in ids where openRules[id] == nil { openRules[id] = range.upperBound }
                }
            } else if ids.isEmpty {
                if let start = openAll { regions.append(Region(range: start..<range.lowerBound, rules: nil)) }
                openAll = nil
                for (id, start) in openRules { regions.append(Region(range: start..<range.lowerBound, rules: [id])) }
                openRules.removeAll()
            } else {
                for id in ids {
                    if let start = openRules.removeValue(forKey: id) {
                        regions.append(Region(range: start..<range.lowerBound, rules: [id]))
                    }
                }
            }
        }
        if let start = openAll { regions.append(Region(range: start..<bytes.count, rules: nil)) }
        for (id, start) in openRules { regions.append(Region(range: start..<bytes.count, rules: [id])) }
        self.regions = regions.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether a finding of `rule` starting at `offset` is suppressed.
    func suppresses(rule: String, at offset: Int) -> Bool {
        regions.contains { $0.range.contains(offset) && ($0.rules?.contains(rule) ?? true) }
    }

    /// Every `<!-- … -->` comment: its byte range and its words (split at spaces and commas).
    static func comments(in bytes: [UInt8]) -> [(Range<Int>, [String])] {
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var result: [(Range<Int>, [String])] = []
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            guard let end = find(close, in: bytes, from: start + open.count) else { break }
            let inner = String(decoding: bytes[(start + open.count)..<end], as: UTF8.self)
            let words = inner.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
            result.append((start..<(end + close.count), words))
            index = end + close.count
        }
        return result
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
