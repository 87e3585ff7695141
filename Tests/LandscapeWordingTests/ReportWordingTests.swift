import LandscapeCore
import LandscapeWording
import Testing

@Suite("Report wording")
struct ReportWordingTests {
    func facts(betweenness: Double = 0, pagerankRatio: Double = 1, role: RoleFacts.HeldRole? = nil, cutOff: Int = 0,
               programme: RoleFacts.EndingProgramme? = nil) -> RoleFacts {
        RoleFacts(name: "Bündnis", kind: .committee, partners: 9, betweenness: betweenness, pagerankRatio: pagerankRatio,
                  mainRole: role, cutOff: cutOff, endingProgramme: programme)
    }

    @Test("Role clauses: partners first, a cut point instead of the bridging actor, replaceable only when nothing else applies")
    func clauses() {
        let quiet = facts().clauses
        #expect(quiet.count == 2)
        guard case .partners(9) = quiet.first, case .replaceable = quiet.last else {
            Issue.record("expected partners, then replaceable: \(quiet)")
            return
        }
        let cut = facts(betweenness: 0.3, cutOff: 4).clauses
        #expect(cut.count == 3)
        guard case .pathShare = cut[1], case .cutsOff(4) = cut[2] else {
            Issue.record("expected the path share, then the cut-off actors: \(cut)")
            return
        }
        let bridging = facts(betweenness: 0.25, pagerankRatio: 2.5,
                             programme: RoleFacts.EndingProgramme(name: "Bildung integriert", until: "2026")).clauses
        #expect(bridging.count == 5)
        guard case .bridgingActor = bridging[2], case .pointOfContact = bridging[3], case .dependsOn = bridging[4] else {
            Issue.record("expected bridging actor, point of contact, ending programme: \(bridging)")
            return
        }
    }

    @Test("Role sentences in both languages, the same decision worded")
    func roleSentences() {
        let cut = facts(betweenness: 0.3, cutOff: 1)
        #expect(Language.de.reportWording.roleSentence(cut)
            == "9 Partner. 30\u{00A0}% der kürzesten Verbindungen zwischen anderen Akteuren laufen über diese Stelle. Ohne diesen Akteur wäre 1 Akteur vom Rest abgeschnitten: eine Schlüsselstelle, die eine Vertretung und einen zweiten Weg braucht.")
        #expect(Language.en.reportWording.roleSentence(facts())
            == "9 partners. Well connected, but not irreplaceable: its partners are also tied to others.")
    }

    @Test("Counts in sentences are written in the language's digits, singular and plural by the count")
    func counts() {
        #expect(Language.de.reportWording.componentsMeaning(1_234, largestShare: 0.5, isolates: 1)
            == "Die Bildungslandschaft zerfällt in 1.234 Teile ohne Verbindung untereinander; der größte umfasst 50\u{00A0}% der Akteure. 1 Akteur hat gar keine Verbindung.")
        #expect(Language.en.reportWording.mixingCellTitle("offices", "offices", 1_234) == "offices with each other: 1,234 ties")
        #expect(Language.en.reportWording.distanceMeaning(2, diameter: 2).contains("the longest route passes 1 intermediary."))
        #expect(Language.de.reportWording.distanceMeaning(1, diameter: 1).contains("führt über keine Zwischenstationen."))
    }

    @Test("The report names gap types and levels as the gaps themselves do")
    func gapNames() {
        for language in Language.allCases {
            let report = language.reportWording, gaps = language.gapWording
            for type in GapType.allCases { #expect(report.gapTypeName(type) == gaps.typeName(type), "\(language): \(type)") }
            for severity in GapSeverity.allCases { #expect(report.severityName(severity) == gaps.severityName(severity)) }
        }
        #expect(Language.de.reportWording.methodGroups.contains { group in
            group.entries.contains { $0.term == "Schlüsselstelle ohne Ersatz" }
        })
    }

    @Test("A tile's place: no band for a single row or column; first, middle, last otherwise")
    func tilePlace() {
        #expect(TilePlace(row: 0, column: 0, rows: 1, columns: 3) == TilePlace(row: 0, column: 0, rows: 1, columns: 2))
        let middle = TilePlace(row: 1, column: 2, rows: 3, columns: 3)
        #expect(middle.vertical == .middle && middle.horizontal == .last)
        #expect(TilePlace(row: 0, column: 0, rows: 1, columns: 2).vertical == nil)
        #expect(Language.de.reportWording.tileCaption(2, of: 4, place: TilePlace(row: 0, column: 1, rows: 2, columns: 2))
            == "Ausschnitt 2 von 4 (oben rechts), vergrößert.")
        #expect(Language.en.reportWording.tileCaption(5, of: 9, place: middle) == "Part 5 of 9 (middle right), enlarged.")
    }

    @Test("Above a printed diagram too small to read: where its enlarged parts are, and when even they print under 7 pt, the screen")
    func tilesNote() {
        #expect(Language.de.reportWording.tilesNote(6, size: 8.2)
            == "Gedruckt sind die Namen in diesem Bild zu klein zum Lesen. Am Ende des Anhangs folgt es in 6 vergrößerten Ausschnitten, in denen die Namen etwa 8 pt groß sind.")
        #expect(Language.de.reportWording.tilesNote(4, size: 3.2).hasPrefix(
            "Gedruckt sind die Namen in diesem Bild zu klein zum Lesen; auch die 4 vergrößerten Ausschnitte am Ende des Anhangs zeigen sie nur etwa 3 pt groß."))
        #expect(Language.en.reportWording.tilesNote(4, size: 9.7).hasSuffix("in which the names are about 10 pt high."))
        #expect(Language.de.reportWording.groupCaption("ohne Kommune") == "Die Gruppe »ohne Kommune«.")
    }

    @Test("Every section has a heading, every kind, tie kind and sector a name, in both languages")
    func complete() {
        for language in [Language.de, .en] {
            let words = language.reportWording, strings = DiagramStrings.of(language)
            #expect(Set(ReportSection.allCases.map(words.heading)).count == ReportSection.allCases.count)
            for kind in ActorKind.allCases { #expect(strings.kinds[kind] != nil, "\(language): \(kind)") }
            for kind in TieKind.allCases { #expect(strings.tieKinds[kind] != nil, "\(language): \(kind)") }
            for sector in Sector.allCases { #expect(strings.sectors[sector] != nil, "\(language): \(sector)") }
        }
        #expect(DiagramStrings.of(.de).name(of: .betweenness) == "Zwischenzentralität")
        #expect(DiagramStrings.of(.en).name(of: .effectiveSize) == "effective_size")
    }

    @Test("The warning about a diagram not drawn quotes its caption without the caption's full stop")
    func diagramNotDrawn() {
        #expect(Language.en.reportWording.diagramNotDrawn("The steering structure.", reason: "no layout")
            == "the diagram “The steering structure” could not be drawn: no layout")
        #expect(Language.de.reportWording.diagramNotDrawn("Die Steuerungsstruktur.", reason: "kein Layout")
            == "das Diagramm »Die Steuerungsstruktur« konnte nicht gezeichnet werden: kein Layout")
        #expect(Language.en.reportWording.diagramNotDrawn("Overview", reason: "x") == "the diagram “Overview” could not be drawn: x")
    }
}
