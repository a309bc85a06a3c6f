/// The Graphviz attributes a user may set with ``GraphvizAttribute`` (`-G`, `-N`, `-E`), each with
/// the type its value must have.
///
/// Graphviz 2.4x trusts its attribute values (see ``StyleValues``: a colour `red;` crashes it, a
/// font name reaches the SVG unescaped), so the catalogue is a list of what is allowed, not of
/// what is refused: attributes of layout and drawing whose values are colours, numbers within
/// bounds, booleans, or words from a fixed set. Left out on purpose:
/// - texts Graphviz interprets or copies into the output (`label`, `xlabel`, `tooltip`, `URL`,
///   `href`, `id`, `class`, `comment`, `stylesheet`, `fontpath`, `imagepath`, `image`, …): the
///   labels, ids and tooltips come from the graph;
/// - `layout` (``RenderOptions/engine``), `dpi` (``RenderOptions/dpi``: Graphviz 2.43 draws an SVG
///   with a `dpi` outside its view box) and `shapefile`, `pos`, `pin` and other attributes
///   that read files or fix positions;
/// - what crashes or hangs Graphviz 2.43 on the samples' graphs whatever the graph, found by
///   running every attribute below with each engine on each sample, with and without clusters:
///   `splines=ortho` (an assertion in `maze.c` with `dot`, `circo`, `sfdp`, `twopi`), the
///   `ortho` and `portho` families of `overlap` (heap corruption with `sfdp`), `concentrate`
///   (a crash with clusters), `pack` and `packmode` (a crash with `dot`, every time),
///   `smoothing` and `repulsiveforce` (assertions in `sfdp`), `constraint=false` and `minlen`
///   0 or above 10 (`dot` with clusters never finishes).
///
/// What remains can still crash Graphviz's curve router on some graphs (a `cylinder` node with
/// `neato`), as the style's own values can; the command line draws in a child process and then
/// draws again with straight edges.
enum GraphvizAttributeCatalogue {
    /// The type of an attribute's value, and the check that goes with it.
    enum ValueKind: Sendable {
        /// A colour (``StyleValues/colorProblem(_:)``).
        case color
        /// A font name (``StyleValues/fontNameProblem(_:)``).
        case fontName
        /// A node shape (``StyleValues/shapeProblem(_:)``).
        case shape
        /// A decimal number in the range (no exponent, no `inf` or `nan`).
        case number(ClosedRange<Double>)
        /// A whole number in the range.
        case integer(ClosedRange<Int>)
        /// `true`, `false`, `yes`, `no`, `1` or `0` (any case), as Graphviz reads booleans.
        case boolean
        /// One of the words.
        case word(Set<String>)
        /// Words of the set separated by commas (`filled,rounded`).
        case words(Set<String>)
        /// `x` or `x,y`, numbers in the range (inches), with a final `!` when `exclamation`
        /// (`size="7,5!"` scales a drawing up to fill the size).
        case point(ClosedRange<Double>, exclamation: Bool)
        /// A separation: a point, optionally after `+` (an absolute margin in points).
        case separation
        /// A `ratio`: a number, or `fill`, `compress`, `expand` or `auto`.
        case ratio
        /// An arrowhead: one to four of Graphviz's arrow shapes (`normal`, `vee`, `odot`, `lteeoldiamond`).
        case arrow

