/// Reading the contract's numbers (counts and byte offsets), so that a value out of range or
/// not a whole number is refused with its field named, as `nodes[2].count: must be at least 1`.
extension KeyedDecodingContainer {
    /// The whole number at `key`, at least `minimum`; `nil` when the key is absent or null.
    ///
    /// - Throws: `DecodingError.dataCorrupted` at `key` for a fraction ("1.5 is not a whole
    ///   number"), a number below `minimum` or past `Int.max`; `typeMismatch` for a non-number.
    func decodeWholeNumberIfPresent(forKey key: Key, atLeast minimum: Int) throws -> Int? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let value: Int
        do {
            value = try decode(Int.self, forKey: key)
        } catch {
            // Not an `Int` (Foundation throws its own error type for a number that does not fit,
            // and names no field): say why, when it is a number at all.
            guard let number = try? decode(Double.self, forKey: key) else { throw error }
            if number.rounded() != number {
                throw outOfContract(key, "\(number) is not a whole number")
            }
            throw outOfContract(key, number < Double(minimum) ? "must be at least \(minimum)" : "must be at most \(Int.max)")
        }
        guard value >= minimum else { throw outOfContract(key, "must be at least \(minimum), not \(value)") }
        return value
    }

    /// The whole number at `key`, at least `minimum`.
    ///
    /// - Throws: as ``decodeWholeNumberIfPresent(forKey:atLeast:)``, and `keyNotFound` when absent.
    func decodeWholeNumber(forKey key: Key, atLeast minimum: Int) throws -> Int {
        guard let value = try decodeWholeNumberIfPresent(forKey: key, atLeast: minimum) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \(key.stringValue)."))
        }
        return value
    }

    /// An error for the value at `key` that the contract does not allow.
    func outOfContract(_ key: Key, _ problem: String) -> DecodingError {
        DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: problem)
    }
}
