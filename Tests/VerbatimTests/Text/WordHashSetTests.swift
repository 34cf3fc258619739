import Testing
@testable import Verbatim

@Suite struct WordHashSetTests {
    /// A plain reading of ``WordHashSet/mayHoldWord(of:_:)``: the text split at spaces and hyphens, each word
    /// lower-cased without periods and commas; a word with a byte beyond ASCII always counts.
    private static func holds(_ known: Set<String>, _ text: String) -> Bool {
        text.split(separator: " ", omittingEmptySubsequences: true).flatMap { $0.split(separator: "-") }.contains { word in
            word.utf8.contains { $0 >= 0x80 } || known.contains(String(word.lowercased().filter { $0 != "." && $0 != "," }))
        }
    }

    /// Known words found in any case and wherever the text stands in its buffer (the one-load path reads
    /// eight bytes from the start of a short text), and other words turned away, whatever their shape.
    @Test func findsTheKnownWordsOfAText() {
        let known: Set<String> = ["putin", "xi", "stoltenberg", "o'brien", "v", "jean"]
        var set = WordHashSet(capacity: known.count)
        for word in known {
            let (first, length) = WordHashSet.shape(of: word.utf8)
            set.insert(PersonIndex.foldedHash(word.utf8), first: first, length: length)
        }
        let texts = ["Putin", "PUTIN", "Putin,", "Puti", "Putins", "Xi", "Xu", "X", "V.", "V", "W.", "Stoltenberg",
                     "Stoltenberk", "O'Brien", "O’Brien", "Jean-Paul", "Paul-Jean", "Paul-Marie", "Jinping Xi",
                     "Jean Paul", "Müller", "", " ", "-", "Pu.tin", "Lavrov", "Medeirosstoltenberg"]
        for text in texts {
            for padding in [0, 3, 12] {
                let bytes = Array(text.utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: padding)
                let found = bytes.withUnsafeBufferPointer { set.mayHoldWord(of: $0, 0..<text.utf8.count) }
                #expect(found == Self.holds(known, text), "\(text) with \(padding) bytes after it")
            }
        }
    }
}
