import DiploGraph
import Testing
@testable import DiploExtraction

/// A person nobody qualifies takes a state from the sentences around them only when one state
/// clearly stands out there; between equally near states the tool does not guess. Every person
/// is invented.
@Suite("Who is who: nearby states only when unambiguous")
struct NearbyStateTests {
    static func leadsRule(_ graph: Graph, _ id: NodeID) -> String? {
        graph.edges.first { $0.source == id && $0.relation == .leads }?.evidence.first?.rule
    }

    @Test("one state near the person gives the state")
    func oneState() throws {
        let graph = try Extraction.graph("President Ana Ruiz spoke. Peru wants calm, Ruiz said.")
        #expect(graph.stateOf("leader:ana-ruiz") == "PER", "\(graph.summary)")
        #expect(Self.leadsRule(graph, "leader:ana-ruiz") == "leads:nearby-state")
    }

    @Test("two states equally near: no guess between them")
    func tie() throws {
        let text = "Vietnam and Laos were praised. Peru and Chile welcomed President Ana Ruiz warmly. Laos stayed calm."
        let graph = try Extraction.graph(text)
        #expect(Self.leadsRule(graph, "leader:ana-ruiz") != "leads:nearby-state", "\(graph.summary)")
    }
}
