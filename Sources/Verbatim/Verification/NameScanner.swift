/// Where a document names someone, as the scanner found it.
struct NameOccurrence: Sendable {
    /// The name as written (without an honorific or title in front, without a possessive).
    var range: Range<Int>
    /// The name with the honorific in front of it ("Mr Lee"), when it has one.
    var honorific: Range<Int>?
    /// Full matches: the record whose name key matched.
    var record: Int?
    /// The joined key of the words as written.
    var key: String
    /// How the written words relate to the record's name (full matches).
    var form: NameKey.Form = .written
    /// A period inside the name that is not after an initial or honorific ("Jens. Stoltenberg").
    var strayPunctuation = false
    /// The name is run into the word before or after it, or its words into each other ("MedeirosProfessor").
    var fused = false
    /// An honorific or title stands in front ("Mr", "President"; not "In", "Russian").
    var titled = false
    /// Opens a sentence with no title in front (a capitalised common word is possible).
    var sentenceStart = false
    /// Written words, initials not counted.
    var words = 0
    /// The appositive after the name (", a professor at …").
    var appositive: Range<Int>?
    /// Written the way organisations and places are ("the United States").
    var afterArticle = false
}

/// What the scanner found in one document.
struct DocumentScan: Sendable {
    /// Full names of known records.
    var full: [NameOccurrence] = []
    /// Capitalised runs of up to a few words that are not (part of) a full name but are a word or words of
    /// one, in text order; a run of one word is a candidate short mention ("Putin", "Mr Lee").
    var fragments: [NameOccurrence] = []
}

/// The joined name keys the scanner looks for.
struct NameDictionary: Sendable {
    /// Joined key → the record it names and how.
    var full: [String: (record: Int, form: NameKey.Form)] = [:]
    /// The longest key, in UTF-8 bytes.
    var maxKeyLength = 0
    /// Every word and run of consecutive words of every name, joined: what a fragment must be to matter.
    var pieces = Set<String>()

    /// Notes the words of a name as possible fragments.
    mutating func addPieces(_ key: NameKey) {
        let words = key.words
        for start in words.indices {
            var joined = ""
            for word in words[start...] {
                joined += word
                pieces.insert(joined)
            }
        }
    }

    mutating func add(_ key: String, record: Int, form: NameKey.Form) {
        guard full[key] == nil else { return }
        full[key] = (record, form)
        maxKeyLength = max(maxKeyLength, key.utf8.count)
    }
}

/// Finds every place a document names the people of a ``NameDictionary``: full names (through initials,
/// split or joined words, either order, a stray period, a fused neighbour) and the capitalised fragments
/// that may be short mentions or pieces of a broken name. Bylines and credits are skipped.
///
/// Holds PCRE2 matchers: one scanner per thread.
final class NameScanner {
    private let folder: NameFolder
    private let tokenizer: NameTokenizer
    private let settings: NameMatchingSettings
    private let appositive: Matcher
    private let appositiveStop: Matcher
    private let creditAfter: Matcher
    private let creditBefore: Matcher
    private let bylineBefore: Matcher
    private let organisationBefore: Matcher

    init(rules: VerificationRules, folder: NameFolder) {
        self.folder = folder
        tokenizer = NameTokenizer(folder: folder)
        settings = rules.names
        appositive = Matcher(rules.appositive)
        appositiveStop = Matcher(rules.appositiveStop)
        creditAfter = Matcher(rules.creditAfter)
        creditBefore = Matcher(rules.creditBefore)
        bylineBefore = Matcher(rules.bylineBefore)
        organisationBefore = Matcher(rules.organisationBefore)
    }

    /// Scans the body of `document` for the names in `dictionary` (`records` give their keys).
    func scan(_ document: Document, dictionary: NameDictionary, records: [NameRecord]) -> DocumentScan {
        document.bytes.withUnsafeBufferPointer { bytes in
            let tokens = tokenizer.tokens(bytes, document.bodyRange)
            var scan = DocumentScan()
            var covered = [Int](repeating: -1, count: tokens.count)
            findFullNames(bytes, tokens, dictionary, records, document.bodyRange, &scan, &covered)
            findFragments(bytes, tokens, covered, scan.full, document.bodyRange, dictionary, &scan)
            return scan
        }
    }

    // MARK: Full names

