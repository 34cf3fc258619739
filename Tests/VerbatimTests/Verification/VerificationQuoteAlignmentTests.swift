import Testing
@testable import Verbatim

/// Quotation alignment: the word diff and each class (identical, minor, wording changed, truncated,
/// paraphrase), and quotations that only share a phrase.
@Suite struct VerificationQuoteAlignmentTests {
    /// The alignment between the only two quotations of two one-quote articles.
    private func alignment(_ first: String, _ second: String) throws -> QuoteAlignment? {
        try Verified([("a.txt", first), ("b.txt", second)]).report.alignments.first
    }

    @Test func wordDiffFindsSubstitutionsInsertionsAndEndings() {
        var table = WordTable(), buffer: [Int32] = []
        let this = "we live in a more dangerous world where authoritarian powers are increasingly aligned".split(separator: " ").map(String.init)
        let other = "we live in a more dangerous world where powers are increasingly aligning".split(separator: " ").map(String.init)
        let diff = WordDiff.compare(this.map { table.number($0) }, other.map { table.number($0) }, buffer: &buffer) { a, b in
            table[a].prefix(4) == table[b].prefix(4) && table[a].count >= 4 && table[b].count >= 4
        }
        let found = try! #require(diff)
        #expect(found.common == 11)
        #expect(found.hasChanges)
        #expect(found.thisOutside == 0 && found.otherOutside == 0)
        #expect(found.rendered(this: this, other: other, context: 2)
                == "… world where {+authoritarian+} powers are increasingly [-aligning-] {+aligned+}")
    }

    @Test func sameWordsAreIdentical() throws {
        let found = try #require(try alignment(
            "\"Trade will keep growing through third countries in Central Asia,\" said Philipp Ivanov, an analyst.",
            "Philipp Ivanov, an analyst, said: \"Trade will keep growing through third countries in Central Asia.\""))
        #expect(found.kind == .identical)
    }

    @Test func punctuationAndCapitalsAreMinor() throws {
        let found = try #require(try alignment(
            "\"Trade will keep growing, through third countries in Central Asia,\" said Philipp Ivanov, an analyst.",
            "\"Trade will keep growing through Third Countries in Central Asia,\" said Philipp Ivanov, an analyst."))
        #expect(found.kind == .minor)
    }

    @Test func spellingVariantIsMinor() throws {
        let found = try #require(try alignment(
            "\"The organisation will keep growing through third countries,\" said Philipp Ivanov, an analyst.",
            "\"The organization will keep growing through third countries,\" said Philipp Ivanov, an analyst."))
        #expect(found.kind == .minor)
    }

    @Test func substitutedWordsAreWordingChangedWithADiff() throws {
        let found = try #require(try alignment(
            "\"We will not accept any new sanctions against our partners in Asia,\" said Sergei Lavrov, the minister.",
            "\"We will not accept any new sanctions on our partners in Asia,\" said Sergei Lavrov, the minister."))
        #expect(found.kind == .wordingChanged)
        #expect(found.diff.contains("[-against-] {+on+}"))
    }

    @Test func aStretchOfALongerQuotationIsTruncated() throws {
        let found = try #require(try alignment(
            "\"The pressure is probably greater than it has been in the past two years,\" said Lee Mingjiang, a professor.",
            "\"The pressure is probably greater than it has been in the past two years. Nobody expected this,\" said Lee Mingjiang, a professor."))
        #expect(found.kind == .truncated)
        #expect(found.shape == .longer)
    }

    @Test func sameSpeakerSameContentInOtherWordsIsParaphrase() throws {
        let found = try #require(try alignment(
            "\"This reminds us that security is not regional, but global, and we must work with partners around the world to protect it,\" said Jens Stoltenberg, the NATO chief.",
            "\"Protecting security worldwide is a global task, not a regional one, so partners must work together,\" said Jens Stoltenberg, the NATO chief."))
        #expect(found.kind == .paraphrase)
        #expect(found.diff.hasPrefix("“This reminds us"))
    }

    @Test func paraphraseNeedsTheSameSpeaker() throws {
        let found = try Verified([
            ("a.txt", "\"This reminds us that security is not regional, but global, and we must work with partners around the world to protect it,\" said Jens Stoltenberg, the NATO chief."),
            ("b.txt", "\"Protecting security worldwide is a global task, not a regional one, so partners must work together,\" said Olaf Scholz, the German chancellor."),
        ])
        #expect(!found.report.alignments.contains { $0.kind == .paraphrase })
    }

    @Test func sharingAPhraseIsNotOneStatement() throws {
        let found = try #require(try Verified([
            ("a.txt", "\"The purpose is to demonstrate the close cooperation between China and Russia,\" said Sun Yun, a director."),
            ("b.txt", "\"There might be disagreements between China and Russia but the direction is upward,\" said Philipp Ivanov, an analyst."),
        ]).report)
        #expect(found.alignments.isEmpty)
    }

    @Test func repeatedQuotationsAcrossManyArticlesAlignWithoutComparingAllPairs() throws {
        let quote = "\"Trade will keep growing through third countries in Central Asia,\" said Philipp Ivanov, an analyst."
        let found = try Verified((0..<30).map { ("\($0).txt", quote) })
        // Each copy aligns once, with the first: 29 alignments, not 435 pairs.
        #expect(found.report.alignments.count == 29)
        #expect(found.report.alignments.allSatisfy { $0.kind == .identical && $0.other.document == 0 })
    }
}
