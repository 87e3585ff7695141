import Testing
@testable import LandscapeCore

@Suite("Landscape at a date (--at)")
struct LandscapeTests {
    func day(_ text: String) throws -> CalendarDay {
        try #require(PartialDate(parsing: text)).firstDay
    }

    @Test("Only actors and ties active on the day remain; ties of vanished actors go too")
    func activeOnDay() throws {
        let programme = Actor(id: "bi", name: "Bildung integriert", kind: .program,
                              period: ActivePeriod(since: PartialDate(parsing: "2015"), until: PartialDate(parsing: "2021-06")))
        let office = Actor(id: "bm", name: "Bildungsmanagement", kind: .office, programs: ["bi"])
        let alliance = Actor(id: "bu", name: "Bündnis", kind: .committee, period: ActivePeriod(since: PartialDate(parsing: "2018")))
        let landscape = Landscape(actors: [programme, office, alliance], ties: [
            Tie(from: "bi", to: "bm", kind: .funding),
            Tie(from: "bm", to: "bu", kind: .member, period: ActivePeriod(since: PartialDate(parsing: "2018-03"))),
        ])
        let in2017 = landscape.active(on: try day("2017-06-01"))
        #expect(in2017.actors.map(\.id) == ["bi", "bm"])
        #expect(in2017.ties.map(\.kind) == [.funding])

        let in2019 = landscape.active(on: try day("2019"))
        #expect(in2019.actors.count == 3)
        #expect(in2019.ties.count == 2)

        let in2022 = landscape.active(on: try day("2022"))
        #expect(in2022.actors.map(\.id) == ["bm", "bu"])
        #expect(in2022[ActorID("bm")]?.programs == [])
        #expect(in2022.ties.map(\.kind) == [.member])
    }

    @Test("Ties to unknown actors are dropped when a landscape is made directly")
    func consistency() {
        let landscape = Landscape(actors: [Actor(id: "a", name: "A", kind: .office)], ties: [Tie(from: "a", to: "b")])
        #expect(landscape.ties.isEmpty)
        #expect(landscape.contains("a"))
        #expect(!landscape.contains("b"))
    }
}
