import LandscapeCore
import Testing
@testable import LandscapeRender

@Suite("The diagram of a landscape")
struct DiagramTests {
    let builder = DiagramBuilder()

    func build(_ landscape: Landscape = canonicalLandscape(), _ options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        try builder.build(landscape, options: options)
    }

    @Test("Golden: the canonical landscape in German, every kind and tie kind")
    func goldenGerman() throws {
        expectSnapshot(snapshot(try build()), named: "canonical-de")
    }

    @Test("Golden: steering view in English, sized by degree, clustered by municipality, one actor highlighted")
    func goldenSteering() throws {
        let options = DiagramOptions(view: .steering, sizing: .degree, clusterBy: .municipality, highlight: ["amt"], language: .en)
        expectSnapshot(snapshot(try build(canonicalLandscape(), options)), named: "steering-en")
    }

    @Test("One node per actor and one edge per tie, with stable SVG ids and classes")
    func oneElementEach() throws {
        let landscape = canonicalLandscape()
        let diagram = try build(landscape)
        #expect(diagram.nodes.map(\.actor) == landscape.actors.map(\.id))
        #expect(diagram.edges.map(\.tie) == Array(landscape.ties.indices))
        #expect(diagram.nodes.first?.attributes.value("id") == "actor-stadtrat")
        #expect(diagram.nodes.first?.attributes.value("class") == "actor politics")
        #expect(diagram.edges.first?.attributes.value("id") == "tie-0")
        #expect(diagram.edges[3].attributes.value("class") == "tie member formal")
        #expect(Set(diagram.nodes.map(\.name)).count == diagram.nodes.count)
    }

    @Test("Arrows only on directed kinds; formal ties and agreements as a double line; width by weight")
    func edgeStyles() throws {
        let landscape = canonicalLandscape()
        let diagram = try build(landscape)
        for edge in diagram.edges {
            guard let index = edge.tie else { continue }
            let tie = landscape.ties[index]
            #expect(edge.attributes.value("dir") == (tie.kind.isDirected ? "forward" : "none"), "\(tie.kind)")
            let double = edge.attributes.value("color")?.contains(":#FFFFFF:") ?? false
            #expect(double == (tie.formal || tie.kind == .agreement), "\(tie.kind) formal=\(tie.formal)")
        }
        // cooperation, weight 3: 1.2 × √3 ≈ 2.08
        #expect(diagram.edges[6].attributes.value("penwidth") == "2.08")
        // funding, weight 2: 1.6 × √2 ≈ 2.26
        #expect(diagram.edges[4].attributes.value("penwidth") == "2.26")
    }

    @Test("dot ranks committees above their members: member ties are turned round, arrow kept at the committee")
    func membersReversedForDot() throws {
        let diagram = try build(canonicalLandscape(), DiagramOptions(engine: .dot))
        let member = diagram.edges[1]
        #expect(member.tail == "a3" && member.head == "a1")
        #expect(member.attributes.value("dir") == "back")
        #expect(member.attributes.value("arrowtail") == "onormal")
    }

    @Test("User text travels only as .text and .tooltip values, never as a literal value")
    func userTextIsTyped() throws {
        var landscape = canonicalLandscape()
        landscape = Landscape(title: "\"]; node [shape=box", language: .de, actors: landscape.actors + [
            Actor(id: "evil", name: "\"]; node [shape=box", kind: .other, municipality: "<b>&amp;</b>"),
        ], ties: landscape.ties)
        let diagram = try build(landscape, DiagramOptions(clusterBy: .municipality))
        let all = [diagram.graph, diagram.title] + diagram.nodes.map(\.attributes) + diagram.clusters.map(\.attributes)
        for attributes in all {
            for entry in attributes.entries {
                if case .value(let text) = entry.value {
                    #expect(!text.contains("\""), "\(entry.name)=\(text)")
                    #expect(!text.contains("<b>"), "\(entry.name)=\(text)")
                }
            }
        }
        #expect(diagram.clusters.contains { $0.attributes["label"] == .text("<b>&amp;</b>") })
        #expect(diagram.nodes.last?.attributes.value("id") == "actor-evil")
    }

