/// Writes a ``VerificationReport`` for people: the speakers with their spellings and the documents that
/// name them, then the findings grouped by document, each with its excerpt, the word diff inline in the
/// message, the suggestion and the related places in other documents.
public struct VerificationText: Sendable, Reporter {
    public static let identifier = "text"
    public static let description = "speakers, then findings grouped by document with excerpts, for people"

    /// Writes each finding (header, excerpt, caret, suggestion).
    public var findings: FindingsText

    /// A writer, with ANSI colours when `colour`.
    public init(colour: Bool = false) {
        findings = FindingsText(colour: colour)
    }

    /// The run's report with excerpts from its documents; colour when `style` asks for it.
    public static func render(_ run: VerificationRun, style: OutputStyle = .plain) -> String {
        VerificationText(colour: style.colour).render(run.report, sources: run.sources, files: run.documentCount)
    }

    /// The whole report; `sources` give the excerpts, `files` the count in the summary line.
    public func render(_ report: VerificationReport, sources: FindingSources, files: Int) -> String {
        var output = "Speakers (\(report.speakers.count))\n"
        for person in report.speakers {
            let documents = Set(person.mentions.map(\.path)).count
            var spellings: [String] = []
            for mention in person.mentions where !spellings.contains(mention.text) { spellings.append(mention.text) }
            output += "  \(person.name) — \(person.mentions.count) mention\(person.mentions.count == 1 ? "" : "s") in "
                + "\(documents) document\(documents == 1 ? "" : "s")"
                + (spellings.isEmpty ? "" : ": " + spellings.prefix(8).map { "“\($0)”" }.joined(separator: ", "))
                + (spellings.count > 8 ? ", …" : "") + "\n"
        }
        var path: String?
        for finding in report.findings {
            if finding.path != path {
                path = finding.path
                let count = report.findings.filter { $0.path == finding.path }.count
                output += "\n\(finding.path) — \(count) finding\(count == 1 ? "" : "s")\n"
            }
            output += findings.render(finding, source: sources[finding.path])
            for related in finding.related {
                let excerpt = sources[related.path].map { source in
                    String(decoding: source.bytes[min(related.range.lowerBound, source.bytes.count)..<min(related.range.upperBound, source.bytes.count)],
                           as: UTF8.self)
                } ?? ""
                let short = excerpt.count > 80 ? String(excerpt.prefix(77)) + "…" : excerpt
                output += "    see \(related.path):\(related.line):\(related.column)" + (short.isEmpty ? "" : " “\(short)”") + "\n"
            }
        }
        output += "\n" + FindingsText.summary(report.findings, files: files) + "\n"
        return output
    }
}
