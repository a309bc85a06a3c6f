/// A node as the contract's checks see it (``Graph/validate()``): a ``Node``, or a node as read
/// whose identifiers are still text.
protocol ContractCheckedNode {
    associatedtype ID: CustomStringConvertible
    /// The identifier.
    var id: ID { get }
    /// The kind the identifier names, `nil` when it names none.
    var idKind: NodeKind? { get }
    var kind: NodeKind { get }
    var label: String { get }
    /// Whether the node has a state code.
    var hasCode: Bool { get }
    /// The identifier of the state a leader serves.
    var state: ID? { get }
}

/// An edge as the contract's checks see it: an ``Edge``, or an edge as read whose ends are still
/// text.
protocol ContractCheckedEdge {
    associatedtype ID
    var source: ID { get }
    var target: ID { get }
}

extension Node: ContractCheckedNode {
    var idKind: NodeKind? { id.kind }
    var hasCode: Bool { code != nil }
}

extension Edge: ContractCheckedEdge {}

extension NodeRecord: ContractCheckedNode {
    var idKind: NodeKind? { NodeID(id)?.kind }
    var hasCode: Bool { code != nil }
}

extension EdgeRecord: ContractCheckedEdge {
    /// The key the edge has in a graph, its ends as text: a symmetric relation's ends sorted, as
    /// ``Edge/init(source:target:relation:evidence:change:previousCount:count:seen:)`` sorts them.
    var key: Key {
        relation.isSymmetric && target < source
            ? Key(source: target, relation: relation, target: source)
            : Key(source: source, relation: relation, target: target)
    }

    /// An edge's key with its ends as text, ordered as ``Edge/Key`` orders.
    struct Key: Hashable, Comparable {
        var source: String
        var relation: Relation
        var target: String

        static func < (lhs: Key, rhs: Key) -> Bool {
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.relation != rhs.relation { return lhs.relation < rhs.relation }
            return lhs.target < rhs.target
        }
    }
}
