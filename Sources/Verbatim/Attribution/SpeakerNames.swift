/// The speaker names of one document as their entity types allow (``NameTypes``), each given a number, its
/// key, the first time the document uses it: candidates are then told apart and counted by key, and a name's
/// entity type is looked up once per document, not once per candidate.
struct SpeakerNames {
    /// A speaker as its entity type allows, with the key of its name and whether it is an organisation.
    typealias Typed = (speaker: Quotation.Speaker, organisation: Bool, key: Int)

    private let bytes: UnsafeBufferPointer<UInt8>
    private let index: PersonIndex
    private let people: [Person]
    private let entityTypes: EntityTypes
    /// Entity types of names, kept by the extractor from one document to the next.
    private let nameTypes: NameTypes
    /// The first paragraph, when it reads as a headline: its names are not speakers.
    private let headline: Range<Int>?
    /// The index's names that were taken whole from the headline ("Ted Cruz Refuses").
    private let headlineNames: Set<String>
    /// The key of each name met in the document, and the entity type of each key once asked.
    private var keys: [String: Int]
    private var types: [NameTypes.Info?]
    /// Whether the name of each key is one of ``headlineNames``, once asked.
    private var fromHeadline: [Bool?]
    /// The answers of ``fullestPerson(bearing:)`` in this document, by surname.
    private var betterNames: [String: String?]

    /// The tables of a document's names, kept to be refilled by the next document's (``SpeakerCandidateBuffers``).
    struct Buffers {
        // Room for the names of most articles: the tables are not rebuilt as they fill.
        var keys: [String: Int] = Dictionary(minimumCapacity: 64)
        var types: [NameTypes.Info?] = []
        var fromHeadline: [Bool?] = []
        var betterNames: [String: String?] = [:]
    }

    /// The names of a document, in the tables of `buffers` (taken from it and emptied).
    init(bytes: UnsafeBufferPointer<UInt8>, index: PersonIndex, nameTypes: NameTypes, headline: Range<Int>?,
         reusing buffers: inout Buffers) {
        keys = .reused(&buffers.keys)
        types = .reused(&buffers.types)
        fromHeadline = .reused(&buffers.fromHeadline)
        betterNames = .reused(&buffers.betterNames)
        self.bytes = bytes
        self.index = index
        people = index.people
        entityTypes = nameTypes.types
        self.nameTypes = nameTypes
        self.headline = headline
        types.reserveCapacity(64)
        fromHeadline.reserveCapacity(64)
        var headlineNames: Set<String> = []
        if let headline {
            for person in people where person.mentions.contains(where: {
                headline.contains($0.lowerBound) && SourceMention.normalised(bytes, $0).hasSuffix(person.name)
            }) {
                headlineNames.insert(person.name)
            }
        }
        self.headlineNames = headlineNames
    }

    /// Hands the tables back to `buffers`, for the next document's names.
    func giveBack(to buffers: inout Buffers) {
        buffers = Buffers(keys: keys, types: types, fromHeadline: fromHeadline, betterNames: betterNames)
    }

    /// How many keys have been given so far (keys run from 0 to one less).
    var count: Int { types.count }

    /// The key of `name`, given now if the document has not used the name before.
    mutating func key(of name: String) -> Int {
        // One search of the table, which adds the name with the next key when it is new.
        let next = types.count
        let key = Self.value(of: &keys[name, default: next])
        if key == next {
            types.append(nil)
            fromHeadline.append(nil)
        }
        return key
    }

    /// The value an in-place access gives (so that the table is searched once, for the access).
    private static func value(of key: inout Int) -> Int { key }

    /// What the entity types say of the name with key `key` (``NameTypes/info(_:)`` of `name`).
    private mutating func info(_ key: Int, _ name: String) -> NameTypes.Info {
        if let known = types[key] { return known }
        let found = nameTypes.info(name)
        types[key] = found
        return found
    }

    /// Whether the name with key `key` was taken whole from the headline.
    private mutating func isHeadlineName(_ key: Int, _ name: String) -> Bool {
        if headlineNames.isEmpty { return false }
        if let known = fromHeadline[key] { return known }
        let found = headlineNames.contains(name)
        fromHeadline[key] = found
        return found
    }

