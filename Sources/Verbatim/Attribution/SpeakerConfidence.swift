/// How sure an attribution is, by how its speaker was found: the `confidence` of each quotation in the
/// output. A resolved source starts from one of the first eight; reported speech and a damaged attribution
/// scale it down; a quotation that only continues an earlier speaker gets at most ``continuationCap``.
enum SpeakerConfidence {
    /// A named source that is a person of the document under that name.
    static let namedPerson = 0.95
    /// A named source that is a shorter form (a surname) of a person of the document.
    static let surnameOfPerson = 0.9
    /// A name of two words or more that is no person the document has found.
    static let unknownFullName = 0.9
    /// A one-word name that is no person the document has found.
    static let unknownSingleName = 0.75
    /// A pronoun, resolved to an earlier speaker or a sentence-opening mention.
    static let pronoun = 0.7
    /// A role ("the minister") whose holder the document names.
    static let roleHolder = 0.75
    /// A role whose holder the document does not name (the speaker is the role itself).
    static let unresolvedRole = 0.4
    /// An organisation or a group.
    static let organisation = 0.85

    /// The factor for reported (indirect) speech: the words are the writer's.
    static let indirectFactor = 0.9
    /// The factor for an attribution whose text looks damaged (a stray word, a period inside the name).
    static let garbledFactor = 0.75
    /// The most a quotation that takes the speaker of the one it continues gets.
    static let continuationCap = 0.6
}
