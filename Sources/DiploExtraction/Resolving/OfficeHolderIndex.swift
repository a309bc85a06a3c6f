/// The office-holder list as a prior: full names found in the text are leaders of their state.
///
/// Names are compared in a folded form (lower case, hyphens as spaces, diacritics dropped), so
/// "Lee Jae-myung" in the list matches "Lee Jae Myung" in the text.
struct OfficeHolderIndex {
    let byFoldedName: [String: OfficeHolder]
    let maxWords: Int

    init(_ holders: [OfficeHolder]) {
        var map: [String: OfficeHolder] = [:]
        var maxWords = 1
        for holder in holders {
            let key = Self.fold(holder.name)
            if map[key] == nil { map[key] = holder }
            maxWords = max(maxWords, key.split(separator: " ").count)
        }
        byFoldedName = map
        self.maxWords = maxWords
    }

    static func fold(_ name: String) -> String {
        // ASCII (nearly every name): folding is lower-casing, without Foundation.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            if isSingleSpacedWithoutHyphens(name) { return name.lowercased() }
            return name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: " ")
        }
        return name.replacingOccurrences(of: "-", with: " ")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .split(separator: " ").joined(separator: " ")
    }

    /// The holder named exactly by `name`, if any.
    func holder(named name: String) -> OfficeHolder? { byFoldedName[Self.fold(name)] }

    /// No hyphen, no space at either end, no two spaces in a row: what splitting at spaces and
    /// hyphens and joining with single spaces would leave as it is (nearly every name).
    private static func isSingleSpacedWithoutHyphens(_ name: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in name.utf8 {
            if byte == UInt8(ascii: "-") || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }
}

import Foundation
