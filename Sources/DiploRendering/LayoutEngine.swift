/// The Graphviz layout engines diplograph offers.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo, twopi
}
