import Testing
@testable import Verbatim

/// The speaker choice refills the same arrays document after document: what one document leaves in them
/// never reaches the next.
@Suite struct SpeakerCandidateBuffersTests {
    static let crowded = """
    Democratic leaders met in Ohio on Monday, and Senator Jane Doe and Governor John Smith spoke to the press.

    “We will win this state and every other state this year,” Jane Doe said at the rally.

    “The budget is a promise we intend to keep, whatever happens in the talks,” Smith told reporters. \
    “Nobody will leave the table before the work is done.”

    Analysts said the race was close. Russia said in a statement: “The talks will go on.”

    """

    static let plain = """
    Mayor Ann Lee opened the new bridge on Tuesday.

    “It took ten years to build, and it will last a hundred,” she said.

    “The town has waited long enough for it.”

    """

    /// What the choices of a result come to, as plain values that can be compared.
    static func summary(_ result: ExtractionResult) throws -> [String] {
        var lines = result.quotations.map { "\($0.content) \($0.speaker.map { "\($0.name) \($0.resolution)" } ?? "-") \($0.confidence)" }
        for choice in try #require(result.speakerChoices) {
            lines.append("chosen \(choice.chosen)")
            for candidate in choice.candidates {
                lines.append("\(candidate.origin) \(candidate.speaker?.name ?? "-") \(candidate.speaker?.mention ?? 0..<0) "
                             + "\(candidate.features) \(candidate.probability)")
            }
        }
        return lines
    }

    @Test func aDocumentAfterAnotherIsChosenAsByAFreshExtractor() throws {
        let reused = Extractor(rules: Fixtures.rules)
        reused.explains = true
        func extract(_ text: String, with extractor: Extractor) throws -> [String] {
            try Self.summary(try extractor.extract(try Document(path: "test.txt", data: Array(text.utf8))))
        }
        let crowded = try extract(Self.crowded, with: reused)
        let plainAfter = try extract(Self.plain, with: reused)
        let crowdedAgain = try extract(Self.crowded, with: reused)
        let fresh = Extractor(rules: Fixtures.rules)
        fresh.explains = true
        #expect(plainAfter == (try extract(Self.plain, with: fresh)))
        #expect(crowdedAgain == crowded)
        #expect(plainAfter.contains { $0.contains("Ann Lee") })
    }

    @Test func aReusedArrayComesEmptyWithItsRoomAndLeavesItsPlaceEmpty() {
        var kept = Array(0..<100)
        let capacity = kept.capacity
        let taken = [Int].reused(&kept)
        #expect(taken.isEmpty && taken.capacity == capacity)
        #expect(kept.isEmpty)
        var table = ["a": 1, "b": 2]
        let emptied = [String: Int].reused(&table)
        #expect(emptied.isEmpty && table.isEmpty)
    }

    @Test func aReusedArrayFilledWithAValueHoldsOnlyThatValueInItsRoom() {
        var kept = Array(0..<100)
        let capacity = kept.capacity
        let filled = [Int].reused(&kept, repeating: -1, count: 7)
        #expect(filled == Array(repeating: -1, count: 7) && filled.capacity == capacity)
        #expect(kept.isEmpty)
    }
}

/// The entity types of a name, kept by the extractor, answer what ``EntityTypes`` answers.
@Suite struct NameTypesTests {
    @Test func aNameIsTypedAsTheEntityTypesTypeIt() {
        let types = Fixtures.rules.entityTypes
        let names = NameTypes(types: types)
        for name in ["Jane Doe", "Russia", "June", "Trump Wednesday", "May"] {
            // Asked twice: worked out, then kept.
            for _ in 0..<2 {
                let info = names.info(name)
                let dateless = types.withoutDates(name)
                #expect(info.kind == types.kind(of: name))
                #expect(info.withoutDates == (dateless == name ? nil : dateless))
                #expect(info.mayBeDateAfterOpener == types.mayBeDateAfterOpener(name))
            }
        }
        #expect(names.info("May").mayBeDateAfterOpener && !names.info("Jane Doe").mayBeDateAfterOpener)
    }
}
