import Foundation
import Testing
@testable import Verbatim

/// The scored speaker choice: candidates from each source with their features, entity types, headlines,
/// and `--explain`.
@Suite struct SpeakerChoiceTests {
    /// The result of extracting `text` with explanations kept.
    static func explained(_ text: String, rules: RuleBook = Fixtures.rules) throws -> ExtractionResult {
        let extractor = Extractor(rules: rules)
        extractor.explains = true
        return try extractor.extract(try Document(path: "test.txt", data: Array(text.utf8)))
    }

    /// The choice of the quotation whose text starts with `prefix`.
    static func choice(_ result: ExtractionResult, _ prefix: String) throws -> (Quotation, SpeakerChoice) {
        let position = try #require(result.quotations.firstIndex { result.text($0.content).hasPrefix(prefix) },
                                    "no quotation starts with \(prefix)")
        return (result.quotations[position], try #require(result.speakerChoices)[position])
    }

    @Test func aQuotationAfterAnAttributedOneInItsParagraphTakesThatSpeaker() throws {
        let result = try Self.explained("""
        “Compare that to his other competitor, compare him to Hillary,” Gorka said. “This is a woman who \
        should simply recuse herself from running for public office.”

        """)
        let (quotation, choice) = try Self.choice(result, "This is a woman")
        let previous = try #require(choice.candidates.first { $0.origin == .previous })
        #expect(previous.speaker?.name == "Gorka")
        #expect(previous[.previousSameParagraph] == 1)
        #expect(quotation.speaker?.name == "Gorka")
        #expect(quotation.confidence > 0.5)
    }

    @Test func aQuotationOverSeveralParagraphsSeesTheSpeakerNamedAtItsEnd() throws {
        let result = try Self.explained("""
        Officials met on Monday.

        “The first part of a long statement goes on and on about the budget and the deficit.

        “The second part ends it with a promise to do better next year,” said Senator Jane Doe.

        """)
        let (_, choice) = try Self.choice(result, "The first part")
        let next = try #require(choice.candidates.first { $0.origin == .next })
        #expect(next.speaker?.name == "Jane Doe")
        #expect(next[.nextAdjacentParagraph] == 1)
        #expect(next[.nextRunsOn] == 1)
    }

    @Test func aPersonMentionedInThePreviousParagraphIsACandidate() throws {
        let result = try Self.explained("""
        Republican pollster Daron Shaw said the timing was no surprise to him at all.

        “Historically, lesser-known candidates beating establishment candidates in early contests have seen \
        the biggest boost in their national support.”

        """)
        let (_, choice) = try Self.choice(result, "Historically")
        let mention = try #require(choice.candidates.first { $0.origin == .mention && $0.speaker?.name == "Daron Shaw" })
        #expect(mention[.mentionPreviousParagraph] == 1)
        #expect(mention[.mentionBefore] == 1)
        #expect(mention[.mentionCueAfter] == 1)
        #expect(mention[.mentionWordsApart] > 0)
    }

    @Test func aNameInsideAQuotationIsNoCandidate() throws {
        let result = try Self.explained("""
        “I have never met Vladimir Putin and I never will, whatever anybody says,” Smith said on the radio.

        """)
        let (_, choice) = try Self.choice(result, "I have never")
        #expect(!choice.candidates.contains { $0.speaker?.name == "Vladimir Putin" })
    }

    @Test func aCountryIsASourceNotAPerson() throws {
        let result = try Self.explained("""
        “The talks will go on for as long as they need to, and nobody should doubt it,” Russia said in a statement.

        """)
        let (quotation, _) = try Self.choice(result, "The talks")
        #expect(quotation.speaker?.name == "Russia")
        #expect(quotation.speaker?.resolution == .source)
    }

