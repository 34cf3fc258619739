/// Decides what a quotation mark token does from the characters around it: opens or closes a quotation,
/// or is an apostrophe.
struct MarkContext {
    enum Effect: Equatable {
        case open, close
        /// A closing mark glued to the next word (`West.”It`): closes only if nothing better follows.
        case weakClose
        /// A straight or right single mark after a final "s" (`countries' `): closes an open single quote, otherwise an apostrophe.
        case closeOrApostrophe
        case apostrophe
        /// An opening mark with nothing after it in the paragraph.
        case dangling
        /// A straight mark between spaces or punctuation (`term 'x,' " he told`, `n------" who`): closes a
        /// quotation that is open, and is a stray mark otherwise.
        case closeIfOpen
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let paragraph: Range<Int>

    func effect(of token: QuotationMarks.Token) -> Effect {
        let before = token.range.lowerBound > paragraph.lowerBound
            ? UTF8Scalars.scalar(before: token.range.lowerBound, in: bytes)?.0 : nil
        let after = token.range.upperBound < paragraph.upperBound
            ? UTF8Scalars.scalar(at: token.range.upperBound, in: bytes)?.0 : nil
        let wordBefore = before?.isWordCharacter ?? false
        let wordAfter = after?.isWordCharacter ?? false
        let openingContext = before.map { $0.isSpace || Self.opensContext($0) } ?? true
        let closingContext = after.map { $0.isSpace || Self.closesContext($0) } ?? true

        if token.family == .single {
            if wordBefore && wordAfter { return .apostrophe }
            if let after, after.properties.numericType != nil, openingContext { return .apostrophe }
        }
        switch token.role {
        case .open:
            if after == nil || Self.onlySpaceFollows(token.range.upperBound, bytes, paragraph) { return .dangling }
            if !openingContext && closingContext && token.family == .double { return .close }
            return .open
        case .close:
            if wordAfter && token.family == .double { return .weakClose }
            if token.family == .single && !wordBefore && wordAfter && openingContext { return .open }
            if token.family == .single, let before, before == "s" || before == "S", closingContext {
                return .closeOrApostrophe
            }
            return .close
        case .either:
            if openingContext && !closingContext { return .open }
            if closingContext && !openingContext {
                if token.family == .single, let before, before == "s" || before == "S" { return .closeOrApostrophe }
                return .close
            }
            if openingContext && closingContext { return after == nil ? .close : .closeIfOpen }
            return token.family == .single ? .apostrophe : .weakClose
        }
    }

    private static func opensContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", "[", "{", "—", "–", "-", "/", ":", ";", "“", "‘", "«", "\"": return true
        default: return false
        }
    }

    private static func closesContext(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", "!", "?", ")", "]", "}", "—", "–", "-", "/", "…", "”", "’", "»", "\"", "'": return true
        default: return false
        }
    }

    private static func onlySpaceFollows(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>) -> Bool {
        var index = offset
        while index < paragraph.upperBound, let (scalar, length) = UTF8Scalars.scalar(at: index, in: bytes) {
            if !scalar.isSpace { return false }
            index += length
        }
        return true
    }
}
