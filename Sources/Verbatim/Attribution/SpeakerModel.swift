import Foundation

/// The linear model that scores speaker candidates (`Rules/attribution/speaker-weights.yml`): a candidate's
/// score is the sum of its features times their weights, and the candidates of one quotation share a
/// probability in proportion to the exponential of their scores (a conditional logit). The weights are fit
/// with `verbatim fit-attribution` (``SpeakerModelFit``), not written by hand.
public struct SpeakerModel: Sendable, Equatable {
    /// One weight per ``SpeakerFeature``, in its order.
    public var weights: [Double]
    /// The gold folders the weights were fit on, as the file records them.
    public var fittedOn: [String]

    public init(weights: [Double], fittedOn: [String] = []) {
        precondition(weights.count == SpeakerFeature.allCases.count)
        self.weights = weights
        self.fittedOn = fittedOn
    }

    /// A model whose only preference is the source named beside a quotation: what Verbatim did before
    /// weights were fit, and what a rules folder without a weights file gets.
    public static let namedBesideOnly: SpeakerModel = {
        var weights = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
        weights[SpeakerFeature.frame.index] = 6
        weights[SpeakerFeature.none.index] = 3
        return SpeakerModel(weights: weights)
    }()

    public func weight(_ feature: SpeakerFeature) -> Double { weights[feature.index] }

    /// The score of a feature vector.
    func score(_ features: [Double]) -> Double {
        var sum = 0.0
        for index in features.indices where features[index] != 0 { sum += features[index] * weights[index] }
        return sum
    }

    /// Each candidate's probability given the scores of all candidates of a quotation.
    static func probabilities(_ scores: [Double]) -> [Double] {
        guard let top = scores.max() else { return [] }
        let exponentials = scores.map { exp($0 - top) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }

    struct File: Decodable {
        var weights: [String: Double]
        var fittedOn: [String]?
        enum CodingKeys: String, CodingKey { case weights, fittedOn = "fitted_on" }
    }

    /// Reads a weights file; without one, ``namedBesideOnly``. A weight for an unknown feature is an error
    /// naming the file; a feature the file does not list weighs nothing.
    public static func load(from path: String) throws -> SpeakerModel {
        guard FileManager.default.fileExists(atPath: path) else { return namedBesideOnly }
        let text = try RuleFile.read(path)
        let file = try RuleFile.decode(File.self, yaml: text, file: path)
        var weights = [Double](repeating: 0, count: SpeakerFeature.allCases.count)
        for (name, value) in file.weights {
            guard let feature = SpeakerFeature(name: name) else {
                throw RuleError(file: path, line: RuleFile.line(ofKey: name, in: text),
                                reason: "unknown speaker feature '\(name)'")
            }
            weights[feature.index] = value
        }
        return SpeakerModel(weights: weights, fittedOn: file.fittedOn ?? [])
    }

    /// The weights file's text: the same model always gives the same bytes.
    public func yaml() -> String {
        var text = """
        description: >
          Weights of the speaker choice: each quotation's candidates (the source named beside it, the speaker
          of the quotation before it, the speaker named beside the one after it, people mentioned near it, no
          speaker) are scored by adding up their features times these weights, and the best one is taken; its
          share of the probability is the attribution's confidence. Written by `verbatim fit-attribution`
          (`make weights`) from gold annotations; refit rather than edit by hand. See README.md in this folder.

        """
        text += "fitted_on: [" + fittedOn.map { "\"\($0)\"" }.joined(separator: ", ") + "]\n"
        text += "weights:\n"
        for feature in SpeakerFeature.allCases {
            text += "  \(feature.name): \(String(format: "%.4f", weights[feature.index]))\n"
        }
        return text
    }
}
