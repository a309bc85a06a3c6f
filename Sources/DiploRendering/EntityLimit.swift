/// How many entities a laid-out diagram draws (``RenderOptions/top``, `--top N|all`).
public enum EntityLimit: Sendable, Equatable {
    /// An overview of the ``RenderOptions/defaultTop`` best connected entities when more than
    /// ``RenderOptions/overviewThreshold`` have a relation; every entity otherwise.
    case automatic
    /// Every entity with a relation.
    case all
    /// At most this many entities, the best connected (a number below 1 draws none).
    case count(Int)
}
