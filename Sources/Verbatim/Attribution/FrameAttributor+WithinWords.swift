extension FrameAttributor {
    /// Whether a speech cue stands where a `verb_within_words` frame's verb may: after `[\s,]*` from
    /// `start`, then one to `words` words of ASCII letters, digits and `.'-`, each followed by ASCII
    /// spaces. `nil` when a byte from U+0080 up stands in the way (a letter, a mark or a space that
    /// only the pattern can judge): the frame is then run.
    static func cueFollows(within words: Int, wordsFrom start: Int, in bytes: UnsafeBufferPointer<UInt8>, limit: Int,
                           cues: CueIndex) -> Bool? {
        var offset = ByteText.afterSpacesAndCommas(bytes, from: start, limit: limit)
        for _ in 0..<words {
            var end = offset
            while end < limit, isWordByte(bytes[end]) { end += 1 }
            if end < limit, bytes[end] >= 0x80 { return nil }
            guard end > offset else { return false }
            var spaces = end
            while spaces < limit, ASCIIByte.isSpace(bytes[spaces]) { spaces += 1 }
            guard spaces > end, spaces < limit else { return false }
            if bytes[spaces] >= 0x80 { return nil }
            if cues.overlaps(spaces..<(spaces + 1)) { return true }
            offset = spaces
        }
        return false
    }

    /// An ASCII byte a word of a `verb_within_words` frame may hold (`[\p{L}\p{N}.'-]`).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }
}
