/// Facts about an article taken from its front matter (plain text, Markdown) or its `<head>` (HTML).
public struct DocumentMetadata: Sendable, Equatable {
    /// The publication, e.g. "The Guardian".
    public var outlet: String?
    /// The article's address.
    public var url: String?
    /// The publication date, as written in the source (not parsed).
    public var date: String?
    /// The headline.
    public var title: String?
    /// The author(s).
    public var byline: String?

    /// Creates metadata; every field defaults to unknown.
    public init(outlet: String? = nil, url: String? = nil, date: String? = nil,
                title: String? = nil, byline: String? = nil) {
        self.outlet = outlet
        self.url = url
        self.date = date
        self.title = title
        self.byline = byline
    }
}
