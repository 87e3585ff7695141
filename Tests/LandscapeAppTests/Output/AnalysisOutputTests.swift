import LandscapeApp
import LandscapeCore
import LandscapeIO
import Testing

@Suite("Analysis output")
struct AnalysisOutputTests {
    /// A star: the hub `h` with three leaves, and one more actor `x` tied to leaf `a`.
    /// Betweenness by hand (undirected, normalised by (n−1)(n−2)/2 = 6): h lies on the paths
    /// a–b, a–c, b–c, b–x, c–x = 5 → 5/6; a lies on h–x, b–x, c–x = 3 → 3/6.
    static let star = Landscape(actors: ["h", "a", "b", "c", "x"].map {
        Actor(id: ActorID($0), name: $0.uppercased(), kind: .office)
    }, ties: [("h", "a"), ("h", "b"), ("h", "c"), ("a", "x")].map {
        Tie(from: ActorID($0.0), to: ActorID($0.1), kind: .cooperation)
    })

    @Test("The order by betweenness puts the hub first, then the actor that reaches x")
    func orderByBetweenness() {
        let result = Analysis.centrality(Self.star, AnalysisOptions(), measures: [.betweenness])
        let order = AnalysisOutput.order(result, landscape: Self.star, by: .betweenness)
        let ids = order.map { Self.star.actors[$0].id.rawValue }
        #expect(Array(ids.prefix(2)) == ["h", "a"])
        #expect(abs((result.actors[0].betweenness ?? 0) - 5.0 / 6.0) < 1e-9)
    }

    @Test("The JSON of central names every actor by id, with null for measures not computed")
    func centralJSON() {
        let result = Analysis.centrality(Self.star, AnalysisOptions(), measures: [.degree])
        let order = AnalysisOutput.order(result, landscape: Self.star, by: .degree)
        let json = AnalysisOutput.centralJSON(result, landscape: Self.star, order: order).serialized()
        for id in ["h", "a", "b", "c", "x"] { #expect(json.contains("\"\(id)\"")) }
        #expect(json.contains("null"))
    }
}
