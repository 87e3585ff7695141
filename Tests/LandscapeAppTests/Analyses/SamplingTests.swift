import LandscapeApp
import LandscapeCore
import LandscapeIO
import Testing

/// Above `Sampling.largeAbove` actors `central` estimates the path measures unless asked for
/// exact values, and says so in its JSON.
@Suite("Sampling above the documented size")
struct SamplingTests {
    /// A ring of `count` actors with a chord from every tenth actor to the one 500 further on.
    static func ring(_ count: Int) -> Landscape {
        let ids = (0..<count).map { ActorID("a\($0)") }
        var ties = (0..<count).map { Tie(from: ids[$0], to: ids[($0 + 1) % count], kind: .cooperation) }
        ties += stride(from: 0, to: count, by: 10).map { Tie(from: ids[$0], to: ids[($0 + 500) % count], kind: .cooperation) }
        return Landscape(actors: ids.map { Actor(id: $0, name: $0.rawValue, kind: .association) }, ties: ties)
    }

    @Test("Which sampling a request uses: automatic above 5,000 actors, none with exact, the one asked for")
    func choice() {
        #expect(CentralRequest().sampling(actors: 5_000) == nil)
        #expect(CentralRequest().sampling(actors: 5_001) == Sampling.standard)
        #expect(CentralRequest(seed: 9).sampling(actors: 5_001)?.seed == 9)
        #expect(CentralRequest(exact: true).sampling(actors: 200_000) == nil)
        #expect(CentralRequest(approximation: .init(epsilon: 0.2, seed: 3)).sampling(actors: 10) == Sampling(epsilon: 0.2, seed: 3))
    }

    @Test("5,001 actors: betweenness is estimated, and the JSON says with which ε and δ")
    func automatic() throws {
        let landscape = Self.ring(5_001)
        let ranking = landscape.central(CentralRequest(measures: [.betweenness], top: 3))
        let estimate = try #require(ranking.estimate)
        #expect(estimate.measures == [.betweenness] && estimate.samples > 0 && estimate.sources == 0)
        let json = CentralOutput.json(ranking, landscape: landscape).serialized()
        for expected in ["\"approximate\": {", "\"epsilon\": 0.05,", "\"delta\": 0.1,", "\"measures\": [\"betweenness\"]"] {
            #expect(json.contains(expected), "\(expected)")
        }
        let exact = landscape.central(CentralRequest(measures: [.degree], top: 3, exact: true))
        #expect(exact.estimate == nil)
        #expect(!CentralOutput.json(exact, landscape: landscape).serialized().contains("approximate"))
    }

    @Test("whatif on 5,001 actors estimates the distances and the brokers, and says so in its JSON")
    func whatIf() throws {
        let landscape = Self.ring(5_001)
        let result = try landscape.whatIf(WhatIfRequest(remove: [ActorID("a0")]))
        #expect(result.sampling == Sampling.standard)
        #expect(result.before.averageDistance != nil && result.after.averageDistance != nil)
        #expect(GapOutput.whatIfJSON(result).serialized().contains("\"measures\": [\"average_distance\", \"brokers_lost\"]"))
    }
}
