/// Read access to the generated ``ActorData`` literals without parsing them up front: the
/// alias and family-name indexes are binary-searched in place, and a person's line is found
/// through the offset table and read only when asked for.
enum EmbeddedActorTable {
    /// Bytes of one index line (alias or family name): 16 hex digits, a space, 5 hex digits, a
    /// line feed.
    private static let indexLineLength = 23
    /// Bytes of one offset line: 8 hex digits and a line feed.
    private static let offsetLineLength = 9

    private static func bytes(_ text: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// The number of generated people.
    static var count: Int { (ActorData.offsets.utf8CodeUnitCount + 1) / offsetLineLength }

    /// The value of `length` hex digits at `start`.
    @inline(__always)
    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in start..<(start + length) {
            let byte = bytes[index]
            value = value << 4 | UInt64(byte <= UInt8(ascii: "9") ? byte &- 0x30 : byte &- 0x57)
        }
        return value
    }

    /// The person number that marks a key as a proper prefix of a longer key.
    private static let prefixMark = 0xFFFFF

    /// The people filed under `key` in the alias index, in ascending order, and whether some
    /// longer key starts with it.
    static func lookUp(_ key: UInt64) -> (people: [ActorID], isPrefix: Bool) {
        var found: [ActorID] = []
        var isPrefix = false
        for number in numbers(filedUnder: key, in: ActorData.index) {
            if number == prefixMark { isPrefix = true } else { found.append(ActorID(number)) }
        }
        return (found, isPrefix)
    }

    /// The people whose family name has the one-word key `key`, in ascending order.
    static func lookUpFamilyName(_ key: UInt64) -> [ActorID] {
        numbers(filedUnder: key, in: ActorData.familyIndex).map(ActorID.init)
    }

    /// The person numbers of the lines of a sorted index (16 hex digits of a key, a space, 5
    /// hex digits of a number, a line feed) whose key is `key`, in the index's order.
    private static func numbers(filedUnder key: UInt64, in text: StaticString) -> [Int] {
        let index = bytes(text)
        let lines = (index.count + 1) / indexLineLength
        // The key as the 16 lower-case hex digits the index holds: comparing digits left to
        // right stops at the first difference, cheaper than reading every line's key.
        var digits: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &digits) { target in
            for position in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: key >> UInt64(60 - 4 * position)) & 0x0F
                target[position] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
        }
        func compare(_ line: Int) -> Int {
            withUnsafeBytes(of: &digits) { wanted in
                let start = line * indexLineLength
                for position in 0..<16 where index[start + position] != wanted[position] {
                    return index[start + position] < wanted[position] ? -1 : 1
                }
                return 0
            }
        }
        var low = 0, high = lines
        while low < high {
            let middle = (low + high) / 2
            if compare(middle) < 0 { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        while low < lines, compare(low) == 0 {
            found.append(Int(hex(index, low * indexLineLength + 17, 5)))
            low += 1
        }
        return found
    }

    /// The generated line of person `number`: name, aliases and affiliations, tab-separated.
    static func line(_ number: Int) -> Substring {
        let offsets = bytes(ActorData.offsets)
        let people = bytes(ActorData.people)
        let start = Int(hex(offsets, number * offsetLineLength, 8))
        var end = start
        while end < people.count, people[end] != 0x0A { end += 1 }
        return Substring(String(decoding: UnsafeBufferPointer(rebasing: people[start..<end]), as: UTF8.self))
    }

    /// Person `number`, parsed from its line.
    static func actor(_ number: Int) -> Actor {
        guard let actor = try? ActorRecord.parse(line(number)).get() else {
            preconditionFailure("ActorData.swift: person \(number) does not parse; regenerate it")
        }
        return actor
    }
}
