/// One Graphviz attribute set by the user for the whole graph, every node or every edge, as
/// `dot -Gname=value`, `-Nname=value` and `-Ename=value` do (``RenderOptions/attributes``).
///
/// An attribute can only be made by ``init(_:name:value:)``, which checks the name and the value
/// against ``GraphvizAttributeCatalogue``: only attributes Graphviz draws safely, with values of
/// their type, so nothing unchecked reaches libgvc. Written into the DOT by ``DOTWriter``, it
/// overrides the writer's own value of that name (the style's colour, shape or font, the
/// engine's separations): on the root graph for ``Target/graph``, on the `node` defaults and on
/// every node for ``Target/node``, on the `edge` defaults and on every edge for ``Target/edge``.
public struct GraphvizAttribute: Sendable, Hashable {
    /// What an attribute applies to.
    public enum Target: String, Sendable, CaseIterable {
        /// The root graph (`-G`).
        case graph
        /// Every node (`-N`).
        case node
        /// Every edge (`-E`).
        case edge

        /// The option of `dot` that sets an attribute for this target: `-G`, `-N` or `-E`.
        public var option: String {
            switch self {
            case .graph: return "-G"
            case .node: return "-N"
            case .edge: return "-E"
            }
        }
    }

    /// What the attribute applies to.
    public let target: Target
    /// The attribute's name, as Graphviz spells it (`fillcolor`, `size`).
    public let name: String
    /// The value, checked for the attribute's type.
    public let value: String

    /// An attribute for `target`, checked against ``GraphvizAttributeCatalogue``.
    ///
    /// - Parameters:
    ///   - target: Graph, node or edge.
    ///   - name: The attribute's name (case matters, as in Graphviz).
    ///   - value: The value.
    /// - Throws: ``GraphvizAttributeError`` when the name is not one diplograph passes on for
    ///   `target`, or the value is not of the attribute's type.
    public init(_ target: Target, name: String, value: String) throws(GraphvizAttributeError) {
        guard let kind = GraphvizAttributeCatalogue.valueKind(of: name, for: target) else {
            throw GraphvizAttributeError(target: target, name: name, value: value,
                                         problem: GraphvizAttributeCatalogue.unknownNameProblem(name, for: target))
        }
        if let problem = kind.problem(with: value) {
            throw GraphvizAttributeError(target: target, name: name, value: value, problem: problem)
        }
        self.target = target
        self.name = name
        self.value = value
    }

    /// Reads `name=value`, the argument of `dot -G`, `-N` or `-E`.
    ///
    /// - Parameters:
    ///   - argument: `name=value` (the value may be empty only where the type allows it).
    ///   - target: Graph, node or edge.
    /// - Throws: ``GraphvizAttributeError`` when there is no `=` or the attribute is refused.
    public init(parsing argument: String, for target: Target) throws(GraphvizAttributeError) {
        guard let equals = argument.firstIndex(of: "=") else {
            throw GraphvizAttributeError(target: target, name: argument, value: nil,
                                         problem: "expected name=value, such as \(GraphvizAttributeCatalogue.example(for: target))")
        }
        try self.init(target, name: String(argument[..<equals]), value: String(argument[argument.index(after: equals)...]))
    }
}

/// Why a ``GraphvizAttribute`` was refused: one line naming the option, the argument and the
/// problem (`-N shape=record: unknown Graphviz shape "record" (…)`).
public struct GraphvizAttributeError: Error, CustomStringConvertible, Sendable {
    /// What the attribute was for.
    public var target: GraphvizAttribute.Target
    /// The attribute's name as given.
    public var name: String
    /// The value as given; `nil` when the argument had no `=`.
    public var value: String?
    /// What is wrong.
    public var problem: String

    public var description: String {
        let argument = value.map { "\(name)=\($0)" } ?? name
        return "\(target.option) \(StyleValues.quotedForMessage(argument)): \(problem)"
    }
}
