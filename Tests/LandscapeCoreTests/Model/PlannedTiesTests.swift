import LandscapeWording
import Testing
@testable import LandscapeCore

/// Planned ties (`status: planned`) and fields of one's own, as the validation reads them and
/// the analyses leave them out.
@Suite("Planned ties and fields of one's own")
struct PlannedTiesTests {
    @Test("`status` reads planned in English and German; an unknown status is an error at its place")
    func status() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "a", .name: "A", .kind: "Amt"])
        file.actor([.id: "b", .name: "B", .kind: "Verein"])
        file.tie([.from: "a", .to: "b", .status: "planned"])     // line 4
        file.tie([.from: "b", .to: "a", .kind: "Austausch", .status: "geplant"])
        file.tie([.from: "a", .to: "b", .kind: "funding"])
        let result = build(file)
        #expect(result.messages == [])
        #expect(result.landscape.ties.map(\.status) == [.planned, .planned, .existing])

        var wrong = DraftFile("b.yaml")
        wrong.actor([.id: "a", .name: "A", .kind: "Amt"])
        wrong.actor([.id: "b", .name: "B", .kind: "Verein"])
        wrong.tie([.from: "a", .to: "b", .status: "plannd"])
        #expect(build(wrong).messages == ["b.yaml:4:5: error: unknown tie status 'plannd'; did you mean 'planned'?"])
    }

    @Test("The analyses read the ties that exist; --planned adds the planned ones")
    func realised() {
        let landscape = Landscape(
            actors: [Actor(id: "a", name: "A", kind: .office), Actor(id: "b", name: "B", kind: .association)],
            ties: [Tie(from: "a", to: "b", kind: .exchange), Tie(from: "a", to: "b", status: .planned)])
        #expect(landscape.realised().ties == [Tie(from: "a", to: "b", kind: .exchange)])
        #expect(landscape.realised(includingPlanned: true) == landscape)
        #expect(landscape.realised().actors == landscape.actors)
    }

    @Test("Fields of one's own are kept in order; a second record of the actor adds the ones it lacks")
    func extraFields() {
        var file = DraftFile("a.yaml")
        file.actor([.id: "a", .name: "A", .kind: "Amt"])
        file.draft.actors[0].keepExtra("traeger_nr", Located(.text("4711"), at: file.at(2)))
        file.draft.actors[0].keepExtra("telefon", Located(.list([Located("1", at: file.at(2)), Located("2", at: file.at(2))]), at: file.at(2)))
        file.draft.actors[0].keepExtra("traeger_nr", Located(.text("given twice"), at: file.at(2)))
        var second = DraftFile("b.yaml")
        second.actor([.id: "a", .name: "A", .kind: "Amt"])
        second.draft.actors[0].keepExtra("telefon", Located(.text("3"), at: second.at(2)))
        second.draft.actors[0].keepExtra("raum", Located(.text("204"), at: second.at(2)))
        let result = build(file, second)
        #expect(result.messages == [])
        #expect(result.landscape.actors.first?.extra == [
            ExtraField(name: "traeger_nr", value: .text("4711")), ExtraField(name: "telefon", value: .list(["1", "2"])),
            ExtraField(name: "raum", value: .text("204")),
        ])
    }
}
