/// Where an ASCII literal next starts in a text, ignoring case, remembered between questions
/// like `NextByte`: asked with positions that never go back, each byte is read about once.
struct NextLiteral {
    /// The literal looked for, lower-case.
    private let literal: [UInt8]
    /// The last search: it started at `searchedFrom` and found `found` (the text's length when
    /// the literal is not there).
    private var searchedFrom = 0
    private var found = -1

    init(_ literal: String) {
        self.literal = Array(literal.lowercased().utf8)
    }

    /// The index where the literal first starts at or after `position` in `bytes`, or
    /// `bytes.count` when it does not; `steps` grows by the bytes read.
    mutating func index(in bytes: [UInt8], from position: Int, steps: inout Int) -> Int {
        if position < searchedFrom || position > found {
            searchedFrom = position
            found = bytes.count
            var i = position
            while i + literal.count <= bytes.count {
                var j = 0
                while j < literal.count {
                    let byte = bytes[i + j]
                    guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == literal[j] else { break }
                    j += 1
                }
                if j == literal.count { found = i; break }
                i += 1
            }
            steps += found - position
        }
        return found
    }
}
