import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording
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

    @Test("The table ranks the hub first, then the actor that reaches x; headings from the wording")
    func table() {
        let ranking = Self.star.central(CentralRequest(measures: [.betweenness]))
        let english = CentralOutput.table(ranking, landscape: Self.star, words: Language.en.analysisTableWording)
        #expect(english.headers == ["#", "actor", "kind", "betweenness"])
        #expect(english.rows.prefix(2).map { $0[1] } == ["H", "A"])
        #expect(english.rows[0][3] == "0.8333")
        let german = CentralOutput.table(ranking, landscape: Self.star, words: Language.de.analysisTableWording)
        #expect(german.headers == ["Nr.", "Akteur", "Art", "Zwischenzentralität"])
    }

    @Test("The JSON of central names every ranked actor by id, with null for measures not computed")
    func centralJSON() {
        let ranking = Self.star.central(CentralRequest(measures: [.degree]))
        let json = CentralOutput.json(ranking, landscape: Self.star).serialized()
        for id in ["h", "a", "b", "c", "x"] { #expect(json.contains("\"\(id)\"")) }
        #expect(json.contains("\"betweenness\": null") || json.contains("\"betweenness\":null"))
    }

    @Test("Communities: one community is one, not 'communitys'; German says Teilnetz")
    func communitiesSummary() {
        let found = Analysis.communities(Self.star, AnalysisOptions())
        let english = CommunitiesOutput.summary(found, words: Language.en.analysisTableWording)
        #expect(english.hasPrefix("modularity "))
        #expect(english.hasSuffix(found.count == 1 ? "1 community" : "\(found.count) communities"))
        #expect(CommunitiesOutput.summary(found, words: Language.de.analysisTableWording).contains("Teilnetz"))
    }
}
