/// The Graphviz layout engines diplograph offers.
///
/// The raw value is the name `gvLayout` knows the engine by. All engines come with Debian's
/// `libgvc6` (the `dot_layout` and `neato_layout` plugins).
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical layers: good for "who leads what" and chains of relations. The default.
    case dot
    /// Spring model (stress majorization): small, dense graphs.
    case neato
    /// Force-directed placement; honours clusters.
    case fdp
    /// Scalable force-directed placement: large graphs.
    case sfdp
    /// Circular layout: nodes on circles, one per biconnected component.
    case circo
    /// Radial layout around a centre node.
    case twopi
}
