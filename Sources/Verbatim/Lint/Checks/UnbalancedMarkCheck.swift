/// `unbalanced-mark`: a quotation mark that does not pair up (`problem: stray-closing` or
/// `unclosed-opening`), as the quotation scanner reports it; an optional `pattern` adds marks the scanner
/// paired anyway (a closing mark set apart from its words: "so close. ”").
struct UnbalancedMarkCheck: LintCheck {
    static let kind = "unbalanced-mark"
    static let messageKeys: Set<String> = ["match", "mark"]
    static let extractionUse = LintExtractionUse.required

    /// The keys of an `unbalanced-mark` rule.
    struct Settings: LintCheckSettings {
        var problem: String?
        var contextWords: Int?
        var pattern: String?
        var caseless: Bool?
        var suggest: String?
        enum CodingKeys: String, CodingKey, CaseIterable {
            case problem, contextWords = "context_words", pattern, caseless, suggest
        }
        static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }
    }

    /// Which problem the rule reports.
    let problem: MarkProblem.Kind
    /// How many words before the mark the finding covers.
    let contextWords: Int
    let pattern: Pattern?
    let suggest: String?

    init(settings: Settings, builder: LintRuleBuilder) throws {
        switch settings.problem {
        case "stray-closing": problem = .strayClosing
        case "unclosed-opening": problem = .unclosedOpening
        case nil: throw builder.fail(nil, "an unbalanced-mark rule needs 'problem: stray-closing' or 'problem: unclosed-opening'")
        case let other?: throw builder.fail("problem", "unknown problem '\(other)'; known: stray-closing, unclosed-opening")
        }
        contextWords = max(0, settings.contextWords ?? 2)
        pattern = try builder.compilePattern(settings.pattern, caseless: settings.caseless)
        suggest = settings.suggest
    }

    /// The scanner's problems (with extraction), plus the pattern's hits that overlap none of them.
    func hits(_ input: LintCheckInput) throws -> [LintHit] {
        let scanned = input.extraction.map { scannedHits($0, input.bytes, message: input.rule.message) } ?? []
        let matched = try input.patternHits()
        return scanned + matched.filter { hit in !scanned.contains { $0.range.overlaps(hit.range) } }
    }

    /// Each mark problem of the rule's kind, covering the mark and the few words before it on its line (or
    /// after it, when it opens the line). A closing mark that opens its paragraph was typed for an opening
    /// one (”Mr. Trump … shame.”): the other stray closing marks of that paragraph are one error with it,
    /// so they become its related locations instead of findings of their own.
    private func scannedHits(_ extraction: ExtractionResult, _ bytes: UnsafeBufferPointer<UInt8>, message: String) -> [LintHit] {
        let lines = extraction.document.lineIndex
        var hits: [LintHit] = []
        var openingLine: (line: Range<Int>, hit: Int)?
        let problems = extraction.markProblems.filter { found in
            found.kind == problem && !LintText.isMarkup(bytes, found.mark) && !LintText.isInchMark(bytes, found.mark)
        }
        for found in problems.sorted(by: { $0.mark.lowerBound < $1.mark.lowerBound }) {
            let line = lines.lineRange(containing: found.mark.lowerBound)
            if let opening = openingLine, opening.line == line {
                hits[opening.hit].related.append(found.mark)
                continue
            }
            var range = LintText.wordsBefore(bytes, found.mark.lowerBound, count: contextWords, limit: line.lowerBound)..<found.mark.upperBound
            if range.lowerBound == found.mark.lowerBound {
                range = found.mark.lowerBound..<LintText.wordsAfter(bytes, found.mark.upperBound, count: contextWords, limit: line.upperBound)
                if problem == .strayClosing, ByteText.trimmed(bytes, line.lowerBound..<found.mark.lowerBound).isEmpty {
                    openingLine = (line, hits.count)
                }
            }
            let values = ["match": ByteText.string(bytes, range), "mark": ByteText.string(bytes, found.mark)]
            hits.append(LintHit(range: range, message: MessageTemplate.render(message, values)))
        }
        return hits
    }
}
