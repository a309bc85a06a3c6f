import DiploGraph

extension Day {
    /// The day `value` of `option` (`--date 2024-03-05`).
    ///
    /// - Throws: ``UsageError`` naming the option when `value` is no day written YYYY-MM-DD.
    public init(option: String, value: String) throws(UsageError) {
        guard let day = Day(iso: value) else {
            throw UsageError("\(option) '\(value)' is not a day: write it YYYY-MM-DD, such as 2024-03-05")
        }
        self = day
    }
}
