/// What `--cluster-by` groups nodes by.
public enum ClusterBy: String, CaseIterable, Sendable {
    /// Each leader inside the cluster of the state they serve.
    case state

    /// The accepted values, for help and errors.
    public static var valueList: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Parses `--cluster-by`'s value (case-insensitive).
    ///
    /// - Throws: ``UsageError`` naming the accepted values.
    public static func parse(_ argument: String) throws(UsageError) -> ClusterBy {
        guard let value = ClusterBy(rawValue: argument.lowercased()) else {
            throw UsageError("unknown grouping '\(argument)' for --cluster-by; use one of \(valueList)")
        }
        return value
    }
}
