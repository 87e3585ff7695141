import LandscapeCore
import Testing
@testable import LandscapeRender

@Suite("The diagram of what changed, and diagrams pinned to its layout")
struct ChangesDiagramTests {
    /// The canonical landscape (new) and an older version: without »Sonstige Initiative«, with a
    /// Förderverein that left (its funding tie ended), the IHK's tie an exchange instead.
    static func versions() -> (old: Landscape, new: Landscape) {
        let new = canonicalLandscape()
        var actors = new.actors.filter { $0.id != "sonst" }
        actors.append(Actor(id: "alt", name: "Alter Förderkreis", kind: .association))
        var ties = new.ties.filter { $0.from != "sonst" && $0.from != "ihk" }
        ties += [Tie(from: "ihk", to: "vhs", kind: .exchange), Tie(from: "stiftung", to: "alt", kind: .funding)]
        return (Landscape(title: new.title, language: .de, actors: actors, ties: ties), new)
    }

    func changesDiagram(_ options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        let (old, new) = Self.versions()
        return try DiagramBuilder().build(ChangedLandscape(old: old, new: new), old: "2017", new: "2019-08", options: options)
    }

    @Test("Golden: the changes of the canonical landscape, in German")
    func golden() throws {
        expectSnapshot(snapshot(try changesDiagram()), named: "changes-de")
    }

    @Test("Every actor and tie of both sides, each classed by its change; the colour shows the change, not the kind")
    func statuses() throws {
        let diagram = try changesDiagram()
        let classes = Dictionary(uniqueKeysWithValues: diagram.nodes.map { ($0.actor?.rawValue ?? "", $0.attributes.value("class") ?? "") })
        #expect(classes["sonst"] == "actor other added")
        #expect(classes["alt"] == "actor association removed")
        #expect(classes["amt"] == "actor office kept")
        let edges = diagram.edges.map { $0.attributes.value("class") ?? "" }
        #expect(edges.filter { $0.hasSuffix(" added") } == ["tie cooperation added", "tie cooperation added"])
        #expect(edges.filter { $0.hasSuffix(" removed") } == ["tie exchange removed", "tie funding removed"])
        let left = try #require(diagram.nodes.first { $0.actor == "alt" })
        #expect(left.attributes.value("style")?.contains("dashed") == true)
        let joined = try #require(diagram.nodes.first { $0.actor == "sonst" })
        #expect(joined.attributes.value("penwidth") == "3")
        #expect(diagram.graph.value("notranslate") == "true")
    }

    @Test("The title names both sides and the counts; the legend has the shapes of the kinds and a sample of each change")
    func titleAndLegend() throws {
        let diagram = try changesDiagram(DiagramOptions(language: .en))
        guard case .lines(let lines)? = diagram.title["label"] else { Issue.record("no title lines"); return }
        #expect(lines.last?.text == "What changed: 2017 → 2019-08 · 1 actor joined, 1 left · 2 new ties, 2 ended")
        let texts = try #require(diagram.legend).tall.nodes.compactMap { item -> String? in
            if case .text(let text, _)? = item.node.attributes["label"], !text.isEmpty { return text }
            return nil
        }
        #expect(texts.contains("Since 2017"))
        #expect(texts.contains("joined (1)") && texts.contains("left (1)") && texts.contains("in both"))
        #expect(texts.contains("new tie (2)") && texts.contains("ended tie (2)") && texts.contains("tie in both"))
        #expect(!texts.contains("Cooperation"), "the line of a tie shows its change, not its kind")
    }

    @Test("Pinned to a layout: every actor at its place with all its digits, no engine, the frame kept")
    func pinned() throws {
        let diagram = try DiagramBuilder().build(Self.versions().old, options: DiagramOptions())
        let layout = DiagramLayout(actors: ["amt": Point(x: 14.617, y: -3), "vhs": Point(x: 100, y: 200.25)],
                                   drawing: Box(minX: -10, minY: -20, maxX: 300, maxY: 400))
        let pinned = diagram.pinned(to: layout)
        let positions = Dictionary(uniqueKeysWithValues: pinned.nodes.map { ($0.actor?.rawValue ?? "", $0.attributes.value("pos") ?? "") })
        #expect(positions["amt"] == "14.617,-3.0!")
        #expect(positions["vhs"] == "100.0,200.25!")
        // Actors the layout does not place stand in a row below its drawing.
        #expect(positions["stadtrat"] == "-10.0,-92.0!")
        #expect(positions["schulamt"] == "62.0,-92.0!")
        #expect(pinned.frame == layout.drawing && diagram.frame == nil)
        #expect(pinned.graph.value("notranslate") == "true")
        #expect(pinned.nodes.count == diagram.nodes.count && pinned.edges == diagram.edges && pinned.legend == diagram.legend)
    }
}
