/// The direction of the ranks in a `dot` layout (Graphviz's `rankdir`).
///
/// Only the `dot` engine lays out in ranks; the other engines ignore it.
public enum RankDirection: String, CaseIterable, Sendable {
    /// Top to bottom: sources above, targets below (Graphviz's default).
    case TB
    /// Left to right: sources on the left. Wide diagrams, good for slides.
    case LR
    /// Bottom to top.
    case BT
    /// Right to left.
    case RL
}
