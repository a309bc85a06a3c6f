/// Which gazetteer entries are states for the graph: sovereign states plus Taiwan, Palestine and
/// Kosovo. Dependent territories (Hong Kong, Puerto Rico, Greenland …) stay in the gazetteer so
/// that their names are not misread, but they are places, not actors.
enum Sovereignty {
    /// ISO 3166-1 alpha-3 codes of territories that are not sovereign states.
    static let dependentTerritories: Set<String> = [
        "ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT", "CCK", "COK", "CUW",
        "CXR", "CYM", "ESH", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HKG", "HMD",
        "IMN", "IOT", "JEY", "MAC", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN",
        "PRI", "PYF", "REU", "SGS", "SHN", "SJM", "SPM", "SXM", "TCA", "TKL", "UMI", "VGB", "VIR",
        "WLF",
    ]

    /// Whether `code` names a state the graph shows.
    static func isState(_ code: String) -> Bool { !dependentTerritories.contains(code) }
}
