import ArgumentParser
import DiploGraph
import DiploPipeline
import Foundation

/// The options that cut a graph down before it is written: the level (people or states), node
/// kinds, a minimum edge weight, and the neighbourhood of one entity.
struct FilterArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Who acts: leader (people are nodes) or state (each leader folded into the state it leads, to show what states did to each other). (default: leader)", valueName: "level"), transform: GraphLevel.parse)
    var level: GraphLevel?

    @Option(help: ArgumentHelp("Keep only nodes of these kinds, comma-separated: \(NodeKind.valueList).", valueName: "kinds"), transform: { argument in try usage { try NodeKind.parseList(argument) } })
    var kinds: Set<NodeKind>?

    // so that "-3" is read as the value and refused by name
    @Option(name: .customLong("min-weight"), parsing: .unconditional, help: ArgumentHelp("Keep only edges supported by at least this many sentences.", valueName: "n"))
    var minWeight: Int?

    @Option(help: ArgumentHelp("Keep only the neighbourhood of this entity (an id such as state:KOR, a name or an alias).", valueName: "name"))
    var focus: String?

    @Option(parsing: .unconditional, help: ArgumentHelp("With --focus: how many edges away from the entity to go. (default: 1)", valueName: "k"))
    var hops: Int?

    func validate() throws {
        if let minWeight, minWeight < 0 {
            throw ValidationError("--min-weight must be 0 or more, not \(minWeight)")
        }
        if let hops {
            if focus == nil { throw ValidationError("--hops needs --focus NAME") }
            if hops < 0 { throw ValidationError("--hops must be 0 or more, not \(hops)") }
        }
        if let focus, focus.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--focus needs a name")
        }
    }

    /// Whether any filter was asked for.
    var isActive: Bool { filter.isActive }

    /// The filter the options ask for.
    var filter: GraphFilter { GraphFilter(level: level, kinds: kinds, minWeight: minWeight, focus: focus, hops: hops) }
}