    @Test func namesInAHeadlineAreNoCandidates() throws {
        let text = """
        Ben Carson Defends Himself Again Against Critics

        “I have never said that about anybody at all in my whole life, and I never would,” the candidate told supporters.

        """
        let result = try Self.explained(text)
        let headline = try #require(result.paragraphs.first)
        for choice in try #require(result.speakerChoices) {
            #expect(!choice.candidates.contains { $0.origin == .mention && headline.contains($0.speaker!.mention.lowerBound) })
        }
    }

    @Test func everyQuotationHasANoSpeakerCandidateAndProbabilitiesAddUp() throws {
        let result = try Self.explained(try String(contentsOfFile: "\(Fixtures.articlesFolder)/000_c2f13e12f7f41075.txt", encoding: .utf8))
        let choices = try #require(result.speakerChoices)
        #expect(choices.count == result.quotations.count)
        for (quotation, choice) in zip(result.quotations, choices) {
            #expect(choice.candidates.filter { $0.origin == .none }.count == 1)
            #expect(abs(choice.candidates.map(\.probability).reduce(0, +) - 1) < 1e-9)
            #expect(quotation.speaker?.name == choice.candidates[choice.chosen].speaker?.name)
        }
    }

    @Test func theCandidatesOfOneSpeakerAddUpTheirProbabilities() {
        var weights = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
        weights[SpeakerFeature.frame.index] = 2
        weights[SpeakerFeature.mention.index] = 1.5
        let model = SpeakerModel(weights: weights)
        func candidate(_ origin: SpeakerCandidate.Origin, typed: Int, key: Int, _ feature: SpeakerFeature) -> LeanCandidate {
            var candidate = LeanCandidate(origin: origin, typed: typed, mention: 0..<1, speakerKey: key)
            candidate.mark(feature)
            return candidate
        }
        // Jane Doe (key 0) alone scores best, but John Roe's (key 1) two mentions together are more probable.
        var candidates = [candidate(.none, typed: -1, key: -1, .none), candidate(.frame, typed: 0, key: 0, .frame),
                          candidate(.mention, typed: 1, key: 1, .mention), candidate(.mention, typed: 1, key: 1, .mention)]
        let choice = Extractor.choose(&candidates, model: model)
        #expect(candidates[choice.index].speakerKey == 1)
        #expect(abs(choice.probability - (candidates[2].probability + candidates[3].probability)) < 1e-12)
        #expect(abs(candidates.map(\.probability).reduce(0, +) - 1) < 1e-12)
        #expect(candidates[1].probability > candidates[2].probability)
    }

    @Test func featureValuesHoldEveryFeatureInPlace() {
        #expect(SpeakerFeatureValues.count == SpeakerFeature.allCases.count)
        #expect(SpeakerFeatureValues.count <= 64)
        var candidate = SpeakerCandidate(origin: .mention, speaker: nil)
        candidate[.mentionWordsApart] = 2.5
        candidate.mark(.organisation)
        #expect(candidate.features.count == SpeakerFeature.allCases.count)
        #expect(candidate.features[SpeakerFeature.mentionWordsApart.index] == 2.5)
        #expect(candidate.features.filter { $0 != 0 }.count == 2)
        var copy = SpeakerCandidate(origin: .mention, speaker: nil)
        copy.features = candidate.features
        #expect(copy[.organisation] == 1)
        // The score adds the values that are set, in feature order, and forgets one set back to 0.
        let weights = (0..<SpeakerFeature.allCases.count).map { Double($0) / 7 }
        #expect(copy.values.dot(weights) == SpeakerModel(weights: weights).score(copy.features))
        copy[.organisation] = 0
        #expect(copy.values.dot(weights) == 2.5 * weights[SpeakerFeature.mentionWordsApart.index])
    }

    /// Measures keep their own values (each in its slot), yes-or-no features only a bit: setting every
    /// measure to a different number reads each back, and the score is the plain sum in feature order.
    @Test func measuresKeepTheirValuesAndYesOrNoFeaturesTheirBit() {
        let measures = SpeakerFeature.allCases.filter(\.isMeasure)
        #expect(measures.count == SpeakerFeatureValues.measureCount)
        #expect(SpeakerFeatureValues.measureBits == measures.reduce(0) { $0 | 1 << UInt64($1.index) })
        var values = SpeakerFeatureValues()
        var features = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
        for (number, feature) in SpeakerFeature.allCases.enumerated() {
            let value = feature.isMeasure ? Double(number) + 0.25 : Double(number % 2)
            values[feature.index] = value
            features[feature.index] = value
        }
        for feature in SpeakerFeature.allCases { #expect(values[feature.index] == features[feature.index]) }
        let weights = (0..<SpeakerFeature.allCases.count).map { 1 / Double($0 + 3) }
        #expect(values.dot(weights) == SpeakerModel(weights: weights).score(features))
    }

    @Test func explainShowsTheCandidatesAndTheFeaturesThatDecided() throws {
        let result = try Self.explained("""
        “Compare that to his other competitor, compare him to Hillary,” Gorka said. “This is a woman who \
        should simply recuse herself from running for public office.”

        """)
        let line = QuotationWriters.jsonLine(result)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let quotes = try #require(json["quotes"] as? [[String: Any]])
        let explain = try #require(quotes.last?["explain"] as? [[String: Any]])
        let chosen = try #require(explain.first { $0["chosen"] as? Bool == true })
        #expect(chosen["name"] as? String == "Gorka")
        #expect((chosen["features"] as? [String: Any])?["previous_same_paragraph"] != nil)
        #expect(explain.contains { $0["origin"] as? String == "none" })
        let text = QuotationWriters.text(result)
        #expect(text.contains("✓ Gorka"))
        #expect(text.contains("previous_same_paragraph"))
        // Without --explain, nothing is added.
        let plain = try Extractor(rules: Fixtures.rules).extract(try Document(path: "test.txt", data: Array("“Yes, we will do it,” Gorka said.\n".utf8)))
        #expect(plain.speakerChoices == nil)
        #expect(!QuotationWriters.jsonLine(plain).contains("explain"))
    }
}

