/// Adding up evidence counts without trapping.
///
/// Counts come from files (a fragment may say `"count": 9223372036854775807`), and merging adds
/// them: a sum past `Int.max` stays at `Int.max` rather than stopping the program. Counts are
/// never negative (the contract refuses negative ones), so only the upper end is reached.
enum SaturatingCount {
    /// `a + b`, or `Int.max` when the sum would be larger (`Int.min` when smaller).
    static func sum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard overflow else { return sum }
        return b > 0 ? Int.max : Int.min
    }
}
