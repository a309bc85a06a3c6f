/// Cuts cleaned text into sentences and tokens.
///
/// Handles abbreviations ("Mr.", "Gen.", "Jan."), dotted acronyms ("U.S."), initials ("George W.
/// Bush"), possessives ("Pakistan's" → "Pakistan", "'s"), hyphenated words ("won-yuan"), closing
/// quotes after the final stop, and paragraph breaks, which always end a sentence.
public enum Segmenter {
    /// The sentences of `text`, in order.
    ///
    /// A sentence holds at most ``maxSentenceTokens`` tokens and ``maxSentenceBytes`` bytes
    /// (unless one token is longer): text that runs on without a sentence end (a list, a dump,
    /// one long line) is cut there, after the last `;`, `,` or `:` in the second half of the
    /// sentence when there is one. News sentences are far shorter; the cap keeps the work on
    /// each sentence, and the evidence that quotes it, bounded.
    ///
    /// - Parameters:
    ///   - text: Cleaned text.
    ///   - base: Added to every sentence and token range: the UTF-8 offset of `text` in a larger
    ///     text it was cut from.
    public static func sentences(of text: String, base: Int = 0) -> [Sentence] {
        let utf8 = Array(text.utf8)
        var cutter = SentenceCutter(tokens: tokenize(utf8: utf8, base: base), utf8: utf8, base: base)
        cutter.cut()
        return cutter.sentences
    }

    /// The most tokens a sentence holds (see ``sentences(of:base:)``).
    public static let maxSentenceTokens = 400

    /// The most bytes a sentence of more than one token holds (see ``sentences(of:base:)``).
    public static let maxSentenceBytes = 4096

    fileprivate static func isCloser(_ token: Token) -> Bool {
        token.kind == .punctuation && ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"].contains(token.text)
    }


    /// Whether token `i`, which may end a sentence, ends it; `next` is the first token after it
    /// that is not a closing mark.
    fileprivate static func endsSentence(_ tokens: [Token], at i: Int, following next: Int) -> Bool {
        let token = tokens[i]
        let following = next < tokens.count ? tokens[next] : nil
        if token.kind == .punctuation && [".", "!", "?", "\u{2026}"].contains(token.text) {
            guard let following else { return true }
            if following.kind == .punctuation {
                return ["\"", "\u{201C}", "(", "'", "\u{2018}"].contains(following.text)
            }
            return following.isCapitalized || following.kind == .number
        }
        // A dotted abbreviation ends the sentence only when a typical sentence opener follows.
        if token.kind == .word && token.text.utf8.last == UInt8(ascii: ".") && token.text.hasSuffix("."),
           let following, following.isCapitalized {
            if Abbreviations.mayEndSentence.contains(token) || isDottedAcronym(token.text) {
                return Abbreviations.sentenceStarters.contains(following)
            }
        }
        return false
    }

    private static func isDottedAcronym(_ text: String) -> Bool {
        text.count >= 4 && text.filter({ $0 == "." }).count >= 2
    }