        /// What is wrong with `value` for this type, or `nil` when it is fine.
        func problem(with value: String) -> String? {
            let shown = GraphvizAttributeCatalogue.shown
            let quoted = StyleValues.quotedForMessage(value)
            switch self {
            case .color:
                return StyleValues.colorProblem(value)
            case .fontName:
                return StyleValues.fontNameProblem(value)
            case .shape:
                return StyleValues.shapeProblem(value)
            case .number(let range):
                guard let number = GraphvizAttributeCatalogue.decimal(value) else { return "not a number: \(quoted)" }
                return range.contains(number) ? nil : "must be from \(shown(range.lowerBound)) to \(shown(range.upperBound)), not \(value)"
            case .integer(let range):
                guard value.utf8.count <= 10, let number = Int(value) else { return "not a whole number: \(quoted)" }
                return range.contains(number) ? nil : "must be from \(range.lowerBound) to \(range.upperBound), not \(value)"
            case .boolean:
                return GraphvizAttributeCatalogue.booleans.contains(value.lowercased())
                    ? nil : "not a boolean: \(quoted) (true, false, yes, no, 1 or 0)"
            case .word(let words):
                return words.contains(value) ? nil : "not one of \(words.sorted().joined(separator: ", ")): \(quoted)"
            case .words(let words):
                let parts = value.split(separator: ",", omittingEmptySubsequences: false)
                return parts.allSatisfy({ words.contains(String($0)) })
                    ? nil : "not a comma-separated list of \(words.sorted().joined(separator: ", ")): \(quoted)"
            case .point(let range, let exclamation):
                var text = Substring(value)
                if exclamation, text.hasSuffix("!") { text = text.dropLast() }
                let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                let numbers = parts.compactMap { GraphvizAttributeCatalogue.decimal(String($0)) }
                guard (1...2).contains(parts.count), numbers.count == parts.count, numbers.allSatisfy(range.contains) else {
                    return "not a size x or x,y\(exclamation ? " (with an optional final !)" : "") of numbers from \(shown(range.lowerBound)) to \(shown(range.upperBound)) inches: \(quoted)"
                }
                return nil
            case .separation:
                let unsigned = value.hasPrefix("+") ? String(value.dropFirst()) : value
                return ValueKind.point(0...1000, exclamation: false).problem(with: unsigned) == nil
                    ? nil : "not a separation x, x,y, +x or +x,y of numbers from 0 to 1000: \(quoted)"
            case .ratio:
                if GraphvizAttributeCatalogue.ratioWords.contains(value) { return nil }
                if let number = GraphvizAttributeCatalogue.decimal(value), (0.01...100).contains(number) { return nil }
                return "not a ratio: \(quoted) (a number from 0.01 to 100, or fill, compress, expand, auto)"
            case .arrow:
                return GraphvizAttributeCatalogue.isArrow(value)
                    ? nil : "not a Graphviz arrow: \(quoted) (such as normal, vee, dot, odot, box, none, tee, diamond)"
            }
        }
    }

    /// `number` as people write it: `100`, not `100.0`.
    static func shown(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }

    /// What `-G` may set.
    static let graph: [String: ValueKind] = [
        "bgcolor": .color, "fontcolor": .color, "fontname": .fontName, "fontsize": .number(1...200),
        "center": .boolean, "landscape": .boolean, "newrank": .boolean,
        "remincross": .boolean, "forcelabels": .boolean, "nojustify": .boolean, "truecolor": .boolean,
        "overlap_shrink": .boolean,
        "labeljust": .word(["l", "r", "c"]), "labelloc": .word(["t", "b", "c"]),
        "rotate": .word(["0", "90"]),
        "ordering": .word(["in", "out"]),
        "outputorder": .word(["breadthfirst", "nodesfirst", "edgesfirst"]),
        "overlap": .word(["true", "false", "scale", "scalexy", "prism", "compress", "vpsc", "voronoi", "ipsep"]),
        "rankdir": .word(["TB", "LR", "BT", "RL"]),
        "splines": .word(["true", "false", "none", "line", "polyline", "curved", "spline", "compound"]),
        "mode": .word(["major", "KK", "hier", "ipsep", "sgd", "spring", "maxent"]),
        "model": .word(["circuit", "subset", "mds", "shortpath"]),
        "clusterrank": .word(["local", "global", "none"]),
        "margin": .point(0...100, exclamation: false), "pad": .point(0...100, exclamation: false),
        "size": .point(0.01...1000, exclamation: true),
        "sep": .separation, "esep": .separation,
        "ratio": .ratio,
        "nodesep": .number(0.02...100), "ranksep": .number(0.02...100), "mindist": .number(0...100),
        "K": .number(0.01...100), "overlap_scaling": .number(-100...100),
        "mclimit": .number(0.01...100), "nslimit": .number(0...1000), "nslimit1": .number(0...1000),
        "quantum": .number(0...10), "epsilon": .number(0.0001...10),
        "maxiter": .integer(1...100_000), "searchsize": .integer(1...1000),
    ]

    /// What `-N` may set.
    static let node: [String: ValueKind] = [
        "color": .color, "fillcolor": .color, "fontcolor": .color, "fontname": .fontName, "fontsize": .number(1...200),
        "shape": .shape,
        "style": .words(["filled", "rounded", "dashed", "dotted", "solid", "bold", "invis", "diagonals", "striped",
                         "wedged", "radial"]),
        "width": .number(0.01...100), "height": .number(0.01...100),
        "fixedsize": .word(["true", "false", "shape"]),
        "margin": .point(0...100, exclamation: false),
        "penwidth": .number(0...20), "peripheries": .integer(0...10),
        "regular": .boolean, "nojustify": .boolean,
        "orientation": .number(0...360), "sides": .integer(3...100),
        "skew": .number(-100...100), "distortion": .number(-100...100), "gradientangle": .integer(0...360),
        "labelloc": .word(["t", "c", "b"]),
    ]

