import LandscapeCore
import Testing
@testable import LandscapeRender

/// The overview of a large landscape and the diagram of one group.
@Suite("Overview and group diagrams")
struct OverviewTests {
    /// Three towns of 25 associations each, every town a path of 24 ties, Asbach's first actor
    /// tied to Bergheim's first, Bergheim's sixth to Celle's first (so no association reaches
    /// two other towns); a committee in Asbach with a member from each town: 76 actors, above
    /// the threshold.
    static let landscape: Landscape = {
        let towns = ["Asbach", "Bergheim", "Celle"]
        var actors: [Actor] = [], ties: [Tie] = []
        for town in towns {
            for n in 0..<25 {
                actors.append(Actor(id: ActorID("\(town)-\(n)"), name: "Verein \(n) in \(town)", kind: .association, municipality: town))
                if n > 0 { ties.append(Tie(from: ActorID("\(town)-\(n - 1)"), to: ActorID("\(town)-\(n)"))) }
            }
        }
        ties.append(Tie(from: "Asbach-0", to: "Bergheim-0"))
        ties.append(Tie(from: "Bergheim-5", to: "Celle-0"))
        actors.append(Actor(id: "rat", name: "Bildungsbeirat", kind: .committee, municipality: "Asbach"))
        for town in towns { ties.append(Tie(from: ActorID("\(town)-3"), to: "rat", kind: .member)) }
        return Landscape(title: "Kreis", language: .de, actors: actors, ties: ties)
    }()

    @Test("Above 60 actors: a node per town with its count, the committee on its own, bundles counted")
    func aggregated() throws {
        let diagram = try DiagramBuilder().overview(Self.landscape, options: DiagramOptions())
        let labels = diagram.nodes.compactMap { node -> String? in
            if case .text(let text, _)? = node.attributes["label"] { return text }
            return nil
        }
        // Asbach keeps 25 actors (the committee is drawn on its own); by hand, as above.
        #expect(labels == ["Asbach\n25 Akteure", "Bergheim\n25 Akteure", "Celle\n25 Akteure", "Bildungsbeirat"])
        #expect(diagram.nodes.last?.actor == ActorID("rat"))
        // Bundles: Asbach–Bergheim 1, Bergheim–Celle 1, and the committee to each town 1; a
        // single tie carries no number.
        #expect(diagram.edges.count == 5)
        let counts = diagram.edges.compactMap { edge -> String? in
            if case .text(let text, _)? = edge.attributes["label"] { return text }
            return nil
        }
        #expect(counts.isEmpty)
        let legend = diagram.legend?.tall.nodes.compactMap { node -> String? in
            if case .text(let text, _)? = node.node.attributes["label"] { return text }
            return nil
        } ?? []
        #expect(legend.contains("Bergheim"), "the legend names each group: \(legend)")
    }

    @Test("Up to 60 actors the overview is the ordinary diagram")
    func small() throws {
        let landscape = canonicalLandscape()
        #expect(try DiagramBuilder().overview(landscape, options: DiagramOptions()) == DiagramBuilder().build(landscape, options: DiagramOptions()))
    }

    @Test("One group's diagram: its actors only, titled with its name; an unknown group names the groups")
    func group() throws {
        let diagram = try DiagramBuilder().group("Celle", of: Self.landscape, options: DiagramOptions())
        #expect(diagram.nodes.count == 25)
        #expect(diagram.edges.count == 24)
        guard case .lines(let lines)? = diagram.title["label"] else { Issue.record("no title"); return }
        #expect(lines.first?.text == "Kreis · Celle")
        #expect(throws: DiagramError.unknownGroup("Dorf", groups: ["Asbach", "Bergheim", "Celle"])) {
            try DiagramBuilder().group("Dorf", of: Self.landscape, options: DiagramOptions())
        }
    }

    @Test("Names wrap to at most three lines")
    func threeLines() {
        let name = "Arbeitskreis der Träger der freien Jugendhilfe und der Schulsozialarbeit im Landkreis Weimarer Land"
        #expect(wrapLabel(name).split(separator: "\n").count == 3)
        #expect(wrapLabel("Jobcenter") == "Jobcenter")
    }
}
