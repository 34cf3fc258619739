import Foundation
import Testing
@testable import Verbatim

@Suite struct FrameBatchTests {
    /// Frames tried frame by frame over many ranges give each range the hit it gets on its own.
    @Test func batchesGiveTheHitsOfSingleCalls() throws {
        let rules = Fixtures.rules
        let frames = FrameAttributor(frames: rules.frames)
        let spanned = FrameAttributor(frames: rules.frames, lexicon: rules.lexicon, spanWords: rules.reportedSpeech.sourceSpan)
        let reader = DocumentReader()
        var anyAfter = false, anyBefore = false
        for path in try reader.documentPaths(for: [Fixtures.articlesFolder]) {
            let document = try reader.read(path: path)
            try document.bytes.withUnsafeBufferPointer { bytes in
                // After every closing quotation mark, and before every opening one, within its line.
                var afterRanges: [Range<Int>?] = [], leads: [(range: Range<Int>, starts: [Int])] = []
                for (offset, byte) in bytes.enumerated() where byte == 0xE2 && offset + 2 < bytes.count && bytes[offset + 1] == 0x80 {
                    let lineStart = (bytes[..<offset].lastIndex(of: 0x0A) ?? -1) + 1
                    let lineEnd = bytes[offset...].firstIndex(of: 0x0A) ?? bytes.count
                    if bytes[offset + 2] == 0x9D { afterRanges.append((offset + 3)..<min(lineEnd, offset + 403)) }
                    if bytes[offset + 2] == 0x9C {
                        let lead = lineStart..<offset
                        let starts = lead.filter { $0 == lead.lowerBound || bytes[$0 - 1] == 0x20 }
                        leads.append((lead, starts))
                    }
                }
                afterRanges.append(nil)
                let batchAfter = try frames.matchAfter(in: bytes, ranges: afterRanges)
                for (index, range) in afterRanges.enumerated() {
                    #expect(batchAfter[index] == (try range.flatMap { try frames.matchAfter(in: bytes, range: $0) }))
                }
                let cues = try CueIndex(bytes: bytes, range: 0..<bytes.count, matcher: Matcher(rules.speechCue),
                                        scanner: WordStartFilter.filter(for: rules.speechCue))
                let batchBefore = try frames.matchBefore(in: bytes, leads: leads, cues: cues)
                var single: [FrameHit?] = []
                for lead in leads { single.append(try frames.matchBefore(in: bytes, leads: [lead], cues: cues)[0]) }
                #expect(batchBefore == single)
                // Frames skipped where their verb can be no speech cue find what trying every start finds,
                // after quotations and at every comma.
                #expect(try spanned.matchBefore(in: bytes, leads: leads, cues: cues) == batchBefore)
                #expect(try spanned.matchAfter(in: bytes, ranges: afterRanges, cues: cues) == batchAfter)
                for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ",") {
                    let range = offset..<min(bytes.count, offset + 300)
                    #expect(try spanned.matchAfter(in: bytes, range: range, cues: cues) == frames.matchAfter(in: bytes, range: range))
                }
                anyAfter = anyAfter || batchAfter.contains { $0 != nil }
                anyBefore = anyBefore || batchBefore.contains { $0 != nil }
            }
        }
        #expect(anyAfter && anyBefore, "the sample articles have frames on both sides of their quotations")
    }
}

@Suite struct FrameCueFilterTests {
    /// The cue filters rely on `\b` around every speech verb: a verb that ends in a sign turns them off.
    @Test func cueFiltersNeedVerbsThatAreWholeWords() {
        let rules = Fixtures.rules
        #expect(FrameAttributor(frames: rules.frames, lexicon: rules.lexicon, spanWords: rules.reportedSpeech.sourceSpan).filtersByCues)
        var lexicon = rules.lexicon
        lexicon.reportingVerbs.append("said:")
        #expect(!FrameAttributor(frames: rules.frames, lexicon: lexicon, spanWords: rules.reportedSpeech.sourceSpan).filtersByCues)
        #expect(!FrameAttributor(frames: rules.frames).filtersByCues)
    }
}