    /// What `-E` may set.
    static let edge: [String: ValueKind] = [
        "color": .color, "fontcolor": .color, "fontname": .fontName, "fontsize": .number(1...200),
        "style": .words(["solid", "dashed", "dotted", "bold", "invis", "tapered"]),
        "penwidth": .number(0...20), "arrowsize": .number(0...10),
        "arrowhead": .arrow, "arrowtail": .arrow,
        "dir": .word(["forward", "back", "both", "none"]),
        "decorate": .boolean, "labelfloat": .boolean, "headclip": .boolean, "tailclip": .boolean,
        "minlen": .integer(1...10), "weight": .integer(0...1000), "len": .number(0.01...100),
    ]

    /// The type of `name` for `target`, or `nil` when it may not be set.
    static func valueKind(of name: String, for target: GraphvizAttribute.Target) -> ValueKind? {
        switch target {
        case .graph: return graph[name]
        case .node: return node[name]
        case .edge: return edge[name]
        }
    }

    /// Why `name` may not be set for `target`: what to use instead, or the names that may be.
    static func unknownNameProblem(_ name: String, for target: GraphvizAttribute.Target) -> String {
        switch (target, name) {
        case (.graph, "dpi"): return "use --dpi (PNG only: Graphviz 2.43 draws an SVG with a dpi outside its view box)"
        case (.graph, "layout"): return "use -K (--engine)"
        case (.graph, "label"): return "use --title"
        case (_, "label"), (_, "tooltip"), (_, "id"), (_, "class"): return "\(name) comes from the graph and is not set by hand"
        default: break
        }
        let names: [String]
        switch target {
        case .graph: names = Array(graph.keys)
        case .node: names = Array(node.keys)
        case .edge: names = Array(edge.keys)
        }
        return "not one of the \(target.rawValue) attributes diplograph passes to Graphviz: \(names.sorted().joined(separator: ", "))"
    }

    /// An example argument, for messages.
    static func example(for target: GraphvizAttribute.Target) -> String {
        switch target {
        case .graph: return "size=7,5"
        case .node: return "shape=box"
        case .edge: return "color=gray50"
        }
    }

    /// The words Graphviz reads as booleans (lower case).
    static let booleans: Set<String> = ["true", "false", "yes", "no", "1", "0"]

    /// The words a `ratio` may be.
    static let ratioWords: Set<String> = ["fill", "compress", "expand", "auto"]

    /// `text` as a number if it is written as a plain decimal: an optional `-`, digits, and an
    /// optional fraction (`12`, `0.5`, `.5`, `-3.25`), at most 20 characters. `Double("inf")`,
    /// `"1e9"` and `"0x10"` are no such numbers.
    static func decimal(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 20 else { return nil }
        var digits = 0, points = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where index == 0: break
            default: return nil
            }
        }
        guard digits > 0, points <= 1 else { return nil }
        return Double(text)
    }

    /// The arrow shapes that may be combined, each after an optional `o` (open) and `l` or `r`
    /// (one half).
    static let arrowShapes = ["box", "crow", "curve", "icurve", "diamond", "dot", "inv", "none", "normal", "tee", "vee"]

    /// The arrow names Graphviz keeps from older versions.
    static let legacyArrows: Set<String> = ["ediamond", "open", "halfopen", "empty", "invempty"]

    /// Whether `text` is an arrow Graphviz knows: a legacy name, or one to four shapes
    /// (``arrowShapes``) each with its optional modifiers.
    static func isArrow(_ text: String) -> Bool {
        if legacyArrows.contains(text) { return true }
        var rest = Substring(text)
        var count = 0
        while !rest.isEmpty {
            if rest.hasPrefix("o") && !rest.hasPrefix("open") { rest = rest.dropFirst() }
            if rest.hasPrefix("l") || rest.hasPrefix("r") { rest = rest.dropFirst() }
            guard let shape = arrowShapes.first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(shape.count)
            count += 1
            if count > 4 { return false }
        }
        return count > 0
    }
}
