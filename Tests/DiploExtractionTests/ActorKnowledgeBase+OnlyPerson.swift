@testable import DiploExtraction
import Testing

extension ActorKnowledgeBase {
    /// The one person whose display name is exactly `name`; the test fails when there is none
    /// or more than one.
    func onlyPerson(named name: String) throws -> ActorID {
        let found = actors(named: name).filter { actor($0).name == name }
        try #require(found.count == 1, "\(name): \(found.map { actor($0).name })")
        return found[0]
    }
}
