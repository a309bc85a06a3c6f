/// The rule for documents' dates shared by `Graph` and `GraphAccumulator`: of two dates given
/// for one document, the earlier is kept. (Any fixed choice would make merging
/// order-independent; the earlier day is the one a republished or updated article first had.)
extension Dictionary where Key == String, Value == Day {
    /// Records `date` for `document` unless an earlier day is recorded.
    mutating func keepEarliest(_ date: Day, for document: String) {
        if let known = self[document], known <= date { return }
        self[document] = date
    }
}
