/// Nouns that head a group of a state's people, so that the state named inside the group's
/// phrase acts for it although a preposition stands before it.
///
/// Event coders code "a delegation of Kenyan diplomats" and "police in Ghana" as the state:
/// the group acts, and the state is who it is.
enum GroupNouns {
    /// Heads of "a … of DEMONYM people": "a group of Kenyan diplomats", "hundreds of Somali
    /// refugees", "a convoy of Ethiopian troops". The state qualifies the members.
    static let collectives: WordSet = [
        "group", "groups", "delegation", "delegations", "convoy", "convoys", "contingent", "contingents",
        "team", "teams", "unit", "units", "batch", "column", "columns", "squad", "squads", "detachment",
        "battalion", "battalions", "brigade", "brigades", "flotilla", "fleet", "band", "handful", "number",
        "dozens", "hundreds", "thousands", "millions", "scores", "tens", "crowd", "crowds", "party",
    ]
    /// Agents of a state that act where they are: "police in Ghana arrested …", "troops in Mali
    /// fired on …".
    static let agents: WordSet = [
        "forces", "troops", "soldiers", "police", "army", "military", "authorities", "officials",
        "government", "guards", "gendarmes", "prosecutors", "courts", "diplomats",
    ]
    /// Armed groups and arms: "Thai troops attacked …" is an armed attack, "Thailand attacked
    /// …" may be one in words.
    static let armed: WordSet = [
        "forces", "troops", "soldiers", "army", "military", "militias", "militiamen", "rebels", "guerrillas",
        "gunmen", "militants", "fighters", "navy", "warplanes", "jets", "drones", "tanks", "artillery",
        "warships", "police", "gunboats", "aircraft", "helicopters", "insurgents",
    ]
}
