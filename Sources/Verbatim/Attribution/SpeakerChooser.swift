import Foundation

/// Chooses each quotation's speaker among its candidates (``SpeakerCandidates``) with the fitted
/// ``SpeakerModel``: the best-scored speaker is taken, and its share of the probability is the confidence.
extension Extractor {
    /// Replaces each quotation's speaker by the model's choice; returns the choices when `explains` is set.
    func chooseSpeakers(_ state: inout DocumentState) -> [SpeakerChoice]? {
        guard !state.found.isEmpty else { return explains ? [] : nil }
        var builder = SpeakerCandidates(state: state, entityTypes: rules.entityTypes)
        var choices: [SpeakerChoice] = []
        if explains { choices.reserveCapacity(state.found.count) }
        for position in state.found.indices {
            var candidates = builder.candidates(for: position)
            let choice = Self.choose(&candidates, model: speakerModel)
            let chosen = candidates[choice.index]
            state.found[position].quotation.speaker = chosen.speaker
            // The model's probability, and for the source named beside the quotation also how sure its
            // reading was (a garbled name, reported speech).
            let confidence = choice.probability * (chosen.origin == .frame ? builder.confidenceBeside(position) : 1)
            state.found[position].quotation.confidence = chosen.speaker == nil ? 0 : (confidence * 100).rounded() / 100
            if explains {
                for index in candidates.indices {
                    candidates[index].contributions = SpeakerFeature.allCases.compactMap { feature in
                        let value = candidates[index][feature]
                        return value == 0 ? nil : (feature, value * speakerModel.weight(feature))
                    }.sorted { abs($0.amount) > abs($1.amount) }
                }
                choices.append(SpeakerChoice(candidates: candidates, chosen: choice.index))
            }
        }
        return explains ? choices : nil
    }

    /// Scores `candidates` and picks one: the speaker whose candidates together have the highest
    /// probability (the same person may be a candidate several times), and of those the best-scored.
    static func choose(_ candidates: inout [SpeakerCandidate], model: SpeakerModel) -> (index: Int, probability: Double) {
        for index in candidates.indices { candidates[index].score = model.score(candidates[index].features) }
        let probabilities = SpeakerModel.probabilities(candidates.map(\.score))
        for index in candidates.indices { candidates[index].probability = probabilities[index] }
        var byName: [String: Double] = [:]
        for candidate in candidates { byName[candidate.speaker?.name ?? "", default: 0] += candidate.probability }
        var best = 0
        for index in candidates.indices.dropFirst() {
            let (name, bestName) = (candidates[index].speaker?.name ?? "", candidates[best].speaker?.name ?? "")
            let (total, bestTotal) = (byName[name]!, byName[bestName]!)
            if total > bestTotal || (total == bestTotal && candidates[index].score > candidates[best].score) { best = index }
        }
        return (best, byName[candidates[best].speaker?.name ?? ""]!)
    }
}
