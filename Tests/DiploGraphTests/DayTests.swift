import Testing
import DiploGraph

@Suite struct DayTests {
    @Test func readsAndWritesISODays() {
        #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
        #expect(Day(iso: "0999-01-05")?.description == "0999-01-05")
    }

    @Test func refusesDaysThatDoNotExist() {
        for text in ["2025-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "1900-02-29", "24-01-01", "2024-1-01", "2024-01-0x", ""] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
        #expect(Day(iso: "2000-02-29") != nil)
    }

    @Test func comparesInCalendarOrder() throws {
        let days = try ["2019-12-31", "2020-01-01", "2020-01-02", "2020-02-01"].map { try #require(Day(iso: $0)) }
        #expect(days == days.shuffled().sorted())
    }
}
