import DiploRendering

/// The attributes Graphviz users set as they would with `dot`: `-G`, `-N` and `-E` set graph,
/// node and edge attributes (`ranksep=1.2`), `--dpi` the resolution of a PNG and `--size` the
/// largest size of a drawing. Every name and value is checked (`GraphvizAttribute`) before
/// anything is drawn.
public struct GraphvizAttributeArguments: Sendable, Equatable {
    /// `name=value` graph attributes (`-G`); `dpi=N` among them sets the resolution.
    public var graph: [String]
    /// `name=value` attributes of every node (`-N`).
    public var node: [String]
    /// `name=value` attributes of every edge (`-E`).
    public var edge: [String]
    /// The resolution of PNG output in dots per inch (`--dpi`), as written.
    public var dpi: String?
    /// The largest size of the drawing in inches, `W,H` (`--size`), as written.
    public var size: String?

    /// The attributes as the command line wrote them.
    public init(graph: [String] = [], node: [String] = [], edge: [String] = [], dpi: String? = nil, size: String? = nil) {
        self.graph = graph
        self.node = node
        self.edge = edge
        self.dpi = dpi
        self.size = size
    }

    /// Adds the attributes to `options` (in the order graph, node, edge, then the size), and
    /// sets its `dpi` from ``dpi``, else from a graph attribute `dpi=N`.
    ///
    /// - Throws: ``UsageError`` naming the option and the argument at fault.
    public func apply(to options: inout RenderOptions) throws(UsageError) {
        var dpiArgument: (option: String, value: String)? = dpi.map { ("--dpi", $0) }
        do throws(GraphvizAttributeError) {
            for argument in graph {
                if argument.hasPrefix("dpi=") {
                    if dpi == nil { dpiArgument = ("-G dpi", String(argument.dropFirst(4))) }
                    continue
                }
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .graph))
            }
            for argument in node {
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .node))
            }
            for argument in edge {
                options.attributes.append(try GraphvizAttribute(parsing: argument, for: .edge))
            }
        } catch {
            throw UsageError(error.description)
        }
        if let size {
            do throws(GraphvizAttributeError) {
                options.attributes.append(try GraphvizAttribute(.graph, name: "size", value: size))
            } catch {
                throw UsageError("--size: \(error.problem)")
            }
        }
        if let (option, value) = dpiArgument {
            guard let number = Int(value), RenderOptions.dpiRange.contains(number) else {
                throw UsageError(
                    "\(option) takes a whole number of dots per inch from \(RenderOptions.dpiRange.lowerBound) to \(RenderOptions.dpiRange.upperBound), not '\(value)'")
            }
            options.dpi = number
        }
    }
}
