import Testing
import LandscapeCore
import LandscapeWording

/// The diagrams' words from the catalogs (diagrams.yaml): every term named in every language,
/// counts in the language's plural forms and digits.
@Suite("Diagram strings")
struct DiagramStringsTests {
    @Test("Every actor kind, tie kind and sector has a name of its own in every language")
    func everyTermNamed() {
        for language in Language.allCases {
            let strings = DiagramStrings.of(language)
            #expect(strings.language == language)
            for kind in ActorKind.allCases { #expect(strings.name(of: kind) != kind.rawValue, "\(language) \(kind)") }
            for kind in TieKind.allCases { #expect(strings.name(of: kind) != kind.rawValue, "\(language) \(kind)") }
            for sector in Sector.allCases { #expect(strings.name(of: sector) != sector.rawValue, "\(language) \(sector)") }
        }
        #expect(DiagramStrings.of(.en).name(of: .program) == "Funding programme" && DiagramStrings.of(.de).name(of: .member) == "Mitgliedschaft")
        #expect(DiagramStrings.of(.en).name(of: .betweenness) == "betweenness" && DiagramStrings.of(.de).name(of: .closeness) == "Nähe (Closeness)")
    }

    @Test("Counts: one and several, with the language's thousands separator")
    func counts() {
        let english = DiagramStrings.of(.en), german = DiagramStrings.of(.de)
        #expect(english.actorCount(1) == "1 actor" && english.actorCount(1_234) == "1,234 actors")
        #expect(german.tieCount(1) == "1 Beziehung" && german.tieCount(1_234) == "1.234 Beziehungen")
        #expect(german.leftOutOfSteering(1) == "1 Akteur ohne Steuerungs-, Mitgliedschafts- oder Förderbeziehung nicht gezeigt")
        #expect(english.leftOutOfSteering(3) == "3 actors without steering, membership or funding ties not shown")
        #expect(english.labelsThinned(40, 1_200) == "names of the 40 best-connected of 1,200 actors")
        #expect(german.othersGrouped(4) == "weitere: 4 kleinere Gruppen")
    }

    @Test("An ego neighbourhood: direct partners, or up to N steps")
    func neighbourhood() throws {
        let may2024 = try #require(PartialDate(year: 2024, month: 5))
        #expect(DiagramStrings.of(.en).neighbourhood("VHS", 1) == "neighbourhood of \u{201C}VHS\u{201D} (direct partners)")
        #expect(DiagramStrings.of(.de).neighbourhood("VHS", 2) == "Umfeld von »VHS« (bis 2 Schritte)")
        #expect(DiagramStrings.of(.de).asOf(may2024) == "Stand Mai 2024" && DiagramStrings.of(.en).sizeBy("core") == "size: core")
    }
}
