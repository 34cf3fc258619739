import Testing
@testable import Verbatim

/// People are indexed by word only once there are more than a few; the index then names every person who
/// may hold a query or be held by it, names that grew included.
@Suite struct KnownPeopleTests {
    private func words(_ name: String) -> ArraySlice<FoldedWord> {
        name.split(separator: " ").map { FoldedWord(String($0)) }[...]
    }

    /// Whether one word list holds all of the other.
    private func nested(_ a: [FoldedWord], _ b: ArraySlice<FoldedWord>) -> Bool {
        a.allSatisfy { b.contains($0) } || b.allSatisfy { a.contains($0) }
    }

    @Test func fewPeopleAreAllCandidatesAndManyAreIndexedByWord() {
        var known = KnownPeople()
        let queries = ["putin", "vladimir putin", "xi", "person7 surname", "surname", "nobody", "given3 person3"]
        for number in 0..<(KnownPeople.indexFrom + 20) {
            known.append(words(number % 9 == 0 ? "" : "given\(number % 5) person\(number) surname"))
            if number == 40 { known.set(3, words("given3 person3 surname putin")) }
            if number % 4 == 0 { known.append(words(number % 8 == 0 ? "vladimir putin" : "xi")) }
            for query in queries.map(words) {
                guard let candidates = known.candidates(for: query) else {
                    #expect(known.words.count <= KnownPeople.indexFrom)
                    continue
                }
                #expect(known.words.count > KnownPeople.indexFrom)
                #expect(candidates == candidates.sorted() && Set(candidates).count == candidates.count)
                let holders = known.words.indices.filter { nested(known.words[$0], query) }
                #expect(holders.allSatisfy(candidates.contains), "\(query.map(\.text))")
            }
        }
        #expect(known.candidates(for: words("putin"))?.contains(3) == true)
    }
}
