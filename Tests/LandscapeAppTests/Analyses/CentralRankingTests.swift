import Foundation
import LandscapeApp
import LandscapeCore
import Testing

@Suite("Loading and ranking through the application library")
struct CentralRankingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    @Test("A library user loads a file and reads an actor's betweenness by id")
    func loadAndRank() throws {
        let landscape = try Landscape.load(Self.path("graphs/weimar.yaml"))
        let ranking = landscape.central(CentralRequest(measures: [.betweenness, .degree], top: 5))
        #expect(ranking.ranked.count == 5)
        #expect(ranking.sortedBy == .betweenness)
        // The ranking agrees with Core's own computation, by id. Betweenness is summed on all
        // cores, so two runs may differ in the last bits: compare within 1e-12.
        let direct = Analysis.centrality(landscape, AnalysisOptions(), measures: [.betweenness, .degree])
        for actor in direct.actors {
            #expect(abs((ranking[actor.id]?.betweenness ?? -1) - (actor.betweenness ?? 0)) < 1e-12)
            #expect(ranking[actor.id]?.degree == actor.degree)
        }
        let values = ranking.rankedActors.compactMap(\.betweenness)
        #expect(values == values.sorted(by: >))
        #expect(ranking[ActorID("no-such-actor")] == nil)
    }

    @Test("The star: hub first, then the actor on the way to the fifth (values by hand)")
    func star() {
        let ranking = AnalysisOutputTests.star.central(CentralRequest(measures: [.betweenness]))
        #expect(ranking.ranked.prefix(2) == [ActorID("h"), ActorID("a")])
        #expect(abs((ranking[ActorID("h")]?.betweenness ?? 0) - 5.0 / 6.0) < 1e-9)
        #expect(abs((ranking[ActorID("a")]?.betweenness ?? 0) - 3.0 / 6.0) < 1e-9)
    }

    @Test("Sampled betweenness says how it was estimated; the same seed gives the same ranking")
    func approximation() throws {
        let landscape = try Landscape.load(Self.path("graphs/thueringen.yaml"))
        let request = CentralRequest(measures: [.betweenness], approximation: .init(epsilon: 0.1, seed: 7))
        let first = landscape.central(request), second = landscape.central(request)
        #expect(first.estimate != nil)
        #expect(first.ranked == second.ranked)
        #expect((first.estimate?.samples ?? 0) > 0)
    }

    @Test("A file with errors gives every diagnostic, no landscape")
    func failure() {
        #expect {
            _ = try Landscape.load(Self.path("Tests/LandscapeIOTests/Fixtures/yaml/errors.yaml"))
        } throws: { error in
            guard let failure = error as? LoadFailure else { return false }
            return failure.diagnostics.containsErrors && failure.diagnostics.count > 1
        }
    }
}
