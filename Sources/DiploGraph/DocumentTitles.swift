/// The rule for documents' headlines shared by `Graph` and `GraphAccumulator`: of two headlines
/// given for one document, the one that sorts first (in code-point order) is kept, so that
/// merging in any order gives the same graph.
extension Dictionary where Key == String, Value == String {
    /// Records `title` for `document` unless a headline that sorts before it is recorded.
    mutating func keepFirstSorted(_ title: String, for document: String) {
        if let known = self[document], known <= title { return }
        self[document] = title
    }
}
