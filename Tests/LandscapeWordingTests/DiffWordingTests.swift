import LandscapeCore
import LandscapeWording
import Testing

@Suite("The words of landscape diff")
struct DiffWordingTests {
    static let name: @Sendable (ActorID) -> String = { $0.rawValue.uppercased() }

    @Test("Counts choose their plural form; numbers are written in the language's digits")
    func counts() {
        #expect(DiffWording(.de).gapsUnchanged(count: 1) == "Eine Lücke besteht mit gleicher Dringlichkeit fort.")
        #expect(DiffWording(.de).gapsUnchanged(count: 1_200) == "1.200 Lücken bestehen mit gleicher Dringlichkeit fort.")
        #expect(DiffWording(.en).gapsUnchanged(count: 2) == "2 gaps persist with the same severity.")
        #expect(DiffWording(.de).sizes(actors: Change(old: 1_000, new: 1_001), ties: Change(old: 3, new: 3))
                == "Akteure 1.000 → 1.001, Beziehungen 3 → 3")
        #expect(DiffWording(.en).approximateNote(threshold: 5_000, epsilon: 0.05).hasPrefix("More than 5,000 actors"))
        #expect(Language.en.diffCommandWording.twoInputs(count: 1).contains("(one was given)"))
    }

    @Test("Field values: texts quoted, kinds named, lists joined, numbers and flags in the language")
    func values() {
        let german = DiffWording(.de), english = DiffWording(.en)
        #expect(german.value(.text("VHS"), name: Self.name) == "»VHS«")
        #expect(german.value(.kind(.committee), name: Self.name) == "Gremium")
        #expect(german.value(.number(0.5), name: Self.name) == "0,50" && german.value(.number(2), name: Self.name) == "2")
        #expect(german.value(.flag(true), name: Self.name) == "ja" && english.value(.flag(false), name: Self.name) == "no")
        #expect(english.value(.actors(["p", "q"]), name: Self.name) == "P, Q")
        #expect(english.value(nil, name: Self.name) == "–")
        #expect(german.value(.date(PartialDate(year: 2018, month: 3)!), name: Self.name) == "2018-03")
    }

    @Test("Lines of a change: an actor's field, a tie, a gap with its subject and who closed it")
    func lines() {
        let german = DiffWording(.de)
        let change = ActorFieldChange(id: "a", field: .name, value: Change(old: .text("Alt"), new: .text("Neu")))
        #expect(german.actorField(change, actorName: "Neu", name: Self.name) == "»Neu«: Name »Alt« → »Neu«")
        #expect(german.tie(Tie(from: "a", to: "k", kind: .member), name: Self.name) == "A → K (Mitgliedschaft)")
        #expect(german.tie(Tie(from: "a", to: "b"), name: Self.name) == "A – B (Kooperation)")
        let gap = Gap(severity: .high, actors: ["a", "b", "c"], groups: ["Weimar"],
                      reason: .planningSilo(municipality: "Weimar", fragments: [["a"], ["b", "c"]]))
        #expect(german.gap(gap, severity: Change(old: .high, new: .high), closedBy: ["Bündnis"], name: Self.name)
                == "[dringend] Getrennte Planungsbereiche (»Weimar«): »A«, »B« und »C«; geschlossen durch »Bündnis«")
        #expect(DiffWording(.en).gap(gap, severity: Change(old: .high, new: .low), name: Self.name)
                == "[urgent → minor] \(Language.en.gapWording.typeName(.planningSilo)) (»Weimar«): »A«, »B« and »C«")
        #expect(german.moversHeading([.betweenness, .degree]) == "Wer sich bewegt hat (Rang nach Zwischenzentralität und Partner (Grad))")
    }
}
