/// Writes a ``VerificationReport`` as the JSON `verbatim verify --format json` prints:
///
/// ```json
/// {"speakers": [{"name": "Shen Dingli",
///                "mentions": [{"path": "…/003.txt", "text": "Ding Li", "start": 1030, "end": 1037}]}],
///  "findings": [{"rule": "garbled-name", "severity": "error", "message": "…", "path": "…", "start": 1030,
///                "end": 1037, "line": 12, "column": 310, "suggestion": "Shen Dingli",
///                "related": [{"path": "…", "start": 980, "end": 984}]}]}
/// ```
///
/// `start` and `end` are UTF-8 byte offsets in the document text. `findings` is the array of
/// ``FindingsJSON``.
public enum VerificationJSON {
    /// The JSON text: two-space indentation when `pretty`, otherwise one line; ends with a newline.
    public static func render(_ report: VerificationReport, pretty: Bool = true) -> String {
        document(report).rendered(pretty: pretty) + "\n"
    }

    /// The top-level object.
    public static func document(_ report: VerificationReport) -> JSONValue {
        .object([
            .init("speakers", .array(report.speakers.map(speaker))),
            .init("findings", FindingsJSON.array(report.findings)),
        ])
    }

    static func speaker(_ person: VerifiedPerson) -> JSONValue {
        .object([
            .init("name", .string(person.name)),
            .init("mentions", .array(person.mentions.map { mention in
                .object([
                    .init("path", .string(mention.path)),
                    .init("text", .string(mention.text)),
                    .init("start", .int(mention.range.lowerBound)),
                    .init("end", .int(mention.range.upperBound)),
                ])
            })),
        ])
    }
}

/// Writes a ``VerificationReport`` for people: the speakers with their spellings and the documents that
/// name them, then the findings grouped by document, each with its excerpt, the word diff inline in the
/// message, the suggestion and the related places in other documents.
public struct VerificationText: Sendable {
    /// Writes each finding (header, excerpt, caret, suggestion).
    public var findings: FindingsText

    /// A writer, with ANSI colours when `colour`.
    public init(colour: Bool = false) {
        findings = FindingsText(colour: colour)
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
