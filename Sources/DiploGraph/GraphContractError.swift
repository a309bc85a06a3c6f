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
        for (i, node) in nodes.enumerated() {
            if NodeID(node.id)?.kind != node.kind {
                throw GraphContractError(field: "nodes[\(i)].id", problem: "\"\(node.id)\" must start with \"\(node.kind.rawValue):\"")
            }
            if node.label.isEmpty {
                throw GraphContractError(field: "nodes[\(i)].label", problem: "must not be empty")
            }
            if node.kind == .state && node.code == nil {
                throw GraphContractError(field: "nodes[\(i)].code", problem: "a state node needs its ISO 3166-1 alpha-3 code")
            }
            if let state = node.state, self.node(state)?.kind != .state {
                throw GraphContractError(field: "nodes[\(i)].state", problem: "\"\(state)\" is not a state node of this graph")
            }
        }
        for (i, edge) in edges.enumerated() {
            if node(edge.source) == nil {
                throw GraphContractError(field: "edges[\(i)].source", problem: "no node \"\(edge.source)\"")
            }
            if node(edge.target) == nil {
                throw GraphContractError(field: "edges[\(i)].target", problem: "no node \"\(edge.target)\"")
            }
        }
    }
}
