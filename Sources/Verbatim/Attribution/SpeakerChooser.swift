import Foundation

/// Chooses each quotation's speaker among its candidates (``SpeakerCandidates``) with the fitted
/// ``SpeakerModel``: the best-scored speaker is taken, and its share of the probability is the confidence.
extension Extractor {
    /// Replaces each quotation's speaker by the model's choice; returns the choices when `explains` is set.
    func chooseSpeakers(_ state: inout DocumentState) -> [SpeakerChoice]? {
        guard !state.found.isEmpty else { return explains ? [] : nil }
        let (chosen, choices) = chosenSpeakers(state)
        for position in state.found.indices {
            state.found[position].quotation.speaker = chosen[position].speaker
            state.found[position].quotation.confidence = chosen[position].confidence
        }
        return choices
    }

    /// Each quotation's chosen speaker and confidence, and the choices when `explains` is set. The document's
    /// state is only read: its quotations are written once the candidates are done with them. The builder's
    /// arrays are the extractor's, refilled document after document.
    private func chosenSpeakers(_ state: DocumentState)
        -> (chosen: [(speaker: Quotation.Speaker?, confidence: Double)], choices: [SpeakerChoice]?) {
        let headline = state.locator.paragraphs.first.flatMap { readsAsHeadline($0, state.bytes) ? $0 : nil }
        var builder = SpeakerCandidates(state: state, nameTypes: nameTypes, headline: headline, reusing: &speakerBuffers)
        let model = speakerModel
        var chosen: [(speaker: Quotation.Speaker?, confidence: Double)] = []
        chosen.reserveCapacity(state.found.count)
        var choices: [SpeakerChoice] = []
        if explains { choices.reserveCapacity(state.found.count) }
        // One array serves every quotation: it is emptied, not made anew.
        var candidates = [LeanCandidate].reused(&speakerBuffers.candidates)
        candidates.reserveCapacity(16)
        for position in state.found.indices {
            builder.fill(&candidates, for: position)
            let choice = Self.choose(&candidates, model: model)
            // Only the chosen candidate's speaker is built.
            let speaker = builder.speaker(of: candidates[choice.index])
            // The model's probability, and for the source named beside the quotation also how sure its
            // reading was (a garbled name, reported speech).
            let confidence = choice.probability * (candidates[choice.index].origin == .frame ? builder.confidenceBeside(position) : 1)
            chosen.append((speaker, candidates[choice.index].hasSpeaker ? (confidence * 100).rounded() / 100 : 0))
            if explains {
                choices.append(SpeakerChoice(candidates: candidates.map { SpeakerCandidate($0, speaker: builder.speaker(of: $0), model: model) },
                                             chosen: choice.index))
            }
        }
        builder.giveBack(to: &speakerBuffers)
        speakerBuffers.candidates = candidates
        return (chosen, explains ? choices : nil)
    }

    /// Scores `candidates` and picks one: the speaker whose candidates together have the highest
    /// probability (the same person may be a candidate several times: their ``LeanCandidate/speakerKey``
    /// is the same), and of those the best-scored. The probabilities are ``SpeakerModel/probabilities(_:)``'s,
    /// worked out in place.
    static func choose(_ candidates: inout [LeanCandidate], model: SpeakerModel) -> (index: Int, probability: Double) {
        // The weights are read in place, one per feature.
        precondition(model.weights.count == SpeakerFeatureValues.count)
        return model.weights.withUnsafeBufferPointer { weights in
            candidates.withUnsafeMutableBufferPointer { choose($0, weights: weights) }
        }
    }

    /// ``choose(_:model:)`` on the candidates and the weights in place.
    private static func choose(_ candidates: UnsafeMutableBufferPointer<LeanCandidate>,
                               weights: UnsafeBufferPointer<Double>) -> (index: Int, probability: Double) {
        var top = -Double.infinity
        for index in candidates.indices {
            let score = candidates[index].values.dot(weights)
            candidates[index].score = score
            if index == 0 || top < score { top = score }
        }
        var total = 0.0
        for index in candidates.indices {
            candidates[index].probability = exp(candidates[index].score - top)
            total += candidates[index].probability
        }
        for index in candidates.indices { candidates[index].probability /= total }
        // Each candidate's speaker's total, added up in candidate order (a handful of candidates: compared pairwise).
        func speakerTotal(_ index: Int) -> Double {
            var sum = 0.0
            let key = candidates[index].speakerKey
            for other in candidates.indices where candidates[other].speakerKey == key { sum += candidates[other].probability }
            return sum
        }
        var best = 0, bestTotal = speakerTotal(0)
        for index in candidates.indices.dropFirst() {
            let total = speakerTotal(index)
            if total > bestTotal || (total == bestTotal && candidates[index].score > candidates[best].score) {
                best = index
                bestTotal = total
            }
        }
        return (best, bestTotal)
    }
}

/// The entity types of the names met so far (``EntityTypes/kind(of:)``, ``EntityTypes/withoutDates(_:)`` and
/// ``EntityTypes/mayBeDateAfterOpener(_:)``), kept by one extractor from one document to the next: the same
/// names come back in article after article.
final class NameTypes {
    /// A name's kind, the name without the dates at its ends when that differs, and whether the name may be
    /// a date after an opener ("early June").
    typealias Info = (kind: EntityTypes.Kind, withoutDates: String?, mayBeDateAfterOpener: Bool)

    let types: EntityTypes
    private var known: [String: Info] = [:]
    /// Past this many names, the cache starts over, so that memory stays bounded.
    private let limit = 50_000

    init(types: EntityTypes) { self.types = types }

    func info(_ name: String) -> Info {
        if let found = known[name] { return found }
        if known.count >= limit { known.removeAll(keepingCapacity: true) }
        let dateless = types.withoutDates(name)
        let found: Info = (types.kind(of: name), dateless == name ? nil : dateless, types.mayBeDateAfterOpener(name))
        known[name] = found
        return found
    }
}
