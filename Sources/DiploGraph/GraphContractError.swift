/// A graph that breaks the JSON contract, with the field at fault.
public struct GraphContractError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the field, such as `nodes[3].kind`.
    public var field: String
    /// What is wrong with it.
    public var problem: String

    /// Creates an error for `field`.
    public init(field: String, problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(field): \(problem)" }

    init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue {
                    out += "[\(index)]"
                } else {
                    out += out.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return out.isEmpty ? "(top level)" : out
        }
        switch error {
        case let .keyNotFound(key, context):
            self.init(field: path(context.codingPath + [key]), problem: "required field is missing")
        case let .typeMismatch(type, context):
            self.init(field: path(context.codingPath), problem: "expected \(type)")
        case let .valueNotFound(type, context):
            self.init(field: path(context.codingPath), problem: "expected \(type), found null")
        case let .dataCorrupted(context):
            self.init(field: path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            self.init(field: "(unknown)", problem: "\(error)")
        }
    }
}

extension Graph {
    /// Checks the invariants of the contract: edge ends exist, states carry a code, leaders'
    /// states are state nodes, identifiers carry their kind's prefix.
    ///
    /// - Throws: `GraphContractError` for the first field that breaks them.
    public func validate() throws {
        try Self.checkContract(nodes: nodes, edges: edges) { self.node($0)?.kind }
    }

    /// Checks the contract's invariants on `nodes` sorted by identifier and `edges` sorted by key
    /// (each once), whose identifiers may be typed or as read; `kindOfNode` tells the kind of the
    /// node an identifier names, `nil` when none has it.
    ///
    /// - Throws: `GraphContractError` for the first field that breaks them.
    static func checkContract<N: ContractCheckedNode, E: ContractCheckedEdge>(
        nodes: [N], edges: [E], kindOfNode: (N.ID) -> NodeKind?
    ) throws where N.ID == E.ID {
        for (i, node) in nodes.enumerated() {
            if node.idKind != node.kind {
                throw GraphContractError(field: "nodes[\(i)].id", problem: "\"\(node.id)\" must start with \"\(node.kind.rawValue):\"")
            }
            if node.label.isEmpty {
                throw GraphContractError(field: "nodes[\(i)].label", problem: "must not be empty")
            }
            if node.kind == .state && !node.hasCode {
                throw GraphContractError(field: "nodes[\(i)].code", problem: "a state node needs its ISO 3166-1 alpha-3 code")
            }
            if let state = node.state, kindOfNode(state) != .state {
                throw GraphContractError(field: "nodes[\(i)].state", problem: "\"\(state)\" is not a state node of this graph")
            }
        }
        for (i, edge) in edges.enumerated() {
            if kindOfNode(edge.source) == nil {
                throw GraphContractError(field: "edges[\(i)].source", problem: "no node \"\(edge.source)\"")
            }
            if kindOfNode(edge.target) == nil {
                throw GraphContractError(field: "edges[\(i)].target", problem: "no node \"\(edge.target)\"")
            }
        }
    }

    /// The error of a graph read with an identifier that names no kind: the first that
    /// ``validate()`` would report of the graph as read, identifiers as text (an identifier
    /// without a kind breaks the contract somewhere), or else the `state_support` entry at fault.
    static func contractError(nodes records: [NodeRecord], edges edgeRecords: [EdgeRecord]) -> GraphContractError {
        let nodes = records.sorted { $0.id < $1.id }
        let edges = Dictionary(edgeRecords.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
            .values.sorted { $0.key < $1.key }
        let kinds = Dictionary(nodes.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        do {
            try checkContract(nodes: nodes, edges: edges) { kinds[$0] }
        } catch {
            return error as! GraphContractError
        }
        for (i, node) in nodes.enumerated() {
            if let key = node.stateSupport.keys.sorted().first(where: { NodeID($0) == nil }) {
                return GraphContractError(field: "nodes[\(i)].state_support", problem: "\"\(key)\" is no node identifier (kind:key)")
            }
        }
        return GraphContractError(field: "(top level)", problem: "an identifier does not start with a kind and a colon")
    }
}
