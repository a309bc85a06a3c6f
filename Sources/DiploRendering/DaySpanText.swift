import DiploGraph

extension ClosedRange where Bound == Day {
    /// The span as tables and tooltips show it: "2024-03-01 – 2024-05-02", or the one day when
    /// it starts and ends on the same day.
    var spanText: String {
        lowerBound == upperBound ? lowerBound.description : "\(lowerBound) – \(upperBound)"
    }
}