    /// The scalar whose UTF-8 encoding starts at `bytes[k]`, and its length in bytes; `bytes`
    /// are valid UTF-8.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[k])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        let width = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = lead & (0x7F >> UInt32(width))
        for n in 1..<width { value = value << 6 | UInt32(bytes[k + n] & 0x3F) }
        return (Unicode.Scalar(value)!, width)
    }

    /// The tokens of `text`; `base` is added to every range (see ``sentences(of:base:)``).
    public static func tokenize(_ text: String, base: Int = 0) -> [Token] {
        tokenize(utf8: Array(text.utf8), base: base)
    }

    /// The tokens of the text whose UTF-8 bytes are `utf8`.
    private static func tokenize(utf8: [UInt8], base: Int) -> [Token] {
        // Each scalar and the offset of its first byte, decoded from the bytes (valid UTF-8: they
        // are a `String`'s) in one pass and written in place into tables of the exact size (a
        // scalar starts at every byte that is no continuation byte). 32-bit offsets (documents
        // are under 4 GiB): a large document's scalar table is the biggest thing the tokenizer
        // holds.
        var scalarCount = 0
        for byte in utf8 where byte & 0xC0 != 0x80 { scalarCount += 1 }
        var offsets: [UInt32] = []
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { scalarBuffer, scalarsInitialized in
            offsets = [UInt32](unsafeUninitializedCapacity: scalarCount + 1) { offsetBuffer, offsetsInitialized in
                utf8.withUnsafeBufferPointer { bytes in
                    var n = 0
                    var k = 0
                    while k < bytes.count {
                        offsetBuffer[n] = UInt32(k)
                        let (scalar, width) = Self.decodeScalar(bytes, at: k)
                        scalarBuffer[n] = scalar
                        k += width
                        n += 1
                    }
                    offsetBuffer[n] = UInt32(bytes.count)
                    scalarsInitialized = n
                    offsetsInitialized = n + 1
                }
            }
        }
        var tokens: [Token] = []
        // News text has a token every five or six scalars: room for that many from the start
        // spares copying the tokens each time the array would grow (one more growth at most for
        // denser text; no more room than growing would have left, on average, for news).
        tokens.reserveCapacity(scalarCount / 5 + 16)
        var i = 0
        var sawSpace = true

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let range = Int(offsets[start])..<Int(offsets[end])
            tokens.append(utf8.withUnsafeBufferPointer { bytes in
                Token(utf8: UnsafeBufferPointer(rebasing: bytes[range]), range: (range.lowerBound + base)..<(range.upperBound + base),
                      kind: kind, spaceBefore: sawSpace)
            })
            sawSpace = false
        }
        // Unicode property look-ups are slow; ASCII answers them from the code point. (The
        // property look-ups stand in functions of their own, `ScalarProperties`: inside these,
        // they made every call pay for them, ASCII or not.)
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? isASCIILetter(s) || isASCIIDigit(s) : ScalarProperties.isWordScalar(s)
        }
        func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        func isNumeric(_ s: Unicode.Scalar) -> Bool { s.isASCII ? isASCIIDigit(s) : ScalarProperties.isNumeric(s) }
        func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.isASCII ? isASCIILetter(s) : ScalarProperties.isAlphabetic(s) }
        func isUppercase(_ s: Unicode.Scalar) -> Bool { s.isASCII ? (s.value >= 0x41 && s.value <= 0x5A) : ScalarProperties.isUppercase(s) }
        func isWhitespace(_ s: Unicode.Scalar) -> Bool {
            s.isASCII ? (s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D)) : ScalarProperties.isWhitespace(s)
        }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }

        while i < scalars.count {
            let s = scalars[i]
            if isWhitespace(s) {
                sawSpace = true
                i += 1
                continue
            }
            if isNumeric(s) && !isAlphabetic(s) {
                var j = i + 1
                while j < scalars.count {
                    if isNumeric(scalars[j]) { j += 1; continue }
                    if (scalars[j] == "," || scalars[j] == "."), j + 1 < scalars.count, isNumeric(scalars[j + 1]) { j += 2; continue }
                    if isAlphabetic(scalars[j]) { j += 1; continue }  // "20C", "1980s"
                    break
                }
                emit(i, j, .number)
                i = j
                continue
            }
            if isWordScalar(s) {
                var j = i + 1
                while j < scalars.count {
                    if isWordScalar(scalars[j]) { j += 1; continue }
                    // Internal hyphen or apostrophe between letters: "won-yuan", "O'Brien", "don't".
                    if (isHyphen(scalars[j]) || isApostrophe(scalars[j])), j + 1 < scalars.count, isWordScalar(scalars[j + 1]) {
                        // "Pakistan's": the possessive is its own token.
                        if isApostrophe(scalars[j]), (scalars[j + 1] == "s" || scalars[j + 1] == "S"),
                           j + 2 >= scalars.count || !isWordScalar(scalars[j + 2]) {
                            break
                        }
                        j += 2
                        continue
                    }
                    // Dotted acronyms and initials: "U.S.", "U.N.", "W.".
                    if scalars[j] == ".", j - i == 1, isUppercase(s) {
                        var k = j + 1
                        while k + 1 < scalars.count, isUppercase(scalars[k]), scalars[k + 1] == "." { k += 2 }
                        j = k
                        emit(i, j, .word)
                        i = -1
                        break
                    }
                    break
                }
                if i == -1 { i = j; continue }
                // Abbreviations keep their period: "Mr.", "Gen.", "Jan.".
                if j < scalars.count, scalars[j] == "." {
                    let word = String(decoding: utf8[Int(offsets[i])..<Int(offsets[j])], as: UTF8.self).lowercased() + "."
                    if Abbreviations.withPeriod.contains(word) { j += 1 }
                }
                emit(i, j, .word)
                i = j
                continue
            }
            // Possessive "'s" / "’s" and the bare plural possessive "'".
            if isApostrophe(s), !tokens.isEmpty, !sawSpace, tokens.last!.kind == .word {
                if i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
                   i + 2 >= scalars.count || !isWordScalar(scalars[i + 2]) {
                    emit(i, i + 2, .punctuation)
                    i += 2
                    continue
                }
            }
            emit(i, i + 1, .punctuation)
            i += 1
        }
        WorkMeter.record(scalars.count)
        return tokens
    }
}

