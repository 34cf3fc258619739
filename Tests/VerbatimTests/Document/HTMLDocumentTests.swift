import Testing
@testable import Verbatim

@Suite struct HTMLDocumentTests {
    private func html(_ source: String, lossy: Bool = false) throws -> Document {
        try Document(path: "page.html", data: Array(source.utf8), lossy: lossy)
    }

    private func lines(_ document: Document) -> [String] {
        document.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func scriptsStylesAndNavigationAreDropped() throws {
        let doc = try html("""
            <html><head><style>p { color: red }</style><script>var x = "hidden";</script></head>
            <body>
              <nav><a href="/">Home</a> <a href="/news">News</a></nav>
              <p>Visible <script>document.write("no")</script>text.</p>
              <noscript>Enable JavaScript</noscript>
              <aside>Related stories</aside>
              <form><button>Subscribe</button></form>
              <footer>Copyright</footer>
              <div hidden>Secret</div>
              <svg><title>icon</title><text>svg text</text></svg>
            </body></html>
            """)
        #expect(lines(doc) == ["Visible text."])
    }

    @Test func entitiesAreDecoded() throws {
        let doc = try html("<p>Tom &amp; Jerry &ldquo;curly&rdquo; &#8220;numeric&#8221; &#x2019;hex&nbsp;space</p>")
        #expect(doc.text == "Tom & Jerry “curly” “numeric” ’hex space")
    }

    @Test func blockElementsBreakParagraphsAndWhitespaceCollapses() throws {
        let doc = try html("""
            <body><h1>  Big
               news </h1><p>First   <em>para</em>graph.</p><p></p><div><p>Nested.</p>tail</div>
            <ul><li>One</li><li>Two</li></ul>Line<br>break<blockquote>Quoted.</blockquote>
            <table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table></body>
            """)
        #expect(lines(doc) == ["Big news", "First paragraph.", "Nested.", "tail", "One", "Two", "Line", "break",
                               "Quoted.", "a b", "c"])
        #expect(doc.bodyRange == 0..<doc.bytes.count)
    }

    @Test func metadataComesFromTheHead() throws {
        let doc = try html("""
            <html><head>
              <title>Fallback title | Site</title>
              <meta property="og:site_name" content="The Daily Planet">
              <meta property="og:title" content="Superman saves city">
              <meta name="author" content="Lois Lane">
              <meta property="article:published_time" content="2024-05-14T10:00:00Z">
              <link rel="canonical" href="https://planet.example/superman">
            </head><body><p>Text.</p></body></html>
            """)
        #expect(doc.metadata == DocumentMetadata(outlet: "The Daily Planet", url: "https://planet.example/superman",
                                                 date: "2024-05-14T10:00:00Z", title: "Superman saves city",
                                                 byline: "Lois Lane"))
        let plain = try html("<title> Only &amp; title </title><meta name=application-name content=App><p>x</p>")
        #expect(plain.metadata.title == "Only & title")
        #expect(plain.metadata.outlet == "App")
        let upper = try html("<HTML><HEAD><META PROPERTY=\"OG:TITLE\" CONTENT=\"Loud\"></HEAD><BODY><P>x</P></BODY></HTML>")
        #expect(upper.metadata.title == "Loud")
        #expect(upper.text == "x")
    }

    @Test func articleContentIsPreferred() throws {
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let doc = try html("""
            <body><header><h1>Site name</h1></header>
            <div class="promo">Sign up for our newsletter today</div>
            <article><header><h1>Headline</h1></header><p>\(words).</p></article>
            <div>More from us</div></body>
            """)
        #expect(lines(doc) == ["Headline", "\(words)."])

        // A tiny article next to a long body is a teaser, not the story.
        let long = Array(repeating: "body text", count: 60).joined(separator: " ")
        let teaser = try html("<body><p>\(long)</p><article><p>Teaser.</p></article></body>")
        #expect(lines(teaser) == [long, "Teaser."])
    }

    @Test func mainIsUsedWithoutArticle() throws {
        let doc = try html("<body><div>Menu stuff</div><main><p>The story text is here.</p></main></body>")
        #expect(lines(doc) == ["The story text is here."])
    }

    @Test func malformedHTMLIsRecovered() throws {
        let doc = try html("<p>Unclosed <b>bold <i>mixed</b> tags</i><p>Next <div>para &amp; stray < lt</p></span></table>")
        #expect(lines(doc) == ["Unclosed bold mixed tags", "Next", "para & stray < lt"])

        let garbage = try html("<p>Before <<<>>> </ /> after</p><p>Unterminated <!-- comment")
        // Stray "<" stay text, a broken end tag is dropped, an unterminated comment swallows the rest.
        #expect(lines(garbage) == ["Before <<<>>> /> after", "Unterminated"])

        // Nesting deeper than libxml2's limit (256) stops the parse there without crashing; the text
        // before it survives.
        let deep = "<p>Before.</p>" + String(repeating: "<div><span>", count: 5000) + "deep"
            + String(repeating: "</span></div>", count: 10)
        #expect(lines(try html(deep)).first == "Before.")
        #expect(throws: DocumentError.empty(path: "page.html")) { try html("<html><body><!-- only a comment") }
    }

    @Test func declaredLegacyEncodingIsDecoded() throws {
        let head = Array("<meta charset=\"windows-1252\"><p>".utf8)
        let data = head + [0x93, 0x43, 0x61, 0x66, 0xE9, 0x94] + Array("</p>".utf8)
        let doc = try Document(path: "w.html", data: data)
        #expect(doc.text == "“Café”")
        #expect(doc.replacedInvalidBytes == 0)

        // Invalid UTF-8 without a declaration is an error unless lossy.
        let undeclared = Array("<p>".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(throws: DocumentError.invalidUTF8(path: "u.html", offset: 3)) {
            try Document(path: "u.html", data: undeclared)
        }
        let repaired = try Document(path: "u.html", data: undeclared, lossy: true)
        #expect(repaired.text == "\u{FFFD}")
        #expect(repaired.replacedInvalidBytes == 1)
    }

    @Test func charsetDeclarationsAreFound() {
        func declared(_ text: String) -> String? {
            Array(text.utf8).withUnsafeBufferPointer { HTMLCharset.declared(in: $0) }
        }
        #expect(declared("<meta charset='ISO-8859-1'>") == "iso-8859-1")
        #expect(declared("<meta http-equiv=\"Content-Type\" content=\"text/html; CHARSET=Windows-1252\">") == "windows-1252")
        #expect(declared("<p>no declaration</p>") == nil)
    }
}
