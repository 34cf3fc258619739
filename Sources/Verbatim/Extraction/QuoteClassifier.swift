/// Tells quotations from scare quotes, labels, headings and titles, and direct quotations from partial
/// ones, with the general thresholds of `Rules/extraction/quotations.yml` (length, speech cues, position).
struct QuoteClassifier {
    /// What a quoted stretch is.
    enum Verdict: Equatable {
        case quotation(Quotation.Kind)
        /// A scare quote, label, term, heading or title: nobody is quoted.
        case notQuotation
    }

    /// Facts about one quoted stretch and its surroundings.
    struct Context {
        var content: Range<Int>
        var sentence: Range<Int>
        var paragraph: Range<Int>
        /// The opening mark.
        var open: Range<Int>
        /// An attribution frame sits right next to the quotation.
        var adjacentFrame: Bool
        /// An attribution frame follows the quotation right after its closing mark ("“Hopefully,” the
        /// president said, “…”"): a one-word stretch there opens a quotation split by its attribution.
        var frameAfter = false
        /// A speech verb appears in the sentence outside the quotation.
        var cueInSentence: Bool
        /// The quotation continues a quotation split by its attribution, or one from the previous paragraph.
        var continuation: Bool
        /// The text between the sentence start and the opening mark.
        var lead: Range<Int>
    }

    let settings: ExtractionSettings
    /// Finds a work-title cue at the end of the text before a quotation (`work_title_cue`); `nil`: none.
    private let workTitleCue: Matcher?
    /// The length in bytes of the longest of `settings.titleMinorWords`: longer words need no look-up.
    private let longestMinorWord: Int
    /// `settings.titleMinorWords`, for looking up an ASCII word from its bytes, lower-cased as it is read.
    private let minorWords: ASCIIWordTable
    /// The most words any threshold looks at: a quotation with more is the same to every test.
    private let wordsThatMatter: Int

    init(settings: ExtractionSettings, workTitleCue: Pattern? = nil) {
        self.settings = settings
        self.workTitleCue = workTitleCue.map { Matcher($0) }
        longestMinorWord = settings.titleMinorWords.map(\.utf8.count).max() ?? 0
        minorWords = ASCIIWordTable(settings.titleMinorWords)
        wordsThatMatter = max(settings.cueRequiredMaxWords, settings.headingMaxWords,
                              settings.quotationMinWords, settings.titleMaxWords, Self.statementWords)
    }

    /// From this many words a capitalised quotation that ends like a sentence is a direct statement.
    private static let statementWords = 8

