import Testing
@testable import LandscapeCore

/// The report builds the actors' network once and runs Louvain once; the analyses that take them
/// must say what the ones that build their own say.
@Suite("Analyses on a network built once")
struct SharedNetworkTests {
    /// The mixing matrix counted by names, edge by edge (how `GroupMixing` counted before it
    /// numbered the groups).
    static func namedMixing(_ network: Network, groups: [String], committeePairs: [(Int, Int)])
        -> (matrix: [String: [String: Int]], through: [String: [String: Int]]) {
        var matrix: [String: [String: Int]] = [:]
        for name in groups { matrix[name] = matrix[name] ?? [:] }
        for u in 0..<network.nodeCount {
            for k in network.outRange(u) {
                let v = Int(network.outTarget[k])
                guard u < v else { continue }
                let a = groups[u], b = groups[v]
                matrix[a, default: [:]][b, default: 0] += 1
                if a != b { matrix[b, default: [:]][a, default: 0] += 1 }
            }
        }
        var through: [String: [String: Int]] = [:]
        for (u, v) in committeePairs where u < groups.count && v < groups.count {
            through[groups[u], default: [:]][groups[v], default: 0] += 1
            if groups[u] != groups[v] { through[groups[v], default: [:]][groups[u], default: 0] += 1 }
        }
        return (matrix, through)
    }

    @Test("The mixing counted by group numbers is the mixing counted by names", arguments: GroupingAttribute.allCases)
    func mixingByNumbers(attribute: GroupingAttribute) {
        let landscape = SuggestionSweepTests.generated(count: 1_200, seed: 5)
        let network = Network(landscape)
        let groups = attribute.groups(of: network, in: landscape)
        let pairs = network.committeePairs(in: landscape)
        #expect(!pairs.isEmpty)
        let mixing = GroupMixing(network, groups: groups, committeePairs: pairs)
        let named = Self.namedMixing(network, groups: groups, committeePairs: pairs)
        #expect(mixing.matrix == named.matrix)
        #expect(mixing.throughCommittees == named.through)
        #expect(Set(mixing.perGroup.keys) == Set(groups))
        // Without committee pairs nothing is counted through them.
        #expect(GroupMixing(network, groups: groups).throughCommittees.isEmpty)
    }

    @Test("The figures with the communities found once are those that run Louvain themselves", arguments: [UInt64(7), 23])
    func statisticsWithCommunities(seed: UInt64) {
        let landscape = SuggestionSweepTests.generated(count: 1_200, seed: seed)
        let options = AnalysisOptions(groups: .municipality)
        let network = Network(landscape)
        let communities = Analysis.communities(network: network, options, seed: seed)
        #expect(communities == Analysis.communities(landscape, options, seed: seed))
        let shared = Analysis.statistics(landscape, network: network, communities: communities, options, seed: seed)
        let own = Analysis.statistics(landscape, options, seed: seed)
        #expect(shared.modularity == own.modularity)
        #expect(shared.communities == own.communities)
        #expect(shared.mixing[.municipality]?.matrix == own.mixing[.municipality]?.matrix)
        #expect(shared.averageDistance == own.averageDistance)
        #expect(shared.transitivity == own.transitivity)
    }

    @Test("Gaps, suggestions and centrality on a given network are those on the network built for them")
    func gapsAndSuggestions() {
        let landscape = SuggestionSweepTests.generated(count: 1_200, seed: 11)
        let network = Network(landscape)
        let gaps = GapFinder.find(landscape, network: network)
        #expect(gaps == GapFinder.find(landscape))
        let options = SuggestOptions(top: 40)
        #expect(Suggester.suggest(landscape, network: network, gaps: gaps, options: options)
            == Suggester.suggest(landscape, gaps: gaps, options: options))
        let measures: Set<Measure> = [.degree, .pagerank, .brokerage]
        let shared = Analysis.centrality(landscape, network: network, AnalysisOptions(), measures: measures, sampling: nil)
        let own = Analysis.centrality(landscape, AnalysisOptions(), measures: measures)
        #expect(shared.actors.map(\.id) == own.actors.map(\.id))
        #expect(shared.actors.map { $0.value(of: .pagerank) } == own.actors.map { $0.value(of: .pagerank) })
        #expect(shared.actors.map { $0.value(of: .brokerage) } == own.actors.map { $0.value(of: .brokerage) })
    }
}
