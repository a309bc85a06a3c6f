import Foundation
@testable import DiploGraph

// The graph JSON contract as `Encodable`: the oracle the JSON writer is checked against
// (`GraphJSONWriterTests`). The library writes with `GraphJSONWriter` alone, which gives these
// bytes several times faster than `JSONEncoder`; this description of the contract lives here.

extension Graph: Encodable {
    private enum OracleKeys: String, CodingKey { case documents, nodes, edges }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OracleKeys.self)
        try c.encode(documentEntries, forKey: .documents)
        try c.encode(nodes, forKey: .nodes)
        try c.encode(edges, forKey: .edges)
    }
}

extension DocumentEntry: Encodable {
    private enum OracleKeys: String, CodingKey { case name, date, title }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OracleKeys.self)
        try c.encode(name, forKey: .name)
        try c.encodeIfPresent(date?.description, forKey: .date)
        try c.encodeIfPresent(title, forKey: .title)
    }
}

/// A node: empty lists and absent fields (`change`, `first_seen` and `last_seen` included) left
/// out, `count` only when it exceeds the evidence listed.
extension Node: Encodable {
    private enum OracleKeys: String, CodingKey {
        case id, kind, label, code, state, title, topics, aliases, evidence, change, count
        case stateSupport = "state_support"
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OracleKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(label, forKey: .label)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encodeIfPresent(state, forKey: .state)
        try c.encodeIfPresent(title, forKey: .title)
        if !topics.isEmpty { try c.encode(topics, forKey: .topics) }
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encode(evidence, forKey: .evidence)
        if count > evidence.count { try c.encode(count, forKey: .count) }
        try c.encodeIfPresent(change, forKey: .change)
        if !stateSupport.isEmpty { try c.encode(Dictionary(uniqueKeysWithValues: stateSupport.map { ($0.key.description, $0.value) }), forKey: .stateSupport) }
        try c.encodeIfPresent(firstSeen?.description, forKey: .firstSeen)
        try c.encodeIfPresent(lastSeen?.description, forKey: .lastSeen)
    }
}

/// An edge: `change`, `previous_count`, `first_seen` and `last_seen` only when present, `count`
/// unless it is 0, and `plover` on interactions.
extension Edge: Encodable {
    private enum OracleKeys: String, CodingKey {
        case source, target, relation, count, evidence, change, plover
        case previousCount = "previous_count"
        case firstSeen = "first_seen", lastSeen = "last_seen"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OracleKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(relation, forKey: .relation)
        if count > 0 { try c.encode(count, forKey: .count) }
        try c.encode(evidence, forKey: .evidence)
        try c.encodeIfPresent(change, forKey: .change)
        try c.encodeIfPresent(relation.plover, forKey: .plover)
        try c.encodeIfPresent(previousCount, forKey: .previousCount)
        try c.encodeIfPresent(firstSeen?.description, forKey: .firstSeen)
        try c.encodeIfPresent(lastSeen?.description, forKey: .lastSeen)
    }
}

extension Evidence: Encodable {
    private enum OracleKeys: String, CodingKey { case document, start, end, sentence, rule }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: OracleKeys.self)
        try c.encode(document, forKey: .document)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(sentence, forKey: .sentence)
        try c.encodeIfPresent(rule, forKey: .rule)
    }
}
