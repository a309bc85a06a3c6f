/// A political actor: a person with the names they are written under and their dated
/// affiliations.
public struct Actor: Sendable, Hashable {
    /// The display name ("Vladimir Putin", "Lee Jae-myung").
    public let name: String
    /// Other names that identify the person, without titles ("Putin", "Vladimir V. Putin").
    public let aliases: [String]
    /// Dated ties to states and organisations, sorted by first day.
    public let affiliations: [Affiliation]

    /// Creates an actor.
    public init(name: String, aliases: [String], affiliations: [Affiliation]) {
        self.name = name
        self.aliases = aliases
        self.affiliations = affiliations
    }

    /// The name and the aliases.
    public var names: [String] { [name] + aliases }
}
