/// Where a byte next occurs in a text, remembered between questions: asked with positions that
/// never go back, each byte of the text is read once, however often the answer is asked for
/// (an unclosed `<` before every later one would otherwise read to the end of the text each time).
struct NextByte {
    /// The byte looked for.
    let byte: UInt8
    /// The last search: it started at `searchedFrom` and found `found` (the text's length when
    /// the byte is not there), so `found` is the answer for every position in between.
    private var searchedFrom = 0
    private var found = -1

    init(_ byte: UInt8) {
        self.byte = byte
    }

    /// The index of the first `byte` at or after `position` in `bytes`, or `bytes.count` when
    /// there is none; `steps` grows by the bytes read.
    mutating func index(in bytes: [UInt8], from position: Int, steps: inout Int) -> Int {
        if position < searchedFrom || position > found {
            searchedFrom = position
            found = bytes[position...].firstIndex(of: byte) ?? bytes.count
            steps += found - position
        }
        return found
    }
}