    @Test("German legend and title for a German landscape; --lang en overrides")
    func languages() throws {
        let german = try build()
        let texts = legendTexts(german)
        #expect(texts.contains("Legende"))
        #expect(texts.contains("Gremium"))
        #expect(texts.contains("Verein/Verband"))
        #expect(texts.contains("Förderprogramm"))
        #expect(texts.contains("Mitgliedschaft"))
        #expect(texts.contains("Doppellinie: schriftlich vereinbart"))
        guard case .lines(let lines)? = german.title["label"] else { Issue.record("no title"); return }
        #expect(lines.map(\.text) == ["Bildungslandschaft Musterstadt", "Stand August 2019 · 11 Akteure, 12 Beziehungen"])

        let english = try build(canonicalLandscape(), DiagramOptions(language: .en))
        let englishTexts = legendTexts(english)
        #expect(englishTexts.contains("Legend"))
        #expect(englishTexts.contains("Committee"))
        #expect(englishTexts.contains("double line: written agreement"))
    }

    @Test("The legend lists only the kinds and tie kinds present")
    func legendOnlyPresent() throws {
        let landscape = Landscape(language: .de, actors: [
            Actor(id: "a", name: "A", kind: .office), Actor(id: "b", name: "B", kind: .foundation),
        ], ties: [Tie(from: "b", to: "a", kind: .funding)])
        let texts = legendTexts(try build(landscape))
        #expect(texts == ["Legende", "Akteure", "Amt/Verwaltung", "Stiftung", "Beziehungen", "Förderung"])
    }

