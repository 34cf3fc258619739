import Testing
@testable import Verbatim

@Suite struct CleanedNamesTests {
    /// A text stored once is found again by its bytes wherever it stands (in the middle of a buffer or at
    /// its very end, of any length around the eight bytes the hash reads at a time), and only its own
    /// bytes find it; the next document finds nothing.
    @Test func findsATextByItsBytesAlone() {
        let names = CleanedNames()
        names.startDocument()
        let texts = ["Xi", "Putin", "Xi Jinp", "Xi Jinpi", "Xi Jinpin", "Xi Jinping", "Jens Stoltenberg",
                     "NATO Secretary General Jens Stoltenberg", "Müller", "Xi Jinpinh", ""]
        var stored: [String: Int] = [:]
        for text in texts {
            let bytes = Array(text.utf8) + Array(" said".utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let range = 0..<text.utf8.count
                let (known, key) = names.find(buffer, range)
                #expect(known == nil, "\(text)")
                stored[text] = names.store(nil, key: key, buffer, range, words: { _ in }, titles: { _ in })
            }
        }
        for text in texts {
            for before in ["", "The ", "President "] {
                let bytes = Array((before + text).utf8)
                let index = bytes.withUnsafeBufferPointer { names.find($0, before.utf8.count..<$0.count).index }
                #expect(index == stored[text], "\(before)\(text)")
            }
        }
        let other = Array("Xi Jinpinj".utf8)
        #expect(other.withUnsafeBufferPointer { names.find($0, 0..<$0.count).index } == nil)
        names.startDocument()
        let again = Array("Putin".utf8)
        #expect(again.withUnsafeBufferPointer { names.find($0, 0..<$0.count).index } == nil)
    }
}