    /// The words of `range` (``ByteText/wordCount(_:_:)``) when there are at most `limit` of them; some
    /// number above `limit` otherwise, read from the start of a long range only.
    private func wordCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, upTo limit: Int) -> Int {
        let window = 16 * (limit + 1)
        guard range.count > window else { return ByteText.wordCount(bytes, range) }
        var end = range.lowerBound + window
        while bytes[end] & 0xC0 == 0x80 { end -= 1 }
        // A prefix cut at a character boundary counts exactly the words that start in it.
        let prefix = ByteText.wordCount(bytes, range.lowerBound..<end)
        return prefix > limit ? prefix : ByteText.wordCount(bytes, range)
    }

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Context) -> Verdict {
        let words = wordCount(bytes, context.content, upTo: wordsThatMatter)
        guard words > 0 else { return .notQuotation }
        if context.continuation { return .quotation(.direct) }
        if words < settings.quotationMinWords && !context.frameAfter { return .notQuotation }
        if isHeading(bytes, context, words: words) { return .notQuotation }
        if words <= settings.cueRequiredMaxWords && !context.cueInSentence && !context.adjacentFrame { return .notQuotation }
        let kind = kind(bytes, context, words: words)
        // A stretch in Title Case is a title when nothing attributes it, or when it is short: a short stretch
        // names a programme, a nickname or a slogan, a speech verb nearby or not, and even with an
        // attribution frame beside it when it is woven into the writer's sentence ("on CBS's “Face the
        // Nation,” Ryan said").
        let unattributed = !context.adjacentFrame && !context.cueInSentence
        let short = words <= settings.titleMaxWords && (!context.adjacentFrame || kind == .partial)
        // Or when it follows a kind of work ("his 2002 book, “…”"). Title case is read last, only where it
        // decides: it reads every word of the quotation.
        if (unattributed || short || followsWorkTitleCue(bytes, context.lead)) && isTitleCase(bytes, context.content) {
            return .notQuotation
        }
        return .quotation(kind)
    }

    /// Whether the text before a quotation ends with a work-title cue ("In his 2002 book, “…").
    private func followsWorkTitleCue(_ bytes: UnsafeBufferPointer<UInt8>, _ lead: Range<Int>) -> Bool {
        guard let workTitleCue, !lead.isEmpty else { return false }
        return (try? workTitleCue.firstRange(in: UnsafeBufferPointer(rebasing: bytes[lead]))) != nil
    }

    /// A paragraph that is nothing but a short quoted phrase without final punctuation.
    private func isHeading(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Context, words: Int) -> Bool {
        guard words <= settings.headingMaxWords else { return false }
        let paragraphWords = wordCount(bytes, context.paragraph, upTo: words)
        guard paragraphWords == words else { return false }
        guard let (last, _) = UTF8Scalars.scalar(before: ByteText.trimmed(bytes, context.content).upperBound, in: bytes)
        else { return true }
        return !".!?".unicodeScalars.contains(last)
    }

    /// Most words capitalised, as in the title of a work or a headline.
    func isTitleCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let (counted, capitalised) = capitalisedWords(bytes, range)
        return counted >= 2 && Double(capitalised) >= settings.titleCaseShare * Double(counted)
    }

    /// How many words of `range` count for title case (they start with a letter and are not minor words)
    /// and how many of them are capitalised.
    /// With `untilLowercase`, the count stops at the first counted word in lower case (enough to tell that
    /// not every word is capitalised).
    func capitalisedWords(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                          untilLowercase: Bool = false) -> (counted: Int, capitalised: Int) {
        plainWordCase(bytes, range, untilLowercase: untilLowercase) ?? wordCase(bytes, range, untilLowercase: untilLowercase)
    }

    /// The words that start with a letter and are not minor words, and how many of them are capitalised.
    /// Words are runs of letters, digits and apostrophes.
    private func wordCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                          untilLowercase: Bool) -> (counted: Int, capitalised: Int) {
        var counted = 0, capitalised = 0
        for word in ByteText.string(bytes, range).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "’" && $0 != "'" }) {
            guard let first = word.first, first.isLetter else { continue }
            if settings.titleMinorWords.contains(word.lowercased()) { continue }
            counted += 1
            if first.isUppercase { capitalised += 1 } else if untilLowercase { break }
        }
        return (counted, capitalised)
    }

    /// ``wordCase(_:_:)`` on bytes, for text of ``PlainCharacter``s only (ASCII, typographic marks, Latin-1
    /// letters); `nil` for any other text.
    private func plainWordCase(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                               untilLowercase: Bool) -> (counted: Int, capitalised: Int)? {
        /// Whether the character at `offset` is a word character (a letter, digit, ' or ’), and its length;
        /// `nil` for a character that is not plain.
        func character(at offset: Int) -> (inWord: Bool, length: Int)? {
            guard let (character, length) = PlainCharacter.at(offset, in: bytes, limit: range.upperBound) else { return nil }
            return (character != .separator, length)
        }
        var counted = 0, capitalised = 0, offset = range.lowerBound
        while offset < range.upperBound {
            guard let (inWord, length) = character(at: offset) else { return nil }
            guard inWord else { offset += length; continue }
            let start = offset
            while offset < range.upperBound {
                guard let next = character(at: offset) else { return nil }
                guard next.inWord else { break }
                offset += next.length
            }
            guard case .letter(let uppercase)? = PlainCharacter.at(start, in: bytes, limit: offset)?.0 else { continue }
            // Lower-casing keeps the length of plain characters: a longer word is no minor word.
            if offset - start <= longestMinorWord, !ASCIIWord.isASCII(bytes, start..<offset) {
                if settings.titleMinorWords.contains(ByteText.string(bytes, start..<offset).lowercased()) { continue }
            } else if offset - start <= longestMinorWord, minorWords.contains(bytes, start..<offset, lowercasing: true) {
                continue
            }
            counted += 1
            if uppercase { capitalised += 1 } else if untilLowercase { break }
        }
        return (counted, capitalised)
    }

    /// Direct when the quotation stands as a sentence of its own (at the sentence start, after a colon or
    /// a comma that closes an attribution) or is a long, capitalised, complete statement; partial when it
    /// is a fragment inside the writer's sentence.
    private func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ context: Context, words: Int) -> Quotation.Kind {
        let content = ByteText.trimmed(bytes, context.content)
        guard let (first, _) = UTF8Scalars.scalar(at: content.lowerBound, in: bytes) else { return .partial }
        let capitalised = first.properties.isUppercase || first.properties.numericType != nil
        guard capitalised else { return .partial }
        let lead = ByteText.trimmed(bytes, context.lead)
        if lead.isEmpty { return .direct }
        if let (last, _) = UTF8Scalars.scalar(before: lead.upperBound, in: bytes), last == ":" || last == "," {
            return .direct
        }
        if words >= Self.statementWords, let (last, _) = UTF8Scalars.scalar(before: content.upperBound, in: bytes),
           ".!?,…".unicodeScalars.contains(last) {
            return .direct
        }
        return .partial
    }
}
