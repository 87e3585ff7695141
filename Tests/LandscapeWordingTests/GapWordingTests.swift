import Testing
import LandscapeCore
import LandscapeWording

/// How gaps, suggestions and the what-if table are worded, German and English, from typed facts.
@Suite("Gap wording")
struct GapWordingTests {
    /// Actors a … f named "Träger A" …, and a committee whose name carries guillemets.
    static let landscape = Landscape(
        actors: ["a", "b", "c", "d", "e", "f"].map { Actor(id: ActorID($0), name: "Träger \($0.uppercased())", kind: .institution) }
            + [Actor(id: "k", name: "Lenkungsgruppe »Bildung«", kind: .committee)],
        ties: [])

    static let cutPoint = Gap(severity: .high, actors: ["k", "a", "b", "c", "d"],
                              reason: .cutPoint(actor: "k", cutOff: ["a", "b", "c", "d"]))

    @Test("A cut point in both languages: names quoted once, long lists end in »und 2 weiteren« (dative after »zu«) / »and 2 more«")
    func cutPointWords() {
        let german = Language.de.gapWording
        #expect(german.explanation(Self.cutPoint, in: Self.landscape)
            == "Ohne »Lenkungsgruppe „Bildung“« wären »Träger A«, »Träger B«, »Träger C« und »Träger D« vom Rest der Bildungslandschaft abgeschnitten: Alles zwischen ihnen läuft über diesen einen Akteur.")
        #expect(german.action(Self.cutPoint, in: Self.landscape).hasPrefix("Eine zweite Verbindung zu »Träger A«, »Träger B« und 2 weiteren schaffen"))
        let english = Language.en.gapWording
        #expect(english.action(Self.cutPoint, in: Self.landscape).hasPrefix("Create a second link to »Träger A«, »Träger B« and 2 more that"))
        #expect(german.typeName(.cutPoint) == "Schlüsselstelle ohne Ersatz" && english.severityName(.high) == "urgent")
    }

    @Test("A group hole's expected count: decimal comma in German, point in English; groups named in the sentence")
    func groupHoleWords() {
        let hole = Gap(severity: .high, actors: [], reason: .groupHole(attribute: .kind, a: "association", b: "office", observed: 0, expected: 12.0 * 16 / 28))
        #expect(Language.de.gapWording.explanation(hole, in: Self.landscape)
            == "Zwischen Vereinen/Verbänden und kommunalen Ämtern gibt es keine einzige Verbindung; bei zufälliger Mischung wären etwa 6,9 zu erwarten.")
        #expect(Language.en.gapWording.explanation(hole, in: Self.landscape)
            == "There is no tie at all between associations and offices; with random mixing one would expect about 6.9.")
    }

    @Test("A programme's end: date, positions, funding ties, and the share of pairs lost")
    func programmeWords() throws {
        let until = try #require(PartialDate(parsing: "2021-12"))
        let gap = Gap(severity: .high, actors: [], reason: .programDependency(
            program: "k", until: until, ended: true, positions: ["a"], fundingTies: 2, cutOff: ["b"], brokers: [], committees: [], pairsLostShare: 0.125))
        #expect(Language.de.gapWording.explanation(gap, in: Self.landscape)
            == "»Lenkungsgruppe „Bildung“« ist im Dezember 2021 ausgelaufen; damit entfallen die Stelle »Träger A« und 2 Förderbeziehungen. Ohne das Programm: »Träger B« wäre abgeschnitten; 12,5 % der verbundenen Akteurspaare verlören ihre Verbindung.")
        #expect(Language.en.gapWording.explanation(gap, in: Self.landscape)
            == "“Lenkungsgruppe »Bildung«” ended in December 2021; with it go the position »Träger A« and 2 funding ties. Then »Träger B« would be cut off; 12.5 % of the connected pairs of actors would lose their connection.")
    }

    @Test("German verbs follow the count: one actor »ist«/»wäre«, several »sind«/»wären«; English alike")
    func countedVerbs() throws {
        let one = Gap(severity: .low, actors: [], reason: .pendant(anchor: "k", actors: ["a"]))
        let two = Gap(severity: .low, actors: [], reason: .pendant(anchor: "k", actors: ["a", "b"]))
        #expect(Language.de.gapWording.explanation(one, in: Self.landscape).hasPrefix("»Träger A« ist nur über"))
        #expect(Language.de.gapWording.explanation(two, in: Self.landscape).hasPrefix("»Träger A« und »Träger B« sind nur über"))
        #expect(Language.en.gapWording.explanation(two, in: Self.landscape).hasPrefix("»Träger A« and »Träger B« are tied"))
        let until = try #require(PartialDate(parsing: "2027-07"))
        let programme = Gap(severity: .high, actors: [], reason: .programDependency(
            program: "k", until: until, ended: false, positions: [], fundingTies: 0, cutOff: ["a", "b"], brokers: ["c"], committees: ["d"], pairsLostShare: nil))
        #expect(Language.de.gapWording.explanation(programme, in: Self.landscape)
            == "»Lenkungsgruppe „Bildung“« endet im Juli 2027; damit entfällt nichts, was in der Bildungslandschaft erfasst ist. Ohne das Programm: »Träger A« und »Träger B« wären abgeschnitten; ein Vermittler ginge verloren (»Träger C«); »Träger D« behielte weniger als zwei Mitglieder.")
    }

    @Test("Counts in sentences are written in the language's digits")
    func countedDigits() {
        let hole = Gap(severity: .low, actors: [], reason: .groupHole(attribute: .municipality, a: "Weimar", b: "Jena", observed: 1_234, expected: 2_345.67))
        #expect(Language.en.gapWording.explanation(hole, in: Self.landscape)
            == "Only 1,234 ties link Weimar and Jena, far fewer than the 2,345.7 expected with random mixing.")
        #expect(Language.de.gapWording.explanation(hole, in: Self.landscape)
            == "Nur 1.234 Verbindungen bestehen zwischen Weimar und Jena – weit weniger als die 2.345,7, die bei zufälliger Mischung zu erwarten wären.")
    }

    @Test("Suggestion reasons and closed gaps, German and English")
    func suggestionWords() {
        let de = Language.de.suggestionWording, en = Language.en.suggestionWording
        #expect(de.reason(.commonPartners(["a", "b", "c", "d"], score: 1), in: Self.landscape)
            == "4 gemeinsame Partner (»Träger A«, »Träger B«, »Träger C« und ein weiterer)")
        #expect(en.reason(.commonPartners(["a"], score: 1), in: Self.landscape) == "1 common partner (»Träger A«)")
        #expect(de.reason(.complementary(.office, .foundation), in: Self.landscape) == "ergänzen sich: Amt und Stiftung")
        #expect(en.reason(.sharedTags(["Schulbau", "Kita"]), in: Self.landscape) == "shared topics or target groups: »Schulbau«, »Kita«")
        #expect(de.closedGap(.relievesCutPoint("a"), in: Self.landscape) == "schafft einen zweiten Weg an »Träger A« vorbei")
        #expect(en.closedGap(.fillsGroupHole(attribute: .sector, a: "school", b: "adult"), in: Self.landscape)
            == "fills the hole between school and adult education")
        #expect(Suggestion.ClosedGap.coordinates(tag: "Kita").type == .uncoordinated)
    }

    @Test("What-if labels: the English ones are the command's keywords of old, the German ones translate them")
    func whatIfWords() {
        #expect(Language.en.whatIfWording.beforeColumn == "before" && Language.de.whatIfWording.afterColumn == "nachher")
        #expect(Language.en.whatIfWording.committeesBelowTwoLabel == "committees left with fewer than two members")
    }
}
