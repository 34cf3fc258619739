import Foundation

extension AttributionReport {
    /// Builds the report from extraction results (in the order given), the verifier's report on them and
    /// lint findings.
    public static func build(results: [ExtractionResult], verification: VerificationReport,
                             lintFindings: [Finding]) -> AttributionReport {
        let canonical = CanonicalNames(verification: verification, results: results)
        var statements = groupStatements(results: results, verification: verification, canonical: canonical)
        statements.sort { ($0.speaker ?? "\u{10FFFF}", $0.versions[0].place.path, $0.versions[0].place.line)
            < ($1.speaker ?? "\u{10FFFF}", $1.versions[0].place.path, $1.versions[0].place.line) }
        let sources = results.map { result in
            Source(path: result.document.path, outlet: result.outlet, title: result.document.metadata.title,
                   date: result.document.metadata.date, quotations: result.quotations.count,
                   speakers: Set(result.quotations.indices.compactMap { canonical.name(of: $0, in: result) }).count)
        }
        let findings = (verification.findings + lintFindings).sorted {
            $0.severity != $1.severity ? $0.severity > $1.severity : Finding.documentOrder($0, $1)
        }
        return AttributionReport(sources: sources, speakers: speakers(results: results, verification: verification,
                                                                      canonical: canonical),
                                 statements: statements, findings: findings)
    }

    private static func place(_ result: ExtractionResult, _ offset: Int) -> Place {
        let (line, column) = result.document.lineIndex.location(of: offset)
        return Place(path: result.document.path, line: line, column: column)
    }

    /// Quotations linked by the verifier's alignments become one statement; every other quotation is a
    /// statement of its own.
    private static func groupStatements(results: [ExtractionResult], verification: VerificationReport,
                                        canonical: CanonicalNames) -> [Statement] {
        var parent: [QuoteID: QuoteID] = [:]
        func root(_ id: QuoteID) -> QuoteID {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        var diffs: [QuoteID: String] = [:]
        for alignment in verification.alignments {
            let (a, b) = (root(alignment.quote), root(alignment.other))
            if a != b { parent[max(a, b)] = min(a, b) }
            if alignment.kind != .identical, !alignment.diff.isEmpty {
                diffs[max(alignment.quote, alignment.other)] = alignment.diff
            }
        }
        var groups: [QuoteID: [QuoteID]] = [:]
        var order: [QuoteID] = []
        for (documentIndex, result) in results.enumerated() {
            for index in result.quotations.indices {
                let id = QuoteID(document: documentIndex, quotation: index)
                let key = root(id)
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(id)
            }
        }
        return order.map { key in
            let versions = groups[key]!.sorted().map { id -> Version in
                let result = results[id.document]
                let quotation = result.quotations[id.quotation]
                return Version(place: place(result, quotation.content.lowerBound),
                               source: sourceLabel(outlet: result.outlet, path: result.document.path),
                               speaker: canonical.name(of: id.quotation, in: result),
                               speakerAsWritten: quotation.speaker.map { result.text($0.mention) },
                               affiliation: quotation.affiliation.map { result.text($0) },
                               kind: quotation.kind, text: result.text(quotation.content), diff: diffs[id])
            }
            return Statement(speaker: versions.lazy.compactMap(\.speaker).first, versions: versions)
        }
    }

    private static func speakers(results: [ExtractionResult], verification: VerificationReport,
                                 canonical: CanonicalNames) -> [Speaker] {
        var byName: [String: Speaker] = [:]
        for person in verification.speakers {
            var spellings: [String: [Place]] = [:]
            for mention in person.mentions {
                guard let result = results.indices.contains(mention.document) ? results[mention.document] : nil else { continue }
                spellings[mention.text, default: []].append(place(result, mention.range.lowerBound))
            }
            byName[person.name] = Speaker(
                name: person.name,
                spellings: spellings.map { Spelling(text: $0.key, places: $0.value) }
                    .sorted { $0.places.count != $1.places.count ? $0.places.count > $1.places.count : $0.text < $1.text },
                affiliations: [], quotationsByOutlet: [:], quotations: 0)
        }
        for result in results {
            let label = sourceLabel(outlet: result.outlet, path: result.document.path)
            for (index, quotation) in result.quotations.enumerated() {
                guard let name = canonical.name(of: index, in: result) else { continue }
                var speaker = byName[name] ?? Speaker(name: name, spellings: [], affiliations: [],
                                                      quotationsByOutlet: [:], quotations: 0)
                speaker.quotations += 1
                speaker.quotationsByOutlet[label, default: 0] += 1
                if let affiliation = quotation.affiliation {
                    let entry = Affiliation(path: result.document.path, outlet: result.outlet, text: result.text(affiliation))
                    if !speaker.affiliations.contains(entry) { speaker.affiliations.append(entry) }
                }
                byName[name] = speaker
            }
        }
        return byName.values.filter { $0.quotations > 0 }
            .sorted { $0.quotations != $1.quotations ? $0.quotations > $1.quotations : $0.name < $1.name }
    }
}

/// Maps each quotation's speaker to the canonical name the verifier gave that person.
struct CanonicalNames {
    private var byMention: [String: [(Range<Int>, String)]] = [:]
    private var byText: [String: String] = [:]

    init(verification: VerificationReport, results: [ExtractionResult]) {
        for person in verification.people {
            byText[person.name.lowercased()] = person.name
            for mention in person.mentions {
                byMention[mention.path, default: []].append((mention.range, person.name))
                byText[mention.path + "\u{0}" + mention.text.lowercased()] = person.name
            }
        }
    }

    /// The canonical name of quotation `index`'s speaker, or its resolved name when the verifier has none.
    func name(of index: Int, in result: ExtractionResult) -> String? {
        guard let speaker = result.quotations[index].speaker else { return nil }
        if let found = byMention[result.document.path]?.first(where: { $0.0.overlaps(speaker.mention) }) { return found.1 }
        return byText[result.document.path + "\u{0}" + speaker.name.lowercased()] ?? byText[speaker.name.lowercased()] ?? speaker.name
    }
}
