import Testing
@testable import LandscapeCore

@Suite("Partial dates and periods")
struct PartialDateTests {
    @Test("YYYY, YYYY-MM, YYYY-MM-DD and German DD.MM.YYYY parse", arguments: [
        ("2019", "2019"), ("2019-08", "2019-08"), ("2019-08-29", "2019-08-29"),
        ("29.08.2019", "2019-08-29"), ("08.2019", "2019-08"), (" 2020-02-29 ", "2020-02-29"),
    ])
    func parses(text: String, canonical: String) {
        #expect(PartialDate(parsing: text)?.description == canonical)
    }

    @Test("Impossible or malformed dates are rejected", arguments: [
        "2019-02-30", "2019-02-29", "2019-13", "2019-00", "2019-8", "19", "2019/08/29",
        "abc", "", "2019-08-29T10:00", "31.04.2019", "-2019", "2019-", "２０１９",
    ])
    func rejects(text: String) {
        #expect(PartialDate(parsing: text) == nil)
    }

    @Test("A year or month starts on its first day and ends on its last")
    func periodBounds() throws {
        let year = try #require(PartialDate(parsing: "2020"))
        #expect(year.firstDay.description == "2020-01-01")
        #expect(year.lastDay.description == "2020-12-31")
        let february = try #require(PartialDate(parsing: "2020-02"))
        #expect(february.lastDay.description == "2020-02-29")
        #expect(try #require(PartialDate(parsing: "2019-02")).lastDay.description == "2019-02-28")
    }

    @Test("A period contains the days between its ends, both included")
    func containment() throws {
        let period = ActivePeriod(since: PartialDate(parsing: "2016"), until: PartialDate(parsing: "2021-06"))
        #expect(period.contains(try #require(CalendarDay(year: 2016, month: 1, day: 1))))
        #expect(period.contains(try #require(CalendarDay(year: 2021, month: 6, day: 30))))
        #expect(!period.contains(try #require(CalendarDay(year: 2021, month: 7, day: 1))))
        #expect(!period.contains(try #require(CalendarDay(year: 2015, month: 12, day: 31))))
        #expect(ActivePeriod().contains(try #require(CalendarDay(year: 1900, month: 1, day: 1))))
    }

    @Test("until before since is reversed; the same year is not")
    func reversed() {
        #expect(ActivePeriod(since: PartialDate(parsing: "2019"), until: PartialDate(parsing: "2018-12")).isReversed)
        #expect(!ActivePeriod(since: PartialDate(parsing: "2019-05"), until: PartialDate(parsing: "2019")).isReversed)
    }
}