    private mutating func kind(of name: String) -> EntityTypes.Kind { info(key(of: name), name).kind }

    /// The speaker as its entity type allows: dates dropped from the ends of a person's name, a country or
    /// organisation given as a source; `nil` for a date or a place, which never speaks. `key`, when given,
    /// is the key of the speaker's name.
    mutating func typed(_ speaker: Quotation.Speaker, key known: Int? = nil) -> Typed? {
        var speaker = speaker
        var key = known ?? key(of: speaker.name)
        var name = info(key, speaker.name)
        if speaker.resolution != .source, speaker.resolution != .pronoun,
           name.kind != .person || isHeadlineName(key, speaker.name),
           let better = personName(speaker) {
            speaker.name = better
            key = self.key(of: better)
            name = info(key, better)
        }
        if name.kind != .date, let trimmed = name.withoutDates {
            // The fullest name the index has for what is left, itself without dates (the index may
            // hold the name with the date: "Trump Wednesday").
            let fullest = index.person(matching: PersonIndex.foldedWords(of: trimmed), near: speaker.mention.lowerBound)
                .flatMap { entityTypes.withoutDates(people[$0].name) }
            speaker.name = fullest ?? trimmed
            key = self.key(of: speaker.name)
            name = info(key, speaker.name)
        }
        // ``EntityTypes/isDate(_:after:)``, the word before read only for a name that may be such a date.
        if name.kind == .person, name.mayBeDateAfterOpener,
           entityTypes.isDateOpener(wordBefore(speaker.mention)) { return nil }
        switch name.kind {
        case .date, .place:
            return nil
        case .organisation:
            speaker.resolution = .source
            return (speaker, true, key)
        case .person:
            return (speaker, speaker.resolution == .source, key)
        }
    }

    /// The word right before `range`, across spaces ("early" before "June"); empty when none stands there.
    private func wordBefore(_ range: Range<Int>) -> String {
        var end = range.lowerBound
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        var start = end
        while start > 0, ASCIIByte.isLetter(bytes[start - 1]) { start -= 1 }
        return ByteText.string(bytes, start..<end)
    }

    /// A better name for a speaker whose fullest name the index took from a headline ("Ted Cruz Refuses")
    /// or from an organisation or place named after the person ("Trump Tower" for "Mr. Trump"): the
    /// fullest mention, outside the headline, of the most mentioned person who bears the mention's last
    /// word, else the mention as written when it is a name. `nil` when the name is fine.
    private mutating func personName(_ speaker: Quotation.Speaker) -> String? {
        guard !speaker.mention.isEmpty else { return nil }
        let written = SourceMention.normalised(bytes, speaker.mention)
        // A pronoun or role noun ("she", "the senator") that the speaker continues is not a name to print.
        guard written != speaker.name, written.unicodeScalars.first?.properties.isUppercase == true, kind(of: written) == .person,
              let surname = PersonIndex.foldedWords(of: written).last else { return nil }
        if let known = betterNames[surname.text] { return known ?? written }
        let found = fullestPerson(bearing: surname)
        betterNames[surname.text] = .some(found)
        return found ?? written
    }

    /// The fullest mention outside the headline, itself holding `surname`, of the most mentioned person (not
    /// an organisation, place or date) whose name holds `surname`.
    private mutating func fullestPerson(bearing surname: FoldedWord) -> String? {
        var best: (mentions: Int, name: String)?
        for person in people where person.mentions.count > best?.mentions ?? 0 && kind(of: person.name) == .person
            && PersonIndex.foldedWords(of: person.name).contains(surname) {
            var fullest: String?
            for mention in person.mentions where !(headline?.contains(mention.lowerBound) ?? false) {
                let text = SourceMention.normalised(bytes, mention)
                if text.split(separator: " ").count > (fullest?.split(separator: " ").count ?? 0), kind(of: text) == .person,
                   PersonIndex.foldedWords(of: text).contains(surname) { fullest = text }
            }
            if let fullest { best = (person.mentions.count, fullest) }
        }
        return best?.name
    }
}
