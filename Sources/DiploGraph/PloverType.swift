/// An event type of PLOVER (the Political Language Ontology for Verifiable Event Records), the
/// successor of CAMEO that event-data tools read: the type an interaction edge carries as `plover`.
///
/// The types and their CAMEO codes come from PLOVER's `CAMEO2PLOVER-2021.txt` (CC BY-SA 4.0);
/// `scripts/RELATIONS.md` lists which type each ``Relation`` carries and why.
public enum PloverType: String, Codable, CaseIterable, Sendable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"
}