/// The weights: read from and written to `Rules/attribution/speaker-weights.yml`, and fit on gold.
@Suite struct SpeakerModelFitTests {
    static let goldFolder = "\(Fixtures.root)/Tests/Fixtures/attribution-gold"

    @Test func fittingTheSameGoldTwiceGivesTheSameWeights() throws {
        let documents = try GoldDocument.load(folder: Self.goldFolder)
        #expect(documents.count == 4)
        let examples = try SpeakerModelFit.examples(from: documents, rules: Fixtures.rules)
        // Quotations whose candidates disagree on the speaker: enough to fit on.
        #expect(examples.count >= 6)
        var settings = SpeakerModelFit.Settings()
        settings.iterations = 150
        let first = SpeakerModelFit.fit(examples, settings: settings)
        let second = SpeakerModelFit.fit(try SpeakerModelFit.examples(from: documents, rules: Fixtures.rules), settings: settings)
        #expect(first == second)
        // The fit does better on its data than no weights at all.
        let zero = SpeakerModel(weights: [Double](repeating: 0, count: SpeakerFeature.allCases.count))
        let fitted = SpeakerModelFit.evaluate(examples, model: SpeakerModel(weights: first))
        let unfitted = SpeakerModelFit.evaluate(examples, model: zero)
        #expect(fitted.logLikelihood > unfitted.logLikelihood)
        #expect(fitted.accuracy > unfitted.accuracy)
    }

    @Test func goldNamesMatchAsTheScorerCountsThem() throws {
        let gold = GoldDocument(textPath: "x.txt", quotes: [], people: [])
        let honorifics: Set<String> = ["mr", "sen"]
        #expect(gold.names("David Kamin", gold: "Mr. Kamin", honorifics: honorifics))
        #expect(gold.names("Pat Caddell", gold: "longtime Democratic pollster Pat Caddell", honorifics: honorifics))
        #expect(!gold.names("Donald Trump", gold: "Mr. Kamin", honorifics: honorifics))
    }

    @Test func weightsRoundTripThroughTheirFile() throws {
        var weights = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
        for index in weights.indices { weights[index] = Double(index) / 8 - 2 }
        let model = SpeakerModel(weights: weights, fittedOn: ["train", "seeds"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString).yml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.yaml().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try SpeakerModel.load(from: path) == model)
    }

    @Test func anUnknownFeatureIsAnErrorNamingTheFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("weights-\(UUID().uuidString).yml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "weights:\n  frame: 1\n  shoe_size: 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: RuleError.self) { try SpeakerModel.load(from: path) }
    }

    @Test func theShippedWeightsPreferTheSourceNamedBeside() {
        let model = Fixtures.rules.speakerModel
        #expect(model.weight(.frame) + model.weight(.frameNamed) > model.weight(.none))
        #expect(!model.fittedOn.isEmpty)
    }
}
