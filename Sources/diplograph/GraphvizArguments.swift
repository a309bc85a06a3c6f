import ArgumentParser
import DiploRendering

/// The options Graphviz users know from `dot`: `-G`, `-N` and `-E` set graph, node and edge
/// attributes (`-G ranksep=1.2`, joined as `-Granksep=1.2`), `--dpi` the resolution of a PNG and
/// `--size` the largest size of a drawing. Every name and value is checked
/// (``GraphvizAttribute``) before anything is drawn; a bad one is a bad command line.
struct GraphvizArguments: ParsableArguments {
    @Option(
        name: .customShort("G", allowingJoined: true),
        help: ArgumentHelp(
            "Set a Graphviz graph attribute, as dot -G does, overriding diplograph's own; repeatable. Example: -G ranksep=1.2 -Gsplines=polyline. Names and values are checked (no labels, ids or links).",
            valueName: "name=value"))
    var graphAttributes: [String] = []

    @Option(
        name: .customShort("N", allowingJoined: true),
        help: ArgumentHelp(
            "Set a Graphviz attribute of every node, overriding the style; repeatable. Example: -N shape=box -Nfontsize=14.",
            valueName: "name=value"))
    var nodeAttributes: [String] = []

    @Option(
        name: .customShort("E", allowingJoined: true),
        help: ArgumentHelp(
            "Set a Graphviz attribute of every edge, overriding the style; repeatable. Example: -E color=gray40 -Earrowsize=1.2.",
            valueName: "name=value"))
    var edgeAttributes: [String] = []

    @Option(
        help: ArgumentHelp(
            "The resolution of PNG output in dots per inch, \(RenderOptions.dpiRange.lowerBound) to \(RenderOptions.dpiRange.upperBound) (default 96; -Gdpi=N is the same). Example: -f png --dpi 300 for print.",
            valueName: "n"))
    var dpi: String?

    @Option(
        help: ArgumentHelp(
            "The largest size of the drawing in inches, W,H (Graphviz's size attribute; a final ! scales a smaller drawing up to it). Example: --size 7,5.",
            valueName: "w,h"))
    var size: String?

    func validate() throws {
        var options = RenderOptions()
        try apply(to: &options)
    }

    /// Adds the attributes to `options` (in the order -G, -N, -E, then `--size`), and sets its
    /// `dpi` from `--dpi`, else from `-G dpi=N`.
    ///
    /// - Throws: `ValidationError` naming the option and the argument at fault.
    func apply(to options: inout RenderOptions) throws {
        var dpiArgument: (option: String, value: String)? = dpi.map { ("--dpi", $0) }
        do throws(GraphvizAttributeError) {
            for argument in graphAttributes {
                if argument.hasPrefix("dpi=") {
                    if dpi == nil { dpiArgument = ("-G dpi", String(argument.dropFirst(4))) }
                    continue
                }
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .graph))
            }
            for argument in nodeAttributes {
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .node))
            }
            for argument in edgeAttributes {
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .edge))
            }
        } catch {
            throw ValidationError(error.description)
        }
        if let size {
            do throws(GraphvizAttributeError) {
                options.attributes.append(try GraphvizAttribute(.graph, name: "size", value: size))
            } catch {
                throw ValidationError("--size: \(error.problem)")
            }
        }
        if let (option, value) = dpiArgument {
            guard let number = Int(value), RenderOptions.dpiRange.contains(number) else {
                throw ValidationError(
                    "\(option) takes a whole number of dots per inch from \(RenderOptions.dpiRange.lowerBound) to \(RenderOptions.dpiRange.upperBound), not '\(value)'")
            }
            options.dpi = number
        }
    }
}
