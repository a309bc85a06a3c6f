import DiploGraph
import Testing
@testable import DiploExtraction

/// People who speak for a government through one of its organs: the organ stands between the
/// state and the title, or follows the title. Every sentence and person is invented.
@Suite("Who is who: spokespeople of a government's organs")
struct SpokespersonTests {
    @Test("the organ between the state and the title", arguments: [
        ("Chilean foreign ministry spokeswoman Irene Balta said the border stays open.", "leader:irene-balta", "CHL"),
        ("Norway's foreign ministry spokesman Odd Velde declined to comment.", "leader:odd-velde", "NOR"),
        ("US State Department spokesman Dale Orwin said talks would go on.", "leader:dale-orwin", "USA"),
        ("Kenyan defence ministry spokesman Otieno Waweru denied the report.", "leader:otieno-waweru", "KEN"),
    ])
    func organBeforeTitle(_ text: String, _ id: NodeID, _ code: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateOf(id) == code, "\(graph.summary)")
    }

    @Test("the organ after the title, the name before it", arguments: [
        ("Irene Balta, a spokeswoman for the Chilean foreign ministry, said the border stays open.", "leader:irene-balta", "CHL"),
        ("Odd Velde, a spokesman for Norway's foreign ministry, declined to comment.", "leader:odd-velde", "NOR"),
        ("Dale Orwin, the spokesman of the US State Department, said talks would go on.", "leader:dale-orwin", "USA"),
    ])
    func organAfterTitle(_ text: String, _ id: NodeID, _ code: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.stateOf(id) == code, "\(graph.summary)")
    }

    @Test("no organ, no government: speaking about a state, or for a company", arguments: [
        "Irene Balta, a spokeswoman for Chile, said nothing.",
        "Odd Velde, a vice president of the bank, said rates would rise.",
        "Dale Orwin, a spokesman for the airline, said flights resume.",
    ])
    func noOrgan(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
    }
}

@Suite("Who is who: a source before a comma is not a person")
struct AppositiveSourceTests {
    @Test("an article or \"according to\" before the name", arguments: [
        "According to the Herald, the Chilean president wants a new treaty.",
        "The Clarion, the Norwegian leader's favourite paper, printed the letter.",
        "According to Reuters, the Kenyan president will travel to Ghana.",
    ])
    func notAPerson(_ text: String) throws {
        let graph = try Extraction.graph(text)
        #expect(graph.nodes(.leader).isEmpty, "\(graph.summary)")
    }
}