    private func findFullNames(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [NameToken], _ dictionary: NameDictionary,
                               _ records: [NameRecord], _ body: Range<Int>, _ scan: inout DocumentScan, _ covered: inout [Int]) {
        var start = 0
        while start < tokens.count {
            let first = tokens[start]
            guard first.capitalised, !first.isInitial, !first.key.isEmpty else { start += 1; continue }
            var key = "", strays = 0
            var best: (end: Int, record: Int, form: NameKey.Form, stray: Bool)?
            var fusedAt: [(end: Int, key: String)] = []
            var end = start
            while end < tokens.count, end - start < settings.splitJoin.maxWords {
                let token = tokens[end]
                if end > start {
                    guard allowed(bytes, tokens[end - 1], token, &strays) else { break }
                    if token.gap == .fused { fusedAt.append((end, key)) }
                }
                guard !token.key.isEmpty else { break }
                if !token.isInitial { key += token.key }
                if key.utf8.count > dictionary.maxKeyLength { break }
                if !token.isInitial, token.capitalised, let entry = dictionary.full[key] {
                    best = (end, entry.record, entry.form, strays > 0)
                }
                end += 1
            }
            guard let found = best else { start += 1; continue }
            let range = first.range.lowerBound..<tokens[found.end].range.upperBound
            if isCredit(bytes, range, body) { start = found.end + 1; continue }
            var occurrence = NameOccurrence(range: range, record: found.record, key: key, form: found.form,
                                            strayPunctuation: found.stray)
            let boundaries = wordBoundaries(records[found.record].key)
            let inner = fusedAt.filter { $0.end <= found.end }.contains { boundaries.contains($0.key) }
            let gluedAfter = found.end + 1 < tokens.count && tokens[found.end + 1].gap == .fused
            occurrence.fused = inner || gluedAfter || first.gap == .fused
            occurrence.words = tokens[start...found.end].filter { !$0.isInitial }.count
            describeSurroundings(bytes, tokens, start, body, &occurrence)
            for index in start...found.end { covered[index] = scan.full.count }
            scan.full.append(occurrence)
            start = found.end + 1
        }
    }

    /// Whether `token` may continue a name after `previous`: spaces, a hyphen, a camel-case join, a period
    /// after an initial or honorific, or one stray period.
    private func allowed(_ bytes: UnsafeBufferPointer<UInt8>, _ previous: NameToken, _ token: NameToken,
                         _ strays: inout Int) -> Bool {
        switch token.gap {
        case .space, .fused, .hyphen: return true
        case .period:
            if previous.isInitial || folder.isHonorific(ByteText.string(bytes, previous.range)) { return true }
            guard strays == 0, token.capitalised, previous.letters > 1 else { return false }
            strays += 1
            return true
        default: return false
        }
    }

    /// The joined keys at which a name's words meet, in every order it is matched in ("xi" in "xijinping").
    private func wordBoundaries(_ key: NameKey) -> Set<String> {
        guard key.words.count >= 2 else { return [] }
        var result = Set<String>()
        let words = key.words
        for order in [words, Array(words.dropFirst()) + [words[0]], [words[words.count - 1]] + words.dropLast()] {
            var joined = ""
            for word in order.dropLast() {
                joined += word
                result.insert(joined)
            }
        }
        return result
    }

    // MARK: Fragments and short mentions

    private func findFragments(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [NameToken], _ covered: [Int],
                               _ full: [NameOccurrence], _ body: Range<Int>, _ dictionary: NameDictionary,
                               _ scan: inout DocumentScan) {
        var start = 0
        while start < tokens.count {
            guard tokens[start].capitalised, !tokens[start].key.isEmpty else { start += 1; continue }
            var end = start
            while end + 1 < tokens.count, continuesRun(bytes, tokens[end], tokens[end + 1]) { end += 1 }
            defer { start = end + 1 }
            var first = start
            while first <= end, tokens[first].isInitial || folder.isPrefixWord(ByteText.string(bytes, tokens[first].range)) {
                first += 1
            }
            var last = end
            while last >= first, !tokens[last].capitalised { last -= 1 }
            guard first <= last else { continue }
            let core = tokens[first...last]
            let matches = Set(core.indices.map { covered[$0] })
            if matches != [-1] {
                // A full name alone in its run is a fragment too (a local name such as "Ding Li" may be a
                // piece of a broken one); runs that mix a full name with other words are not.
                guard matches.count == 1, let match = matches.first, match >= 0,
                      full[match].range == tokens[first].range.lowerBound..<tokens[last].range.upperBound else { continue }
                scan.fragments.append(full[match])
                continue
            }
            let words = core.filter { !$0.isInitial }
            guard !words.isEmpty, words.count <= settings.detachedName.maxFragmentWords,
                  dictionary.pieces.contains(words.map(\.key).joined()) else { continue }
            let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
            if isCredit(bytes, range, body) { continue }
            var occurrence = NameOccurrence(range: range, key: words.map(\.key).joined())
            occurrence.words = words.count
            occurrence.fused = tokens[first].gap == .fused || (last + 1 < tokens.count && tokens[last + 1].gap == .fused)
            describeSurroundings(bytes, tokens, first, body, &occurrence)
            occurrence.titled = occurrence.titled
                || tokens[start..<first].contains { folder.isTitle(ByteText.string(bytes, $0.range)) }
            scan.fragments.append(occurrence)
        }
    }

