import Testing
@testable import Verbatim

@Suite struct DocumentLineIndexTests {
    @Test func columnsCountScalarsNotBytes() {
        // "é" is 2 bytes, "“" is 3 bytes, "😀" is 4 bytes.
        let text = "aé“b\n😀x\r\nlast"
        let index = LineIndex(Array(text.utf8))
        #expect(index.lineCount == 3)
        #expect(index.location(of: 0) == (1, 1))
        #expect(index.location(of: 1) == (1, 2))   // é
        #expect(index.location(of: 3) == (1, 3))   // “
        #expect(index.location(of: 6) == (1, 4))   // b
        #expect(index.location(of: 8) == (2, 1))   // 😀
        #expect(index.location(of: 12) == (2, 2))  // x
        #expect(index.location(of: 15) == (3, 1))  // l
        #expect(index.location(of: 999) == (3, 5)) // clamped to the end
    }

    @Test func locationsCountedOnFromAnEarlierOneAgreeWithFreshOnes() {
        let text = "aé“b\n😀x\r\nlast «word» here\n\nend"
        let index = LineIndex(Array(text.utf8))
        let offsets = [0, 1, 3, 6, 8, 12, 15, 17, 19, 24, 30, 31, 33, 3, 999]
        var known = (offset: 0, line: 1, column: 1)
        for offset in offsets where offset <= text.utf8.count || offset == 999 {
            let counted = index.location(of: offset, after: known)
            let fresh = index.location(of: offset)
            #expect(counted == fresh, "offset \(offset)")
            known = (offset, counted.line, counted.column)
        }
    }

    @Test func lineRangesExcludeLineEndings() {
        let bytes = Array("one\r\ntwo\n\nfour".utf8)
        let index = LineIndex(bytes)
        #expect(index.lineRange(containing: 1) == 0..<3)
        #expect(index.lineRange(containing: 6) == 5..<8)
        #expect(index.lineRange(containing: 9) == 9..<9)
        #expect(index.lineRange(containing: 12) == 10..<14)
    }

    @Test func documentOffsetsMapToFileLines() throws {
        let document = try Document(path: "a.txt", data: Array("Première ligne.\n« Deuxième » ligne.".utf8))
        let offset = Array(document.bytes).firstIndex(of: UInt8(ascii: "D"))!
        #expect(document.lineIndex.location(of: offset) == (2, 3))
    }
}
