import ArgumentParser
import DiploPipeline
import DiploRendering

/// The options Graphviz users know from `dot`: `-G`, `-N` and `-E` set graph, node and edge
/// attributes (`-G ranksep=1.2`, joined as `-Granksep=1.2`), `--dpi` the resolution of a PNG and
/// `--size` the largest size of a drawing. Every name and value is checked
/// (``GraphvizAttribute``) before anything is drawn; a bad one is a bad command line.
struct GraphvizArguments: ParsableArguments {
    @Option(name: .customShort("G", allowingJoined: true), help: ArgumentHelp("Set a Graphviz graph attribute, as dot -G does, overriding diplograph's own; repeatable. Example: -G ranksep=1.2 -Gsplines=polyline. Names and values are checked (no labels, ids or links).", valueName: "name=value"))
    var graphAttributes: [String] = []

    @Option(name: .customShort("N", allowingJoined: true), help: ArgumentHelp("Set a Graphviz attribute of every node, overriding the style; repeatable. Example: -N shape=box -Nfontsize=14.", valueName: "name=value"))
    var nodeAttributes: [String] = []

    @Option(name: .customShort("E", allowingJoined: true), help: ArgumentHelp("Set a Graphviz attribute of every edge, overriding the style; repeatable. Example: -E color=gray40 -Earrowsize=1.2.", valueName: "name=value"))
    var edgeAttributes: [String] = []

    @Option(help: ArgumentHelp("The resolution of PNG output in dots per inch, \(RenderOptions.dpiRange.lowerBound) to \(RenderOptions.dpiRange.upperBound) (default 96; -Gdpi=N is the same). Example: -f png --dpi 300 for print.", valueName: "n"))
    var dpi: String?

    @Option(help: ArgumentHelp("The largest size of the drawing in inches, W,H (Graphviz's size attribute; a final ! scales a smaller drawing up to it). Example: --size 7,5.", valueName: "w,h"))
    var size: String?

    func validate() throws {
        var options = RenderOptions()
        try apply(to: &options)
    }

    /// Adds the attributes to `options` (see `GraphvizAttributeArguments.apply(to:)`).
    ///
    /// - Throws: `ValidationError` naming the option and the argument at fault.
    func apply(to options: inout RenderOptions) throws {
        let arguments = GraphvizAttributeArguments(
            graph: graphAttributes, node: nodeAttributes, edge: edgeAttributes, dpi: dpi, size: size)
        try usage { try arguments.apply(to: &options) }
    }
}
