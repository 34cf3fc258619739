/// One quotation found in a document: the quoted words, who said them and how sure Verbatim is.
///
/// Every range is a UTF-8 byte range into ``Document/bytes``.
public struct Quotation: Sendable, Hashable {
    /// How the words are given.
    public enum Kind: String, Sendable, Codable {
        /// A full quotation in quotation marks, or verbatim speech whose marks were lost.
        case direct
        /// A verbatim fragment in quotation marks woven into the writer's sentence.
        case partial
        /// Reported speech without quotation marks ("X said that …").
        case indirect
    }

    /// What the quotation is attributed to.
    public struct Speaker: Sendable, Hashable {
        /// How the speaker was found.
        public enum Resolution: String, Sendable, Codable {
            /// Named right next to the quotation.
            case named
            /// A surname or honorific form resolved to the fullest name in the document.
            case surname
            /// A pronoun resolved to an earlier speaker.
            case pronoun
            /// A role ("the Russian president") resolved to the person holding it.
            case role
            /// No attribution of its own: continues the previous quotation's speaker.
            case continuation
            /// An organisation, a publication or a group ("analysts") rather than a person.
            case source
            /// A pronoun or role Verbatim could not resolve; `name` is the mention as written.
            case unresolved
        }

        /// The fullest name the document gives for the speaker (or the source as written).
        public var name: String
        /// The mention the attribution hangs on, as written ("Mr Lee", "he", "Duchatel").
        public var mention: Range<Int>
        public var resolution: Resolution

        public init(name: String, mention: Range<Int>, resolution: Resolution) {
            self.name = name
            self.mention = mention
            self.resolution = resolution
        }
    }

    public var kind: Kind
    /// The quoted words, without quotation marks.
    public var content: Range<Int>
    /// The opening quotation mark, when the quotation has marks.
    public var openMark: Range<Int>?
    /// The closing quotation mark; `nil` when the quotation has none or runs to the end of its paragraph.
    public var closeMark: Range<Int>?
    public var speaker: Speaker?
    /// The speaker's title or affiliation as the article writes it next to the attribution.
    public var affiliation: Range<Int>?
    /// The speech verb or cue ("said", "told VOA", "according to").
    public var cue: Range<Int>?
    /// How sure the attribution is, from 0 to 1.
    public var confidence: Double
    /// The id of the rule (attribution frame) that produced the attribution, if any.
    public var frame: String?

    public init(kind: Kind, content: Range<Int>, openMark: Range<Int>? = nil, closeMark: Range<Int>? = nil,
                speaker: Speaker? = nil, affiliation: Range<Int>? = nil, cue: Range<Int>? = nil,
                confidence: Double = 0, frame: String? = nil) {
        self.kind = kind
        self.content = content
        self.openMark = openMark
        self.closeMark = closeMark
        self.speaker = speaker
        self.affiliation = affiliation
        self.cue = cue
        self.confidence = confidence
        self.frame = frame
    }
}
