import Testing
@testable import LandscapeCore

@Suite("Vocabularies: kinds, tie kinds, sectors")
struct VocabularyTests {
    @Test("German aliases from docs/format.md map to the canonical kinds, in any letter case", arguments: [
        ("Amt", ActorKind.office), ("STABSSTELLE", .office), ("Dezernat", .office), ("Fachdienst", .office),
        ("Behörde", .agency), ("Schulamt", .agency), ("Jobcenter", .agency), ("Ministerium", .agency),
        ("Kreistag", .politics), ("Fraktion", .politics), ("Lenkungsgruppe", .committee),
        ("runder tisch", .committee), ("Runder_Tisch", .committee), ("Bündnis", .committee),
        ("Stiftung", .foundation), ("Initiative", .association), ("Netzwerk", .association),
        ("Volkshochschule", .institution), ("Bildungsträger", .institution), ("Kammer", .business),
        ("Förderprogramm", .program), ("Institut", .research), ("Sonstige", .other), ("committee", .committee),
        ("Instrument", .resource), ("Angebotsübersicht", .resource), ("Bericht", .resource), ("Portal", .resource),
        ("Datenbank", .resource), ("Leitfaden", .resource), ("Produkt", .resource), ("resource", .resource),
        ("Veranstaltung", .event), ("Fachtag", .event), ("FACHFORUM", .event), ("Konferenz", .event),
        ("Tagung", .event), ("Forum", .event), ("event", .event),
    ])
    func actorKinds(text: String, kind: ActorKind) {
        #expect(ActorKind(parsing: text) == kind)
    }

    @Test("Tie kinds and their direction")
    func tieKinds() {
        #expect(TieKind(parsing: "Mitglied") == .member)
        #expect(TieKind(parsing: "Förderung") == .funding)
        #expect(TieKind(parsing: "steuerung") == .steering)
        #expect(TieKind(parsing: "Austausch") == .exchange)
        #expect(TieKind(parsing: "Vereinbarung") == .agreement)
        #expect(TieKind(parsing: "Kooperation") == .cooperation)
        #expect(TieKind(parsing: "pflegt") == .maintains)
        #expect(TieKind(parsing: "erstellt") == .maintains)
        #expect(TieKind(parsing: "betreibt") == .maintains)
        #expect(TieKind(parsing: "nutzt") == .uses)
        #expect(TieKind(parsing: "nimmt teil") == .attends)
        #expect(TieKind(parsing: "nimmt_teil") == .attends)
        #expect(TieKind.allCases.filter(\.isDirected) == [.member, .funding, .steering, .maintains, .uses, .attends])
    }

    @Test("Resources and events are the kinds that are not actors")
    func elementKinds() {
        #expect(ActorKind.allCases.filter { !$0.isActor } == [.resource, .event])
    }

    @Test("Sectors accept German names")
    func sectors() {
        #expect(Sector(parsing: "Frühkindliche Bildung") == .earlyChildhood)
        #expect(Sector(parsing: "early-childhood") == .earlyChildhood)
        #expect(Sector(parsing: "Erwachsenenbildung") == .adult)
        #expect(Sector(parsing: "non-formal") == .nonFormal)
        #expect(Sector(parsing: "Kindergarten") == nil)
    }

    @Test("Typos get a suggestion; unrelated words do not")
    func suggestions() {
        #expect(ActorKind.closest(to: "Stifung") == "Stiftung")
        #expect(ActorKind.closest(to: "comittee") == "committee")
        #expect(TieKind.closest(to: "Förderunk") == "Förderung")
        #expect(ActorKind.closest(to: "Raumschiff") == nil)
    }

    @Test("Edit distance (optimal string alignment), checked by hand")
    func distance() {
        #expect(editDistance("kitten", "sitting") == 3)
        #expect(editDistance("ab", "ba") == 1)  // one transposition
        #expect(editDistance("", "abc") == 3)
        #expect(editDistance("Amt", "amt") == 0)  // case-insensitive
        #expect(editDistance("Bündniss", "Bündnis") == 1)
    }
}
