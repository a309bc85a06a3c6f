import ArgumentParser
import DiploExtraction
import DiploPipeline

/// `--evidence-limit N|all`: how many evidence sentences each node and edge keeps.
///
/// Counts stay exact whatever the limit (`count` in the JSON); only the list of sentences is
/// cut, to the first ones by document and position. The default keeps every sentence of any
/// news article and keeps memory and output in proportion to the graph, not to the corpus.
struct EvidenceArguments: ParsableArguments {
    /// The limit when none is given.
    static let defaultLimit = Extractor.defaultEvidenceLimit

    // so that "-3" is read as the value and refused by name
    @Option(name: .customLong("evidence-limit"), parsing: .unconditional, help: ArgumentHelp("Keep at most this many evidence sentences per node and edge (the first by document and position), or 'all'. Counts stay exact. (default: \(EvidenceArguments.defaultLimit))", valueName: "n|all"))
    var evidenceLimit: String?

    func validate() throws {
        _ = try limit()
    }

    /// The limit asked for: a number of records, or `nil` for all of them.
    func limit() throws -> Int? {
        try usage { try CountOrAll.parse(evidenceLimit, option: "--evidence-limit", default: Self.defaultLimit) }
    }
}