    /// Whether `next` continues a capitalised run after `token`: spaces or a camel-case join, or a period
    /// after an initial or honorific, and a capitalised word or a name particle.
    private func continuesRun(_ bytes: UnsafeBufferPointer<UInt8>, _ token: NameToken, _ next: NameToken) -> Bool {
        guard !next.key.isEmpty else { return false }
        switch next.gap {
        case .space, .fused: return true
        case .period: return token.isInitial || folder.isHonorific(ByteText.string(bytes, token.range))
        default: return false
        }
    }

    /// Fills in the honorific or title in front, whether the name opens a sentence, and the appositive after it.
    private func describeSurroundings(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [NameToken], _ start: Int,
                                      _ body: Range<Int>, _ occurrence: inout NameOccurrence) {
        if start > 0, tokens[start].gap == .space || tokens[start].gap == .period {
            let before = ByteText.string(bytes, tokens[start - 1].range)
            if folder.isHonorific(before) {
                occurrence.honorific = tokens[start - 1].range.lowerBound..<occurrence.range.upperBound
                occurrence.titled = true
            } else if tokens[start - 1].capitalised && folder.isTitle(before) {
                occurrence.titled = true
            }
        }
        occurrence.sentenceStart = tokens[start].sentenceStart && !occurrence.titled
        let lead = UTF8Scalars.boundary(bytes, atOrAfter: max(body.lowerBound, occurrence.range.lowerBound - 12))..<occurrence.range.lowerBound
        occurrence.afterArticle = (try? organisationBefore.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[lead]))) != nil
        let rest = occurrence.range.upperBound..<UTF8Scalars.boundary(bytes, atOrAfter: min(body.upperBound, occurrence.range.upperBound + 260))
        if let match = try? appositive.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[rest]), anchored: true),
           let found = match["affiliation"] {
            let absolute = (found.lowerBound + rest.lowerBound)..<(found.upperBound + rest.lowerBound)
            if (try? appositiveStop.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[absolute]))) == nil {
                occurrence.appositive = absolute
            }
        }
    }

    /// A byline or credit: "Sergey Gneev/AP", "Photo: …", "By …" at the start of a line, "Wang Aoli
    /// contributed reporting".
    private func isCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: Range<Int>) -> Bool {
        let after = range.upperBound..<UTF8Scalars.boundary(bytes, atOrAfter: min(body.upperBound, range.upperBound + 40))
        let before = UTF8Scalars.boundary(bytes, atOrAfter: max(body.lowerBound, range.lowerBound - 40))..<range.lowerBound
        if (try? creditAfter.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[after]), anchored: true)) != nil
            || (try? creditBefore.firstMatch(in: UnsafeBufferPointer(rebasing: bytes[before]))) != nil {
            return true
        }
        var lineStart = range.lowerBound
        while lineStart > body.lowerBound, range.lowerBound - lineStart < 80, bytes[lineStart - 1] != UInt8(ascii: "\n") {
            lineStart -= 1
        }
        guard lineStart == body.lowerBound || bytes[lineStart - 1] == UInt8(ascii: "\n") else { return false }
        let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<range.lowerBound])
        return (try? bylineBefore.firstMatch(in: line, anchored: true)) != nil
    }
}

extension UTF8Scalars {
    /// The first scalar boundary at or after `offset`.
    static func boundary(_ bytes: UnsafeBufferPointer<UInt8>, atOrAfter offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        return index
    }
}
