import DiploGraph

/// Counting days, weeks and months, for the report's timeline.
extension Day {
    /// The number of days from 1970-01-01 to this day (negative before it), in the proleptic
    /// Gregorian calendar (Howard Hinnant's `days_from_civil`).
    var dayNumber: Int {
        let y = year - (month <= 2 ? 1 : 0)
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (``dayNumber`` backwards), or `nil` outside
    /// the years 1 to 9999.
    init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The day of the week, 0 for Monday to 6 for Sunday.
    var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 }

    /// The Monday that starts this day's week (ISO 8601 weeks), or the day itself in the first
    /// days there are.
    var startOfWeek: Day { Day(dayNumber: dayNumber - weekday) ?? self }

    /// The number of months from January of year 0 to this day's month: months count on by one
    /// across a year's end.
    var monthNumber: Int { year * 12 + month - 1 }

    /// The English abbreviation of the month ("Jan" … "Dec").
    var monthAbbreviation: String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
