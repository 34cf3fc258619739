import Foundation

/// Checks a draft against the archive: every quotation gets a verdict (verbatim, altered, misattributed,
/// unverified) with the archived evidence, and every person named is held to the spellings and titles on
/// record. Findings use the ids, severities and messages of `Rules/archive/check.yml`.
///
/// ```swift
/// let checker = ArchiveChecker(store: try ArchiveStore(path: file, rules: rules, readOnly: true))
/// let report = try checker.report(for: drafts.map { try extractor.extract($0) })
/// print(FindingsText.render(report))
/// ```
public struct ArchiveChecker {
    let store: ArchiveStore
    private var rules: ArchiveRules { store.rules }

    /// A checker reading `store`.
    public init(store: ArchiveStore) { self.store = store }

    /// The findings for `drafts`, with their texts and the rule descriptors, ready for the findings writers.
    public func report(for drafts: [ExtractionResult]) throws -> LintReport {
        var findings: [Finding] = []
        var sources = FindingSources()
        for draft in drafts {
            findings += try check(draft)
            sources.add(FindingSource(path: draft.document.path, bytes: draft.document.bytes, lineIndex: draft.document.lineIndex))
        }
        return LintReport(findings: findings.sorted(by: Finding.documentOrder), sources: sources,
                          rules: rules.descriptors, documentCount: drafts.count)
    }

    /// The findings for one draft.
    public func check(_ draft: ExtractionResult) throws -> [Finding] {
        var findings = CheckFindings(rules: rules.check, draft: draft)
        let hash = ArchiveDocument.hash(draft.document.bytes)
        for quotation in draft.quotations { try checkQuotation(quotation, in: draft, excluding: hash, into: &findings) }
        try PeopleCheck(store: store).check(draft, excluding: hash, into: &findings)
        return findings.findings
    }

    /// How one archived quotation compares with the draft's.
    private struct Comparison {
        var hit: ArchiveHit
        var sameSpeaker: Bool
        var verbatim: Bool
        var common: Int
        var diff: String
    }

    private func checkQuotation(_ quotation: Quotation, in draft: ExtractionResult, excluding hash: String,
                                into findings: inout CheckFindings) throws {
        let alignment = rules.verification.alignment
        let reader = QuoteWordReader(folder: rules.folder, maxWords: alignment.maxWords)
        var table = WordTable(), buffer: [Int32] = []
        let (words, written) = reader.words(draft.document.bytes, quotation.content, table: &table)
        guard words.count >= rules.check.minQuoteWords else { return }
        let speaker = quotation.speaker.flatMap { $0.resolution == .unresolved ? nil : $0 }
        let speakerIsPerson = speaker.map { $0.resolution != .source } ?? false
        let speakerForms = speaker.map { Set(rules.key(ofName: $0.name).forms.map(\.key)) } ?? []
        let onRecord = speakerIsPerson ? try speaker.flatMap { try PeopleCheck(store: store).resolve($0.name) } : nil
        let query = ArchiveQuery.words(draft.text(quotation.content), limit: rules.check.maxQueryWords)
        var comparisons: [Comparison] = []
        for hit in try store.candidates(query, limit: rules.check.maxCandidates)
        where hit.contentHash != hash && hit.path != draft.document.path {
            let bytes = Array(hit.text.utf8)
            let (other, otherWritten) = reader.words(bytes, 0..<bytes.count, table: &table)
            guard let diff = WordDiff.compare(words, other, buffer: &buffer, similar: { _, _ in false }) else { continue }
            let verbatim = !diff.hasChanges && diff.thisOutside == 0
            let required = min(alignment.minCommonWords, words.count, other.count)
            let coverage = Double(diff.common) / Double(min(words.count, other.count))
            guard verbatim || (diff.common >= required && diff.overlap >= alignment.wordingMinOverlap
                               && coverage >= alignment.minCoverage) else { continue }
            let same: Bool
            if let speaker, speakerIsPerson, let person = hit.person {
                same = hit.personKey == onRecord?.key || !speakerForms.isDisjoint(with: rules.key(ofName: person).forms.map(\.key))
                    || Self.nameWithin(rules.key(ofName: speaker.name).words, rules.key(ofName: person).words)
            } else if let speaker, !speakerIsPerson, hit.person == nil, let other = hit.speaker {
                same = rules.folder.fold(speaker.name) == rules.folder.fold(other)
            } else {
                same = speaker == nil
            }
            comparisons.append(Comparison(hit: hit, sameSpeaker: same, verbatim: verbatim, common: diff.common,
                                          diff: verbatim ? "" : diff.rendered(this: written, other: otherWritten,
                                                                              context: alignment.diffContextWords)))
        }
        let draftSpeaker = speaker?.name ?? "no one"
        let ordered = [
            ("quote-verbatim", comparisons.filter { $0.sameSpeaker && $0.verbatim }),
            ("quote-misattributed", speaker == nil ? [] : comparisons.filter { !$0.sameSpeaker && $0.verbatim }),
            ("quote-altered", comparisons.filter { $0.sameSpeaker && !$0.verbatim }.sorted { $0.common > $1.common }),
            ("quote-misattributed", speaker == nil ? [] : comparisons.filter { !$0.sameSpeaker }.sorted { $0.common > $1.common }),
        ]
        guard let (rule, evidence) = ordered.first(where: { !$0.1.isEmpty }), let best = evidence.first else {
            findings.add("quote-unverified", at: quotation.content, values: ["speaker": draftSpeaker])
            return
        }
        findings.add(rule, at: quotation.content, values: [
            "speaker": draftSpeaker, "other_speaker": best.hit.speaker ?? "an unnamed source", "source": best.hit.path,
            "outlet_date": Self.outletAndDate(best.hit.outlet, best.hit.date), "diff": best.diff,
        ], related: evidence.map { Location(path: $0.hit.path, range: $0.hit.place.range, line: $0.hit.place.line, column: $0.hit.place.column) })
    }

    /// Whether the words of one name all belong to the other ("Putin" in "Vladimir Putin").
    static func nameWithin(_ a: [String], _ b: [String]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return Set(a).isSubset(of: b) || Set(b).isSubset(of: a)
    }

    /// " (CNN, 2024-05-14)", " (CNN)", or "" when neither is known.
    static func outletAndDate(_ outlet: String?, _ date: String?) -> String {
        let parts = [outlet, date].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}

/// The findings of one draft: rule severities and messages from the check settings, lines and columns
/// from the draft.
struct CheckFindings {
    let rules: CheckSettings
    let draft: ExtractionResult
    private(set) var findings: [Finding] = []

    mutating func add(_ ruleID: String, at range: Range<Int>, values: [String: String], related: [Location] = []) {
        let rule = rules.rule(ruleID)
        guard rule.enabled else { return }
        let (line, column) = draft.document.lineIndex.location(of: range.lowerBound)
        findings.append(Finding(rule: ruleID, severity: rule.severity, message: rule.render(values), path: draft.document.path,
                                range: range, line: line, column: column,
                                related: Array(related.prefix(FindingBuilder.maxRelated))))
    }
}
