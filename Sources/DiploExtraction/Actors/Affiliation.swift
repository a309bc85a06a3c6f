import DiploGraph

/// One dated tie of a person to a state (or to an international organisation): "USA,
/// government, 2017-01-20 to 2021-01-20".
public struct Affiliation: Sendable, Hashable {
    /// ISO 3166-1 alpha-3 code of the state, as in the gazetteer; `nil` for an international
    /// organisation.
    public let state: String?
    /// The role held.
    public let role: ActorRole
    /// The first day, inclusive; `nil` when open (known only to have begun before the data).
    public let from: Day?
    /// The last day, inclusive; `nil` when open (still held when the data was compiled).
    public let until: Day?

    /// Creates an affiliation.
    public init(state: String?, role: ActorRole, from: Day?, until: Day?) {
        self.state = state
        self.role = role
        self.from = from
        self.until = until
    }

    /// Whether `day` lies in the span (open ends hold every day on their side).
    public func holds(on day: Day) -> Bool {
        if let from, day < from { return false }
        if let until, until < day { return false }
        return true
    }

    /// Reads `STATE:role:from:until` (state empty for an international organisation; dates
    /// `YYYY-MM-DD` or empty). Returns `nil` with a reason on failure.
    static func parse(_ text: Substring) -> Result<Affiliation, AffiliationFormatError> {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return .failure(.init(reason: "affiliation '\(text)' is not STATE:role:from:until")) }
        let state = parts[0].isEmpty ? nil : String(parts[0])
        if let state, state.utf8.count != 3 || !state.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) {
            return .failure(.init(reason: "state '\(state)' is not an ISO alpha-3 code"))
        }
        guard let role = ActorRole(rawValue: String(parts[1])) else {
            return .failure(.init(reason: "unknown role '\(parts[1])'"))
        }
        func day(_ part: Substring) -> Result<Day?, AffiliationFormatError> {
            if part.isEmpty { return .success(nil) }
            guard let day = Day(iso: part) else { return .failure(.init(reason: "date '\(part)' is not a YYYY-MM-DD day")) }
            return .success(day)
        }
        switch (day(parts[2]), day(parts[3])) {
        case (.success(let from), .success(let until)):
            if let from, let until, until < from {
                return .failure(.init(reason: "affiliation '\(text)' ends before it begins"))
            }
            return .success(Affiliation(state: state, role: role, from: from, until: until))
        case (.failure(let error), _), (_, .failure(let error)):
            return .failure(error)
        }
    }
}

/// Why an affiliation could not be read.
struct AffiliationFormatError: Error {
    let reason: String
}
