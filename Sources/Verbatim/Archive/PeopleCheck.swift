/// Holds the people a draft names to the people on record: a spelling never seen that is close to a known
/// name ("Ding Li" for Shen Dingli), and a title that disagrees with the latest one on record.
struct PeopleCheck {
    let store: ArchiveStore
    private var rules: ArchiveRules { store.rules }

    init(store: ArchiveStore) { self.store = store }

    /// Adds the name and title findings of `draft` (leaving out records of the draft itself).
    func check(_ draft: ExtractionResult, excluding hash: String, into findings: inout CheckFindings) throws {
        for person in draft.people {
            guard let mention = person.mentions.first(where: { draft.text($0) == person.name }) ?? person.mentions.first else { continue }
            let key = rules.key(ofName: person.name)
            guard key.words.count >= 2 else { continue }   // one word ("Putin") says too little to judge a spelling
            guard let known = try resolve(person.name) else { continue }
            if try !store.hasSpelling(person.name, of: known.id) {
                try reportSpelling(person.name, at: mention, of: known, into: &findings)
            }
            try checkTitles(person, of: known, excluding: hash, draft: draft, into: &findings)
        }
    }

    /// The person on record a name written in a draft stands for: the one with the name's key, else the
    /// closest one (a misspelt speaker's quotations are still theirs).
    func resolve(_ name: String) throws -> ArchivedPerson? {
        let key = rules.key(ofName: name)
        guard !key.words.isEmpty else { return nil }
        if let known = try store.person(withKeyIn: key.forms.map(\.key)) { return known }
        return key.words.count >= 2 ? try closestPerson(to: key) : nil
    }

    private func reportSpelling(_ written: String, at range: Range<Int>, of person: ArchivedPerson,
                                into findings: inout CheckFindings) throws {
        let spellings = try store.spellings(of: person.id)
        let listed = spellings.map { "“\($0.spelling)” in \($0.documents) document\($0.documents == 1 ? "" : "s")" }
        findings.add("name-not-on-record", at: range, values: [
            "written": written, "canonical": spellings.first?.spelling ?? person.name,
            "spellings": listed.isEmpty ? "no spelling on record" : listed.joined(separator: ", "),
        ])
    }

    /// The person on record whose name is closest to `key`, when one is close: their folded letters differ
    /// by few edits, or one runs inside the other.
    private func closestPerson(to key: NameKey) throws -> ArchivedPerson? {
        let settings = rules.check
        let forms = key.forms.map(\.key)
        var best: (person: ArchivedPerson, distance: Int)?
        for person in try store.people(sharing: key.words + [key.joined]) {
            for form in forms where form.count >= settings.nameMinLetters && person.key.count >= settings.nameMinLetters {
                let distance = person.key.contains(form) || form.contains(person.key) ? 0
                    : NameConsistencyCheck.editDistance(form, person.key)
                if distance <= settings.nameMaxEdits && distance < (best?.distance ?? .max) { best = (person, distance) }
            }
        }
        return best?.person
    }

    private func checkTitles(_ person: Person, of known: ArchivedPerson, excluding hash: String, draft: ExtractionResult,
                             into findings: inout CheckFindings) throws {
        guard !person.affiliations.isEmpty, let latest = try store.latestTitle(of: known.id, excluding: hash) else { return }
        for range in person.affiliations {
            let title = draft.text(range)
            guard disagree(title, latest.title) else { continue }
            findings.add("title-mismatch", at: range, values: [
                "canonical": person.name, "title": title, "latest": latest.title, "source": latest.path,
                "outlet_date": ArchiveChecker.outletAndDate(latest.outlet, latest.date),
            ], related: [Location(path: latest.path, range: latest.place.range, line: latest.place.line, column: latest.place.column)])
        }
    }

    /// Whether two titles disagree: a word that changes a title's meaning ("former") in one only, or
    /// neither title's content words within the other's.
    func disagree(_ a: String, _ b: String) -> Bool {
        let left = rules.titleWords(a), right = rules.titleWords(b)
        guard !left.isEmpty, !right.isEmpty else { return false }
        let change = rules.check.titleChangeWords
        if left.intersection(change) != right.intersection(change) { return true }
        return !left.isSubset(of: right) && !right.isSubset(of: left)
    }
}