    @Test("Resources and events have their own shapes and legend rows, their ties their own lines")
    func resourcesAndEvents() throws {
        let landscape = Landscape(language: .de, actors: [
            Actor(id: "amt", name: "Amt", kind: .office), Actor(id: "vhs", name: "VHS", kind: .institution),
            Actor(id: "portal", name: "Migrationsportal", kind: .resource), Actor(id: "fachtag", name: "Fachtag", kind: .event),
        ], ties: [
            Tie(from: "amt", to: "portal", kind: .maintains), Tie(from: "vhs", to: "portal", kind: .uses),
            Tie(from: "vhs", to: "fachtag", kind: .attends),
        ])
        let diagram = try build(landscape)
        #expect(diagram.nodes[2].attributes.value("shape") == "box")
        #expect(diagram.nodes[2].attributes.value("style") == "filled,diagonals")
        #expect(diagram.nodes[3].attributes.value("shape") == "box")
        #expect(diagram.nodes[3].attributes.value("class") == "actor event")
        #expect(diagram.edges.map { $0.attributes.value("dir") } == ["forward", "forward", "forward"])
        #expect(legendTexts(diagram) == [
            "Legende", "Akteure", "Amt/Verwaltung", "Einrichtung", "Instrument", "Veranstaltung",
            "Beziehungen", "Pflege", "Nutzung", "Teilnahme",
        ])
        let english = legendTexts(try build(landscape, DiagramOptions(language: .en)))
        #expect(english.suffix(6) == ["Resource", "Event", "Ties", "Maintenance", "Use", "Attendance"])
    }

    @Test("--at draws the landscape of that day")
    func atDay() throws {
        let options = DiagramOptions(day: CalendarDay(year: 2016, month: 1, day: 1))
        let diagram = try build(canonicalLandscape(), options)
        #expect(!diagram.nodes.contains { $0.actor == "sonst" })
        #expect(!diagram.edges.contains { $0.tie == 11 })
        #expect(diagram.nodes.count == 10)
        guard case .lines(let lines)? = diagram.title["label"] else { Issue.record("no title"); return }
        #expect(lines[1].text == "am 1. Januar 2016 · 10 Akteure, 11 Beziehungen")
    }

    @Test("The steering view keeps steering, membership and funding ties and says whom it leaves out")
    func steeringView() throws {
        let diagram = try build(canonicalLandscape(), DiagramOptions(view: .steering))
        #expect(diagram.engine == .dot)
        #expect(diagram.edges.compactMap(\.tie) == [0, 1, 2, 3, 4, 5])
        #expect(Set(diagram.nodes.compactMap(\.actor)) == ["stadtrat", "amt", "schulamt", "lenkung", "vhs", "programm", "stiftung", "verein"])
        #expect(diagram.notes == [.leftOutOfView(3)])
    }

    @Test("--ego draws the neighbourhood up to the depth; the centre stands out, nothing fades")
    func ego() throws {
        let one = try build(canonicalLandscape(), DiagramOptions(ego: .init(center: "stiftung", depth: 1)))
        #expect(Set(one.nodes.compactMap(\.actor)) == ["stiftung", "verein", "amt"])
        #expect(one.nodes.first { $0.actor == "stiftung" }?.attributes.value("penwidth") == "3")
        #expect(one.nodes.allSatisfy { $0.attributes.value("fontcolor") == nil })
        let two = try build(canonicalLandscape(), DiagramOptions(ego: .init(center: "stiftung", depth: 2)))
        #expect(two.nodes.count == 9)
    }

    @Test("--highlight emphasises and fades the rest")
    func highlight() throws {
        let diagram = try build(canonicalLandscape(), DiagramOptions(highlight: ["lenkung"]))
        let lenkung = try #require(diagram.nodes.first { $0.actor == "lenkung" })
        #expect(lenkung.attributes.value("penwidth") == "3")
        let stadtrat = try #require(diagram.nodes.first { $0.actor == "stadtrat" })
        #expect(stadtrat.attributes.value("fontcolor") == Look.fadedText.hex)
        #expect(stadtrat.attributes.value("fillcolor")?.count == 9) // #RRGGBBAA
        #expect(diagram.edges[1].attributes.value("color") == TieStyle.of(.member).color.hex)
        #expect(diagram.edges[0].attributes.value("color") == Look.fadedLine.hex)
        #expect(legendTexts(diagram).contains("hervorgehoben"))
    }

    @Test("Unknown and hidden ids are errors with guidance", arguments: [
        (DiagramOptions(highlight: ["lenkun"]), DiagramError.unknownActor("lenkun", option: "--highlight", suggestion: "lenkung")),
        (DiagramOptions(ego: .init(center: "nobody-at-all")), DiagramError.unknownActor("nobody-at-all", option: "--ego", suggestion: nil)),
        (DiagramOptions(highlight: ["sonst"], day: CalendarDay(year: 2019, month: 1, day: 1)), DiagramError.actorNotShown("sonst", option: "--highlight", reason: .inactive(on: CalendarDay(year: 2019, month: 1, day: 1)!))),
        (DiagramOptions(view: .steering, ego: .init(center: "institut")), DiagramError.actorNotShown("institut", option: "--ego", reason: .noTiesOfView(.steering))),
        (DiagramOptions(ego: .init(center: "amt", depth: 0)), DiagramError.invalidDepth(0)),
        (DiagramOptions(engine: .circo, clusterBy: .kind), DiagramError.engineIgnoresClusters(.circo)),
        (DiagramOptions(labels: .top(0)), DiagramError.invalidLabelCount(0)),
    ])
    func errors(options: DiagramOptions, expected: DiagramError) {
        #expect(throws: expected) { try builder.build(canonicalLandscape(), options: options) }
    }

    @Test("Error messages are guidance")
    func messages() {
        #expect(DiagramError.unknownActor("lenkun", option: "--highlight", suggestion: "lenkung").description == "--highlight: no actor has the id 'lenkun'; did you mean 'lenkung'?")
        #expect(DiagramError.engineIgnoresClusters(.circo).description == "--engine circo does not keep clusters together; with --cluster-by use one of dot, neato, fdp, sfdp, osage (or leave --engine out)")
    }

    @Test("--size-by degree: distinct neighbours, parallel ties once; sizes grow with the square root")
    func degreeSizes() throws {
        let landscape = canonicalLandscape()
        let scope = try DiagramScope(landscape, options: DiagramOptions())
        let degrees = Dictionary(uniqueKeysWithValues: zip(scope.actors.map { landscape.actors[$0].id }, scope.distinctNeighbourCounts()))
        // amt: stadtrat, lenkung, programm, vhs (cooperation and exchange: once), stiftung, institut
        #expect(degrees["amt"] == 6)
        #expect(degrees["vhs"] == 3)
        #expect(degrees["sonst"] == 1)
        let diagram = try build(landscape, DiagramOptions(sizing: .degree))
        #expect(diagram.nodes[1].attributes.value("fontsize") == "18")  // the largest
        // sonst: degree 1 of 6 → 10 + 8·√(1/6) ≈ 13.27
        #expect(diagram.nodes[10].attributes.value("fontsize") == "13.27")
    }

    @Test("Sizes from an outside measure, with its name in the legend")
    func outsideScores() throws {
        let scores = ActorScores(measure: LocalizedText(english: "betweenness", german: "Vermittlung"), values: ["lenkung": 4, "amt": 1])
        let diagram = try build(canonicalLandscape(), DiagramOptions(sizing: .scores(scores)))
        #expect(diagram.nodes[3].attributes.value("fontsize") == "18")
        #expect(diagram.nodes[0].attributes.value("fontsize") == "10")
        #expect(legendTexts(diagram).contains("Größe: Vermittlung"))
    }

    @Test("Labels: none, top:N by degree, and thinning above the large-landscape limit")
    func labels() throws {
        let none = try build(canonicalLandscape(), DiagramOptions(labels: DiagramOptions.Labels.none))
        #expect(none.nodes.allSatisfy { $0.attributes["label"] == .text("") && $0.attributes.value("fixedsize") == "true" })
        let top = try build(canonicalLandscape(), DiagramOptions(labels: .top(1)))
        #expect(top.nodes.filter { $0.attributes["label"] != .text("") }.map(\.actor) == ["amt"])
        #expect(top.notes == [.labelsThinned(shown: 1, total: 11)])
        let large = generatedLandscape(actors: LayoutEngine.largeLandscape + 1)
        let thinned = try build(large)
        #expect(thinned.engine == .sfdp)
        #expect(thinned.nodes.filter { $0.attributes["label"] != .text("") }.count == 150)
    }

    @Test("Names wrap at spaces; ids keep [A-Za-z0-9-] and stay distinct")
    func textLayout() {
        #expect(wrap("Dezernat für Bildung, Jugend, Kultur und Soziales", width: 22) == "Dezernat für Bildung,\nJugend, Kultur und\nSoziales")
        #expect(wrap("Kurz", width: 22) == "Kurz")
        #expect(wrap("Zeile eins\nZeile zwei", width: 22) == "Zeile eins\nZeile zwei")
        #expect(SafeIdentifier.make("actor-", "Jugendamt Jena") == "actor-Jugendamt_20Jena")
        #expect(SafeIdentifier.make("actor-", "ä_&\"<") == "actor-_C3_A4_5F_26_22_3C")
        #expect(SafeIdentifier.make("actor-", "a_20") != SafeIdentifier.make("actor-", "a "))
    }

    @Test("Engines: dot for the steering view, neato up to 300 actors, sfdp above")
    func automaticEngine() {
        #expect(LayoutEngine.automatic(actors: 10, view: .steering, clustered: false) == .dot)
        #expect(LayoutEngine.automatic(actors: 300, view: .network, clustered: true) == .neato)
        #expect(LayoutEngine.automatic(actors: 301, view: .network, clustered: false) == .sfdp)
        #expect(!LayoutEngine.circo.keepsClusters)
        #expect(!LayoutEngine.fdp.isReproducible(clustered: true))
    }

    @Test("Colour by municipality: one hue per municipality, the largest first; beyond thirteen, 'others'")
    func colourByMunicipality() throws {
        // Kommune m has m + 1 actors: 14 … 2 get the 13 colours of GroupPalette, 1 and 0 share grey.
        let actors = (0..<15).flatMap { m in (0...m).map { i in Actor(id: ActorID("m\(m)-\(i)"), name: "A", kind: .office, municipality: "Kommune \(m)") } }
        let diagram = try build(Landscape(language: .de, actors: actors, ties: []), DiagramOptions(colorBy: .municipality))
        #expect(diagram.notes == [.groupsShareColour(2)])
        let texts = legendTexts(diagram)
        #expect(texts.contains("Farbe: Kommune"))
        #expect(texts.contains("Kommune 14") && texts.contains("Kommune 2"))
        #expect(!texts.contains("Kommune 1"))
        #expect(texts.contains("weitere: 2 kleinere Gruppen"))
        let fills = Set(diagram.nodes.compactMap { $0.attributes.value("fillcolor") })
        #expect(fills.count == 14)
    }

    @Test("Clusters: one labelled box per group, in a stable order; actors without a group stay outside")
    func clusters() throws {
        let diagram = try build(canonicalLandscape(), DiagramOptions(clusterBy: .municipality))
        #expect(diagram.clusters.map(\.name) == ["cluster_0", "cluster_1"])
        #expect(diagram.clusters.map { $0.attributes["label"] } == [.text("Land"), .text("Musterstadt")])
        #expect(diagram.clusters[0].members == ["a2", "a7"])
        let bySector = try build(canonicalLandscape(), DiagramOptions(clusterBy: .sector))
        #expect(bySector.clusters.map { $0.attributes["label"] } == [.text("Schule"), .text("Berufliche Bildung"), .text("Hochschule"), .text("Erwachsenenbildung"), .text("Non-formale Bildung")])
    }

    @Test("An empty landscape: a title, no legend")
    func empty() throws {
        let diagram = try build(Landscape(actors: [], ties: []))
        #expect(diagram.nodes.isEmpty && diagram.edges.isEmpty && diagram.legend == nil)
        guard case .lines(let lines)? = diagram.title["label"] else { Issue.record("no title"); return }
        #expect(lines.map(\.text) == ["Education landscape", "0 actors, 0 ties"])
    }

    @Test("The same landscape and options give the same diagram")
    func deterministic() throws {
        let options = DiagramOptions(colorBy: .municipality, sizing: .degree, clusterBy: .kind)
        #expect(try build(canonicalLandscape(), options) == build(canonicalLandscape(), options))
    }

    func legendTexts(_ diagram: Diagram) -> [String] {
        diagram.legend?.tall.nodes.compactMap { item in
            if case .text(let text, .left)? = item.node.attributes["label"], !text.isEmpty { return text }
            return nil
        } ?? []
    }
}

