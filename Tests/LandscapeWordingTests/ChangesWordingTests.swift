import LandscapeCore
import Testing
@testable import LandscapeWording

@Suite("The words of »What has changed«")
struct ChangesWordingTests {
    /// a–b–c; then a committee k joins, with a, b and c as members, and c's tie to b ends.
    static let old = Landscape(needs: ["Sprache"], actors: [
        Actor(id: "a", name: "Amt", kind: .office), Actor(id: "b", name: "VHS", kind: .institution, topics: ["Sprache"]),
        Actor(id: "c", name: "Verein", kind: .association, topics: ["Sprache"]),
    ], ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c")])
    static let new = Landscape(needs: ["Sprache"], actors: old.actors + [Actor(id: "k", name: "Runde", kind: .committee)], ties: [
        Tie(from: "a", to: "b"), Tie(from: "a", to: "k", kind: .member), Tie(from: "b", to: "k", kind: .member),
        Tie(from: "c", to: "k", kind: .member),
    ])

    func name(_ id: ActorID) -> String { Self.new[id]?.name ?? id.rawValue }

    @Test("The headline sentences, in English and German: gaps first, then who joined, the ties, the structure")
    func headlines() {
        let diff = LandscapeDiff(old: Self.old, new: Self.new)
        let english = ChangesWording(.en).headlines(diff, name: name)
        #expect(english.first?.hasPrefix("Gaps: ") == true)
        #expect(english.contains("Joined: »Runde«."))
        #expect(english.contains("Ties: 3 new ties, 1 ended, none changed."))
        #expect(english.contains { $0.hasPrefix("Structure: degree centralization ") && !$0.contains("density") }, "only what changed")
        let german = ChangesWording(.de).headlines(diff, name: name)
        #expect(german.contains("Hinzugekommen: »Runde«."))
        #expect(german.contains("Beziehungen: 3 neue Beziehungen, 1 beendet, keine geändert."))
        #expect(german.contains { $0.hasPrefix("Struktur: Zentralisierung (Grad) ") })
    }

    @Test("Nothing changed: the diff's one line")
    func nothing() {
        #expect(ChangesWording(.de).headlines(LandscapeDiff(old: Self.old, new: Self.old), name: name) == ["Keine Unterschiede."])
    }

    @Test("Movers that moved alike share a row")
    func moverRows() {
        let movers = [
            Mover(id: "a", measure: .degree, rank: Change(old: 3, new: 1), value: Change(old: 1, new: 3)),
            Mover(id: "b", measure: .degree, rank: Change(old: 4, new: 2), value: Change(old: 0, new: 1)),
            Mover(id: "c", measure: .degree, rank: Change(old: 4, new: 2), value: Change(old: 0, new: 1)),
        ]
        #expect(ChangesWording(.en).moverRows(movers, name: name) == [
            ["Amt", "degree", "3 → 1", "1 → 3"], ["VHS · Verein", "degree", "4 → 2", "0 → 1"],
        ])
    }
}
