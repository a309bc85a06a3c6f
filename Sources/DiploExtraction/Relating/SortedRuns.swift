extension Array {
    /// The elements whose `key` lies in `range`, for an array sorted by `key` (non-decreasing):
    /// the same elements, in the same order, as filtering the whole array, found by binary
    /// search rather than by reading every element.
    func elements(withKeyIn range: Range<Int>, key: (Element) -> Int) -> ArraySlice<Element> {
        guard !range.isEmpty else { return self[endIndex...] }
        let from = firstIndex(withKeyAtLeast: range.lowerBound, key: key)
        let to = firstIndex(withKeyAtLeast: range.upperBound, key: key)
        return self[from..<Swift.max(from, to)]
    }

    /// The index of the first element whose `key` is at least `value` (`endIndex` if none), for
    /// an array sorted by `key`.
    func firstIndex(withKeyAtLeast value: Int, key: (Element) -> Int) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if key(self[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
