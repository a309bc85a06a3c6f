import Foundation
import Testing
import DiploGraph

/// Identifiers in a graph file that name no kind (`KOR` rather than `state:KOR`): the model's
/// identifiers are typed, but reading such a file reports what ``Graph/validate()`` reported when
/// they were text, the same field, words and order (checked against the release before typed
/// identifiers).
@Suite("Graph JSON: identifiers without a kind")
struct UntypedIdentifierTests {
    static let korea = #"{"id": "state:KOR", "kind": "state", "label": "Korea", "code": "KOR"}"#

    @Test("each is refused with the message the text identifiers gave", arguments: [
        (#"{"nodes": [{"id": "KOR", "kind": "state", "label": "Korea", "code": "KOR"}], "edges": []}"#,
         #"nodes[0].id: "KOR" must start with "state:""#),
        // "leader:ann" sorts before "zz-top": its empty label is the first fault.
        (#"{"nodes": [{"id": "zz-top", "kind": "leader", "label": "Z"}, {"id": "leader:ann", "kind": "leader", "label": ""}]}"#,
         "nodes[0].label: must not be empty"),
        (#"{"nodes": [{"id": "leader:ann", "kind": "leader", "label": "Ann", "state": "KOR"}, \#(korea)]}"#,
         #"nodes[0].state: "KOR" is not a state node of this graph"#),
        // Edges in key order: the one from "chn" comes first.
        (#"{"nodes": [\#(korea)], "edges": [{"source": "state:KOR", "target": "japan", "relation": "met"}, {"source": "chn", "target": "state:KOR", "relation": "met"}]}"#,
         #"edges[0].source: no node "chn""#),
        (#"{"nodes": [\#(korea), {"id": "KOR", "kind": "state", "label": "Korea", "code": "KOR"}]}"#,
         #"nodes[0].id: "KOR" must start with "state:""#),
    ])
    func refused(_ json: String, _ message: String) throws {
        let error = try #require(throws: GraphContractError.self) { try Graph.fromJSON(Data(json.utf8)) }
        #expect(error.description == message)
    }

    @Test("a state_support key without a kind is refused, naming the node's field")
    func stateSupportKey() throws {
        let json = #"{"nodes": [{"id": "leader:ann", "kind": "leader", "label": "Ann", "state": "state:KOR", "state_support": {"state:KOR": 2, "JPN": 1}}, \#(Self.korea)]}"#
        let error = try #require(throws: GraphContractError.self) { try Graph.fromJSON(Data(json.utf8)) }
        #expect(error.description == #"nodes[0].state_support: "JPN" is no node identifier (kind:key)"#)
    }

    @Test("the same graph with typed identifiers reads, and its identifiers keep their kinds")
    func validGraphReads() throws {
        let json = #"{"nodes": [{"id": "leader:ann", "kind": "leader", "label": "Ann", "state": "state:KOR", "state_support": {"state:KOR": 2, "state:JPN": 1}}, \#(Self.korea)]}"#
        let graph = try Graph.fromJSON(Data(json.utf8))
        let ann = try #require(graph.node("leader:ann"))
        #expect(ann.state == NodeID(state: "KOR"))
        #expect(ann.stateSupport == [NodeID(state: "KOR"): 2, NodeID(state: "JPN"): 1])
        #expect(graph.node("state:KOR")?.code == "KOR")
    }
}
