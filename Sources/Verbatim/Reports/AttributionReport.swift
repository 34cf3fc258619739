import Foundation

/// Everything an attribution report shows: the sources, the people quoted and every spelling of their
/// names, the statements quoted (grouped across sources, with word-level differences), and the findings
/// of `verify` and `lint`. Build it with ``build(results:verification:lintFindings:)``, then render it
/// with ``ReportHTML``, ``ReportMarkdown``, ``ReportJSON`` or ``ReportCSV``.
public struct AttributionReport: Sendable {
    /// One article.
    public struct Source: Sendable, Hashable {
        public var path: String
        public var outlet: String?
        public var title: String?
        public var date: String?
        public var quotations: Int
        public var speakers: Int
    }

    /// A place in an article.
    public struct Place: Sendable, Hashable {
        public var path: String
        public var line: Int
        public var column: Int
    }

    /// One way a person's name is written, and where.
    public struct Spelling: Sendable, Hashable {
        public var text: String
        public var places: [Place]
    }

    /// A title or affiliation as one source gives it.
    public struct Affiliation: Sendable, Hashable {
        public var path: String
        public var outlet: String?
        public var text: String
    }

    /// A person quoted in the articles.
    public struct Speaker: Sendable, Hashable {
        public var name: String
        public var spellings: [Spelling]
        public var affiliations: [Affiliation]
        /// Quotations per outlet (an article without a known outlet counts under its file name).
        public var quotationsByOutlet: [String: Int]
        public var quotations: Int
    }

    /// One version of a statement in one article.
    public struct Version: Sendable, Hashable {
        public var place: Place
        public var source: String
        public var speaker: String?
        public var speakerAsWritten: String?
        public var affiliation: String?
        public var kind: Quotation.Kind
        public var text: String
        /// The word-level difference from the first version ("{+added+}", "[-removed-]"), when they differ.
        public var diff: String?
    }

    /// The same statement as one or more articles give it.
    public struct Statement: Sendable, Hashable {
        /// The canonical speaker, when any version names one.
        public var speaker: String?
        public var versions: [Version]
        /// Some version has no speaker while another has one.
        public var hasUnattributedCopy: Bool { versions.contains { $0.speaker == nil } && speaker != nil }
        /// The versions are not all worded the same.
        public var diverges: Bool { versions.contains { $0.diff != nil } }
    }

    public var sources: [Source]
    public var speakers: [Speaker]
    public var statements: [Statement]
    /// Findings of `verify` and `lint`, errors first.
    public var findings: [Finding]

    /// The label a source is counted under: its outlet, else its file name.
    static func sourceLabel(outlet: String?, path: String) -> String {
        outlet ?? URL(fileURLWithPath: path).lastPathComponent
    }
}
