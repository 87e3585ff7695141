import Testing
import LandscapeCore
import LandscapeIO

/// The gap rules on the example landscapes: the situations of the seed must show.
@Suite("Gaps on the example landscapes")
struct GapExampleTests {
    func load(_ path: String) throws -> Landscape {
        let result = LandscapeLoader().load([Fixtures.repository.appendingPathComponent(path).path])
        #expect(!result.hasErrors)
        return result.landscape
    }

    func uncoordinated(_ landscape: Landscape, _ tag: String) -> Gap? {
        GapFinder.find(landscape, options: GapOptions(types: [.uncoordinated])).first { $0.groups == [tag] }
    }

    @Test("Nordhausen: six course providers without coordination (2017), coordinated by the Beratungsrunde (2019)")
    func nordhausenVariant() throws {
        let before = try load("graphs/variants/nordhausen-sprachkurse-2017.yaml")
        let gap = try #require(uncoordinated(before, "Integrationskurse"))
        #expect(gap.severity == .high)
        #expect(gap.fragments.count == 6)
        #expect(gap.actors.count == 6)
        let after = try load("graphs/variants/nordhausen-sprachkurse-2019.yaml")
        #expect(GapFinder.find(after, options: GapOptions(types: [.uncoordinated])).isEmpty)
    }

    @Test("Weimar: nine providers uncoordinated before the Bündnis (--at 2017), not after (--at 2019)")
    func weimarOverTime() throws {
        let weimar = try load("graphs/weimar.yaml")
        let before = try #require(PartialDate(parsing: "2017")?.firstDay)
        let after = try #require(PartialDate(parsing: "2019")?.firstDay)
        let gap = try #require(uncoordinated(weimar.active(on: before), "Integrationskurse"))
        #expect(gap.fragments.count == 9)
        #expect(uncoordinated(weimar.active(on: after), "Integrationskurse") == nil)
    }

    @Test("Every example: programmes that end are reported with what they carry")
    func programmes() throws {
        let eisenach = try load("graphs/eisenach.yaml")
        let found = GapFinder.find(eisenach, options: GapOptions(types: [.programDependency]))
        #expect(found.contains { $0.groups == ["Bundesprogramm »Bildung integriert«"] && $0.severity == .high })
    }
}
