import Foundation

/// The candidates of ``SpeakerCandidates`` that come from the people mentioned near a quotation.
extension SpeakerCandidates {
    /// Marks the people named after the quotation `previous` (the one the previous candidate continues)
    /// and before this one, and, when one of them other than the previous speaker opens a sentence there
    /// (a new subject, not an object), marks the previous candidate as interrupted: the article moved on
    /// to someone else between the two quotations.
    func markNamedSincePrevious(_ previous: Int, in candidates: inout [LeanCandidate]) {
        // After the quotation and the name beside it.
        let since = max(quoted[previous].outer.upperBound, quoted[previous].mentionEnd)
        var previousCandidate = -1, previousKey = quotedKeys[previous]
        for index in candidates.indices where candidates[index].origin == .previous {
            previousCandidate = index
            previousKey = candidates[index].speakerKey
        }
        var interrupted = false
        for index in candidates.indices where candidates[index].origin == .mention && candidates[index][.mentionBefore] != 0 {
            guard candidates[index].mention.lowerBound >= since else { continue }
            candidates[index].mark(.mentionSincePrevious)
            if candidates[index].speakerKey != previousKey, candidates[index][.mentionOpensSentence] != 0,
               candidates[index][.mentionObject] == 0 { interrupted = true }
        }
        if previousCandidate >= 0 { candidates[previousCandidate].mark(.previousInterrupted, interrupted) }
    }

    /// The people mentioned in the quotation's paragraph and the paragraphs on either side, outside any
    /// quotation (``MentionTable``): the nearest mention of each person on each side, in the order of the
    /// people (each person's mention before the quotation first).
    mutating func appendMentions(_ position: Int, to candidates: inout [LeanCandidate]) {
        let paragraphs = locator.paragraphs
        guard !paragraphs.isEmpty else { return }
        let paragraph = quoted[position].paragraph, outer = quoted[position].outer
        let window = paragraphs[max(0, paragraph - 1)].lowerBound
            ..< paragraphs[min(paragraphs.count - 1, paragraph + 1)].upperBound
        // The nearest mention of each person before and after the quotation (few: searched in a list, kept
        // in the order of their keys: person, then side), by its position in the table.
        nearest.removeAll(keepingCapacity: true)
        // The keys of the last mention before the quotation and the first after it.
        var closestBefore = -1, closestAfter = -1
        wordsAfterQuotation = WordCountFrom(from: outer.upperBound, upTo: 60)
        var mention = mentions.first(atOrAfter: window.lowerBound)
        while mention < mentions.entries.count, mentions.entries[mention].offset < window.upperBound {
            let entry = mentions.entries[mention]
            let before = entry.offset < outer.lowerBound
            let key = entry.person * 2 + (before ? 0 : 1)
            if before { closestBefore = key } else if closestAfter < 0 { closestAfter = key }
            var slot = nearest.count
            while slot > 0, nearest[slot - 1].key >= key { slot -= 1 }
            // Before the quotation the later mention is nearer, after it the earlier one, which comes first.
            if slot < nearest.count, nearest[slot].key == key {
                if before { nearest[slot].mention = mention }
            } else {
                // A person's first mention after the quotation is its nearest there: the words up to it are
                // counted now, in text order, so that one reading from the quotation serves every person.
                let wordsAfter = before ? 0 : wordsAfterQuotation.count(to: entry.offset, in: bytes)
                // Appended and moved down to its slot: the list is a handful long.
                nearest.append((key, mention, wordsAfter))
                for moved in stride(from: nearest.count - 1, to: slot, by: -1) { nearest.swapAt(moved, moved - 1) }
            }
            mention += 1
        }
        guard !nearest.isEmpty else { return }
        let quoteSentence = locator.sentence(containing: outer.lowerBound)
        for (key, mention, wordsAfter) in nearest {
            appendMention(mention, before: key % 2 == 0, nearest: key == closestBefore || key == closestAfter,
                          wordsAfter: wordsAfter, position, paragraphs[paragraph], quoteSentence, to: &candidates)
        }
    }

    /// The candidate of the mention at position `mention` of the table, for ``appendMentions(_:to:)``;
    /// `wordsAfter` is the number of words from the quotation to a mention after it.
    private mutating func appendMention(_ mention: Int, before: Bool, nearest: Bool, wordsAfter: Int, _ position: Int,
                                        _ ownParagraph: Range<Int>, _ quoteSentence: Range<Int>?,
                                        to candidates: inout [LeanCandidate]) {
        let entry = mentions.entries[mention]
        let offset = entry.offset
        let facts = mentions.facts(of: mention, people: people, locator: locator, cues: cues, bytes: bytes)
        if personTypes[entry.person] == Self.unknown {
            personTypes[entry.person] = remember(names.typed(Quotation.Speaker(name: people[entry.person].name, mention: facts.mention,
                                                                               resolution: .named)))
            personFrequencies[entry.person] = Self.log1p(people[entry.person].mentions.count)
        }
        guard personTypes[entry.person] >= 0 else { return }
        var candidate = Self.candidate(.mention, typed: personTypes[entry.person], in: typedSpeakers)
        candidate.mention = facts.mention
        candidate.mark(.mention)
        candidate.mark(.mentionBefore, before)
        candidate.mark(.mentionAfter, !before)
        candidate.mark(.mentionSameSentence, facts.sentence != nil && facts.sentence == quoteSentence)
        let inOwn = ownParagraph.contains(offset)
        candidate.mark(.mentionSameParagraph, inOwn)
        candidate.mark(.mentionPreviousParagraph, !inOwn && offset < ownParagraph.lowerBound)
        candidate.mark(.mentionNextParagraph, !inOwn && offset >= ownParagraph.upperBound)
        // The words between the mention and the quotation, up to 60.
        let words = before ? mentions.words(after: mention, facts, to: quoted[position].outer.lowerBound, upTo: 60, in: bytes)
            : wordsAfter
        candidate[.mentionWordsApart] = Self.log1p(words)
        candidate.mark(.mentionOpensSentence, entry.opensSentence)
        candidate.mark(.mentionObject, entry.isObject)
        candidate.mark(.mentionCueAfter, facts.cueAfter)
        candidate.mark(.mentionCueBefore, facts.cueBefore)
        candidate.mark(.mentionCueInSentence, facts.cueInSentence)
        candidate.mark(.mentionLabel, facts.label)
        candidate.mark(.mentionNearest, nearest)
        candidate.mark(.mentionPartial, quoted[position].kind == .partial)
        candidate.mark(.mentionIndirect, quoted[position].kind == .indirect)
        candidate[.mentionFrequency] = personFrequencies[entry.person]
        candidates.append(candidate)
    }
}
