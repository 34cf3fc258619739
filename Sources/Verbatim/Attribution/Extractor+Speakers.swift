/// Speaker resolution, the ``PipelineStage/resolution`` stage of the extractor.
extension Extractor {
    /// Gives each quotation of the document its speaker and confidence: a named, pronoun, role or
    /// organisation source through ``SpeakerResolver``; a quotation without a source the speaker of the one
    /// it continues. The confidences are ``SpeakerConfidence``'s.
    func resolveSpeakers(_ state: inout DocumentState) {
        let resolver = SpeakerResolver(index: state.index, bytes: state.bytes)
        var earlier: [SpeakerResolver.Earlier] = []
        // Named sources first join the index, so that later surnames and pronouns find them. Their names
        // are folded once, here.
        var nameWords = [[FoldedWord]?](repeating: nil, count: state.found.count)
        var headlines = HeadlineLines()
        for (position, pending) in state.found.enumerated() {
            guard let source = pending.source, case .person(let clean) = source.kind else { continue }
            // A name that ran into a headline's words is no source, as in the people scan ("Obama Says
            // African-American Museum Will Tell …").
            if headlines.nameRunsIntoHeadline(words: clean.wordCount, at: source.range.lowerBound, state.bytes, self) {
                state.found[position].source = nil
                continue
            }
            let words = PersonIndex.foldedWords(of: clean.name)
            nameWords[position] = words
            if clean.wordCount >= 2 {
                state.index.add(clean, words: words, bytes: state.bytes, affiliation: source.affiliation, opensSentence: false,
                                titleWords: [], create: true)
            }
        }
        // Each quotation is updated in place: copying a `Pending` out and back retains all it holds.
        for position in state.found.indices {
            // The person of the index the speaker was resolved to, if any: their words need no folding.
            var resolvedPerson: Int?
            if let source = state.found[position].source {
                let sentenceStart = state.locator.sentence(containing: source.range.lowerBound)?.lowerBound ?? source.range.lowerBound
                if let resolved = resolver.resolve(source, nameWords: nameWords[position], earlier: earlier,
                                                   sentenceStart: sentenceStart) {
                    resolvedPerson = resolved.person
                    let reported = state.found[position].quotation.kind == .indirect ? SpeakerConfidence.indirectFactor : 1.0
                    state.found[position].quotation.speaker = resolved.speaker
                    state.found[position].quotation.confidence = resolved.confidence * reported
                        * (isGarbled(source, state.bytes) ? SpeakerConfidence.garbledFactor : 1.0)
                }
            } else if state.found[position].continuation || continuesParagraphBefore(state, position),
                      position > 0, let speaker = state.found[position - 1].quotation.speaker {
                state.found[position].quotation.speaker = Quotation.Speaker(name: speaker.name, mention: speaker.mention,
                                                                            resolution: .continuation)
                state.found[position].quotation.confidence = min(SpeakerConfidence.continuationCap, state.found[position - 1].quotation.confidence)
            }
            if let speaker = state.found[position].quotation.speaker, speaker.resolution != .source,
               let person = state.index.person(matching: resolvedPerson.map(state.index.foldedWords(ofPerson:))
                                                   ?? PersonIndex.foldedWords(of: speaker.name),
                                               near: speaker.mention.lowerBound) {
                earlier.append(SpeakerResolver.Earlier(offset: state.found[position].quotation.content.lowerBound, person: person))
            }
        }
        // The first paragraphs of a quotation over several paragraphs take the speaker named at its end.
        for position in state.found.indices.reversed().dropFirst() where state.found[position].continuesNext
            && state.found[position].quotation.speaker == nil {
            guard let speaker = state.found[position + 1].quotation.speaker else { continue }
            state.found[position].quotation.speaker = Quotation.Speaker(name: speaker.name, mention: speaker.mention,
                                                                        resolution: .continuation)
            state.found[position].quotation.confidence = min(SpeakerConfidence.continuationCap, state.found[position + 1].quotation.confidence)
        }
    }

    /// An unattributed direct quotation that opens the paragraph right after one that ended with an
    /// attributed direct quotation: the newspaper convention for a speaker who goes on talking.
    private func continuesParagraphBefore(_ state: DocumentState, _ position: Int) -> Bool {
        // Fields are read in place: a copy of a `Pending` retains everything it holds.
        guard position > 0, state.found[position].source == nil, state.found[position].opensParagraph,
              state.found[position].quotation.kind == .direct,
              let paragraph = state.found[position].paragraph else { return false }
        guard state.found[position - 1].quotation.kind == .direct, state.found[position - 1].quotation.openMark != nil,
              let previousParagraph = state.found[position - 1].paragraph,
              let index = state.locator.index(ofParagraph: paragraph), index > 0 else { return false }
        return state.locator.paragraphs[index - 1] == previousParagraph
    }

    /// Signs that the text around an attribution is damaged: a stray word before the verb, a period
    /// inside the name ("Jens. Stoltenberg"), a title glued to it ("MedeirosProfessor").
    private func isGarbled(_ source: SourceMention, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if source.rule == "stray-word-verb-then-name" { return true }
        guard case .person(let clean) = source.kind else { return false }
        if clean.hadFusedTitle { return true }
        guard ASCIIWord.isASCII(bytes, clean.nameRange) else { return ByteText.string(bytes, clean.nameRange).contains(". ") }
        // ASCII text: every byte is one character.
        return clean.nameRange.dropLast().contains { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == 0x20 }
    }
}