/// The Unicode properties the tokenizer asks of scalars past ASCII, each in a function of its
/// own that is never inlined: the look-ups need type metadata and stack that an inlined call
/// sets up on every path, the ASCII one included.
private enum ScalarProperties {
    @inline(never)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.isGraphemeExtend
    }

    @inline(never)
    static func isNumeric(_ s: Unicode.Scalar) -> Bool { s.properties.numericType != nil }

    @inline(never)
    static func isAlphabetic(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }

    @inline(never)
    static func isUppercase(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    @inline(never)
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
}

/// Cuts a text's tokens into sentences (see `Segmenter.sentences(of:base:)`).
private struct SentenceCutter {
    let tokens: [Token]
    let utf8: [UInt8]
    let base: Int
    private(set) var sentences: [Sentence] = []
    /// The current sentence is tokens[currentStart..<currentEnd]: always a run of tokens.
    private var currentStart = 0
    private var currentEnd = 0
    private var paragraph = 0
    private var currentParagraph = 0
    /// The last `;`, `,` or `:` of the current sentence, where a sentence that is too long is cut.
    private var lastClauseMark: Int?
    /// Every token after the one last asked about, up to `closersEnd`, is a closing mark.
    private var closersEnd = 0
    private var steps = 0

    init(tokens: [Token], utf8: [UInt8], base: Int) {
        self.tokens = tokens
        self.utf8 = utf8
        self.base = base
    }

    /// Whether token `i` can end a sentence at all: most tokens are words without a final
    /// period. (Its last byte is read from the text: a `String`'s last UTF-8 byte is not cheap.)
    private func mayEndSentence(_ i: Int) -> Bool {
        tokens[i].kind == .punctuation || utf8[tokens[i].range.upperBound - base - 1] == UInt8(ascii: ".")
    }

    mutating func cut() {
        var i = 0
        while i < tokens.count {
            steps += 1
            // A paragraph break between the previous token and this one ends the sentence.
            if i > 0, utf8[(tokens[i - 1].range.upperBound - base)..<(tokens[i].range.lowerBound - base)].contains(0x0A) {
                flush(upTo: currentEnd)
                paragraph += 1
            }
            extend(with: i)
            if mayEndSentence(i), Segmenter.endsSentence(tokens, at: i, following: firstNonCloser(after: i)) {
                // Closing quotes and brackets stay with the sentence they close (while it has room).
                while i + 1 < tokens.count, Segmenter.isCloser(tokens[i + 1]),
                      !tokens[i + 1].spaceBefore || tokens[i + 1].text == ")", !overflows(with: i + 1) {
                    i += 1
                    steps += 1
                    currentEnd = i + 1
                }
                flush(upTo: currentEnd)
            }
            i += 1
        }
        flush(upTo: currentEnd)
        WorkMeter.record(steps)
    }

    /// Ends the current sentence after token `end - 1`; tokens after it stay current.
    private mutating func flush(upTo end: Int) {
        guard currentStart < end else { return }
        let range = tokens[currentStart].range.lowerBound..<tokens[end - 1].range.upperBound
        sentences.append(Sentence(
            index: sentences.count, range: range, tokens: Array(tokens[currentStart..<end]),
            text: String(decoding: utf8[(range.lowerBound - base)..<(range.upperBound - base)], as: UTF8.self),
            paragraph: currentParagraph))
        currentStart = end
        if let mark = lastClauseMark, mark < end { lastClauseMark = nil }
    }

    /// Whether token `i` would make the current sentence longer than a sentence may be.
    private func overflows(with i: Int) -> Bool {
        currentStart < i && (i + 1 - currentStart > Segmenter.maxSentenceTokens
            || tokens[i].range.upperBound - tokens[currentStart].range.lowerBound > Segmenter.maxSentenceBytes)
    }

    /// Adds token `i` to the current sentence, first cutting the sentence if it would be too long.
    private mutating func extend(with i: Int) {
        if overflows(with: i) {
            let half = currentStart + (i - currentStart) / 2
            flush(upTo: lastClauseMark.map { $0 + 1 }.flatMap { $0 > half ? $0 : nil } ?? i)
        }
        if currentStart == currentEnd { currentParagraph = paragraph }
        currentEnd = i + 1
        if tokens[i].kind == .punctuation {
            let text = tokens[i].text
            if text == ";" || text == "," || text == ":" { lastClauseMark = i }
        }
    }

    /// The first token after `i` that is not a closing quote or bracket. Asked with `i` never
    /// decreasing, so a run of closers is read once, not once for each token before its end.
    private mutating func firstNonCloser(after i: Int) -> Int {
        var next = max(closersEnd, i + 1)
        while next < tokens.count, Segmenter.isCloser(tokens[next]) {
            next += 1
            steps += 1
        }
        closersEnd = next
        return next
    }
}
