/// Read access to the generated ``ActorData`` literals without parsing them up front: the
/// alias index is binary-searched in place, and a person's line is found through the offset
/// table and read only when asked for.
enum EmbeddedActorTable {
    /// Bytes of one alias index line: 16 hex digits, a space, 5 hex digits, a line feed.
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

    /// The people filed under `key`, in ascending order.
    static func people(forKey key: UInt64) -> [ActorID] {
        let index = bytes(ActorData.index)
        let lines = (index.count + 1) / indexLineLength
        var low = 0, high = lines
        while low < high {
            let middle = (low + high) / 2
            if hex(index, middle * indexLineLength, 16) < key { low = middle + 1 } else { high = middle }
        }
        var found: [ActorID] = []
        while low < lines, hex(index, low * indexLineLength, 16) == key {
            found.append(ActorID(Int(hex(index, low * indexLineLength + 17, 5))))
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
