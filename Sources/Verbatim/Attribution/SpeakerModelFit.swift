import Foundation

/// Fits the weights of the ``SpeakerModel`` to gold annotations: the extractor gathers each quotation's
/// candidates, a quotation that matches a gold one marks the candidates that name its gold speaker (or the
/// "no speaker" candidate, when gold leaves it unattributed), and full-batch gradient descent maximises
/// the likelihood of the right candidates under the conditional logit, with a small L2 penalty. Every
/// step runs in a fixed order, so the same data always give the same weights.
public enum SpeakerModelFit {
    /// One quotation's candidates and which of them are right.
    public struct Example: Sendable {
        public var features: [[Double]]
        public var correct: [Bool]

        public init(features: [[Double]], correct: [Bool]) {
            self.features = features
            self.correct = correct
        }
    }

    /// How the descent runs.
    public struct Settings: Sendable {
        public var iterations = 600
        public var rate = 1.0
        public var l2 = 0.001
        public init() {}
    }

    /// Refits the weights on the gold folders, with `rules`' extraction.
    public static func fit(folders: [String], rules: RuleBook, settings: Settings = Settings()) throws -> SpeakerModel {
        var examples: [Example] = []
        for folder in folders { examples += try self.examples(from: try GoldDocument.load(folder: folder), rules: rules) }
        let weights = fit(examples, settings: settings)
        return SpeakerModel(weights: weights, fittedOn: folders.map { URL(fileURLWithPath: $0).lastPathComponent })
    }

    /// The training examples of gold documents: the candidates of each extracted quotation that matches a
    /// gold quotation whose speaker is scored and among the candidates.
    public static func examples(from documents: [GoldDocument], rules: RuleBook) throws -> [Example] {
        let extractor = Extractor(rules: rules)
        extractor.explains = true
        let honorifics = Set((rules.lexicon.honorifics.map(\.form) + rules.lexicon.titles).map {
            $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        })
        let reader = DocumentReader()
        var examples: [Example] = []
        for gold in documents {
            let document = try reader.read(path: gold.textPath)
            let result = try extractor.extract(document)
            guard let choices = result.speakerChoices else { continue }
            let goldSpans = spans(of: gold.quotes, in: document.bytes)
            for (quotation, choice) in zip(result.quotations, choices) {
                guard let match = bestMatch(quotation.content, goldSpans) else { continue }
                let speaker = gold.quotes[match].speaker
                if speaker == "*" { continue }
                let correct = choice.candidates.map { candidate -> Bool in
                    guard let speaker else { return candidate.speaker == nil }
                    guard let name = candidate.speaker?.name else { return false }
                    return gold.names(name, gold: speaker, honorifics: honorifics)
                }
                guard correct.contains(true), correct.contains(false) else { continue }
                examples.append(Example(features: choice.candidates.map(\.features), correct: correct))
            }
        }
        return examples
    }

    /// The byte span of each gold quotation's text (its first occurrence), `nil` when it is not in the text.
    static func spans(of quotes: [GoldDocument.Quote], in bytes: [UInt8]) -> [Range<Int>?] {
        quotes.map { quote in
            let needle = Array(quote.text.utf8)
            guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
            let first = needle[0]
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == first, Array(bytes[start..<(start + needle.count)]) == needle { return start..<(start + needle.count) }
                start += 1
            }
            return nil
        }
    }

    /// The gold quotation that a predicted span matches: the best overlap of at least half of both spans
    /// together, or a gold quotation (over several paragraphs) that holds nine tenths of the span.
    static func bestMatch(_ span: Range<Int>, _ gold: [Range<Int>?]) -> Int? {
        var best: (index: Int, share: Double)?
        for (index, candidate) in gold.enumerated() {
            guard let candidate else { continue }
            let shared = min(span.upperBound, candidate.upperBound) - max(span.lowerBound, candidate.lowerBound)
            guard shared > 0 else { continue }
            let union = max(span.upperBound, candidate.upperBound) - min(span.lowerBound, candidate.lowerBound)
            var share = Double(shared) / Double(union)
            if share < 0.5, Double(shared) >= 0.9 * Double(span.count) { share = 0.5 }
            if share >= 0.5, share > best?.share ?? 0 { best = (index, share) }
        }
        return best?.index
    }

    /// The weights that maximise the mean log-probability of the right candidates, less `l2` times the
    /// squared weights, by gradient ascent from zero.
    public static func fit(_ examples: [Example], settings: Settings = Settings()) -> [Double] {
        let count = SpeakerFeature.allCases.count
        var weights = [Double](repeating: 0, count: count)
        guard !examples.isEmpty else { return weights }
        let scale = 1 / Double(examples.count)
        for _ in 0..<settings.iterations {
            var gradient = [Double](repeating: 0, count: count)
            for example in examples {
                let model = SpeakerModel(weights: weights)
                let probabilities = SpeakerModel.probabilities(example.features.map(model.score))
                let right = zip(probabilities, example.correct).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
                for (candidate, features) in example.features.enumerated() {
                    // d log P(right) / d score = P(candidate | right) − P(candidate).
                    let target = example.correct[candidate] && right > 0 ? probabilities[candidate] / right : 0
                    let step = target - probabilities[candidate]
                    guard step != 0 else { continue }
                    for feature in 0..<count where features[feature] != 0 { gradient[feature] += step * features[feature] }
                }
            }
            for feature in 0..<count {
                weights[feature] += settings.rate * (gradient[feature] * scale - 2 * settings.l2 * weights[feature])
            }
        }
        return weights
    }

    /// The mean log-probability of the right candidates and the share of examples whose best-scored
    /// candidate is right, under `model`.
    public static func evaluate(_ examples: [Example], model: SpeakerModel) -> (logLikelihood: Double, accuracy: Double) {
        var total = 0.0, right = 0
        for example in examples {
            var candidates = example.features.map { features -> SpeakerCandidate in
                var candidate = SpeakerCandidate(origin: .mention, speaker: nil)
                candidate.features = features
                return candidate
            }
            let probabilities = SpeakerModel.probabilities(candidates.map { model.score($0.features) })
            total += log(max(1e-12, zip(probabilities, example.correct).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }))
            for index in candidates.indices { candidates[index].score = model.score(candidates[index].features) }
            if let best = candidates.indices.max(by: { candidates[$0].score < candidates[$1].score }), example.correct[best] { right += 1 }
        }
        return (total / Double(max(1, examples.count)), Double(right) / Double(max(1, examples.count)))
    }
}