/// `actors` offices in a ring with chords, for scale tests.
func generatedLandscape(actors count: Int) -> Landscape {
    let actors = (0..<count).map { Actor(id: ActorID("a\($0)"), name: "Akteur \($0)", kind: ActorKind.allCases[$0 % ActorKind.allCases.count], municipality: "Kommune \($0 % 12)") }
    var ties: [Tie] = []
    for i in 0..<count {
        ties.append(Tie(from: ActorID("a\(i)"), to: ActorID("a\((i + 1) % count)"), kind: .cooperation))
        if i % 2 == 0 { ties.append(Tie(from: ActorID("a\(i)"), to: ActorID("a\((i * 7 + 3) % count)"), kind: TieKind.allCases[i % TieKind.allCases.count])) }
    }
    return Landscape(title: "Generated", language: .de, actors: actors, ties: ties.filter { $0.from != $0.to })
}

/// A planned tie (`status: planned`) is drawn as not existing yet.
extension DiagramTests {
    @Test("A planned tie is dashed and pale, says so in its tooltip and class, and has its legend row")
    func plannedDashedAndPale() throws {
        let canonical = canonicalLandscape()
        let index = try #require(canonical.ties.firstIndex { $0.kind == .cooperation })
        var ties = canonical.ties
        ties[index].status = .planned
        let landscape = Landscape(title: canonical.title, language: canonical.language, asOf: canonical.asOf, needs: canonical.needs,
                                  actors: canonical.actors, ties: ties)
        let diagram = try build(landscape)
        let edge = try #require(diagram.edges.first { $0.tie == index })
        #expect(edge.attributes.value("style") == "dashed")
        // Cooperation's #555555 mixed half way with white (TieStyle.plannedTint): 0x55 + (0xFF − 0x55) · 0.5 = 0xAA.
        #expect(edge.attributes.value("color") == "#AAAAAA")
        #expect(edge.attributes.value("class") == "tie cooperation planned")
        guard case .tooltip(let tooltip)? = edge.attributes["tooltip"] else { Issue.record("no tooltip"); return }
        #expect(tooltip.contains(" · geplant"))
        let row = "gestrichelt und blass: geplant, besteht noch nicht"
        #expect(legendTexts(diagram).contains(row))
        // Without a planned tie there is no such row.
        #expect(!legendTexts(try build()).contains(row))
    }
}
