import Foundation
import Testing
@testable import LandscapeCore

/// Measures against networkx 3.6.1 (values in Reference/*.json, made by make_reference.py),
/// to 1e-6, on the classic data sets: Zachary's karate club, Padgett's Florentine families,
/// Davis's southern women (two-mode, folded), Les Misérables (weighted), a disconnected graph,
/// a star, a path, a graph with isolates, and a mixed directed example.
@Suite("Measures agree with networkx")
struct ReferenceTests {
    static let cases: [(String, String)] = ReferenceData.names.flatMap { name -> [(String, String)] in
        guard let data = try? ReferenceData(named: name) else { return [(name, "missing")] }
        return data.variants.keys.sorted().map { (name, $0) }
    }

    /// Measures compared per variant (clustering is on the undirected network only).
    static func compared(_ variant: String) -> [(key: String, measure: Measure)] {
        var list: [(String, Measure)] = [
            ("betweenness", .betweenness), ("closeness", .closeness), ("harmonic", .harmonic),
            ("eigenvector", .eigenvector), ("pagerank", .pagerank), ("constraint", .constraint),
            ("effective_size", .effectiveSize),
        ]
        if variant != "directed" {
            list += [("degree", .degree), ("strength", .strength), ("core", .core)]
            if !variant.contains("weighted") { list.append(("clustering", .clustering)) }
        }
        return list
    }

    @Test("Per-actor measures", arguments: cases)
    func perActor(name: String, variant: String) throws {
        let data = try ReferenceData(named: name)
        let network = data.network(variant)
        let result = Centrality.compute(network)
        #expect(result.converged)
        let expected = data.nodes(variant)
        #expect(expected.count == network.nodeCount, "\(name)/\(variant): node count")
        var mismatches: [String] = []
        for actor in result.actors {
            guard let values = expected[actor.id.rawValue] else {
                mismatches.append("\(actor.id): not in reference")
                continue
            }
            for (key, measure) in Self.compared(variant) where values.keys.contains(key) {
                let actual = actor.value(of: measure)
                if !close(actual, values[key]) {
                    mismatches.append("\(actor.id).\(key): ours \(String(describing: actual)), networkx \(String(describing: values[key]))")
                }
            }
        }
        #expect(mismatches.isEmpty, "\(name)/\(variant):\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    @Test("Brokerage roles against a brute-force count", arguments: cases.filter { $0.1 == "undirected" || $0.1 == "directed" })
    func brokerage(name: String, variant: String) throws {
        let data = try ReferenceData(named: name)
        guard let byGrouping = data.variants[variant]?["brokerage"] as? [String: [String: [String: Int]]] else { return }
        // The reference counts on the variant's own arcs (undirected: every edge both ways).
        let network = data.network(variant)
        for (grouping, expected) in byGrouping {
            guard let attribute = GroupingAttribute(rawValue: grouping) else { continue }
            let roles = Brokerage.roles(network, groups: attribute.groups(of: network, in: data.landscape))
            for (index, id) in network.actors.enumerated() {
                let want = expected[id.rawValue] ?? [:]
                let got = roles[index]
                #expect([got.coordinator, got.itinerant, got.representative, got.gatekeeper, got.liaison]
                        == [want["coordinator"], want["itinerant"], want["representative"], want["gatekeeper"], want["liaison"]].map { $0 ?? 0 },
                        "\(name) \(grouping) \(id)")
            }
        }
    }

    @Test("Whole-network figures", arguments: cases.filter { !$0.1.contains("directed") })
    func wholeNetwork(name: String, variant: String) throws {
        let data = try ReferenceData(named: name)
        let network = data.network(variant)
        let expected = data.graph(variant)
        var generator = SeededGenerator(seed: 42)
        let stats = LandscapeStatistics.compute(landscape: data.landscape, network: network, groupings: [.kind], using: &generator)
        #expect(close(stats.density, expected["density"]), "density")
        #expect(stats.components == expected["components"] as? Int)
        #expect(close(stats.largestComponentShare, expected["largest_component_share"]))
        #expect(close(stats.averageDegree, expected["average_degree"]))
        #expect(close(stats.averageClustering, expected["average_clustering"]))
        #expect(close(stats.transitivity, expected["transitivity"]))
        #expect(stats.diameter == expected["diameter"] as? Int)
        #expect(close(stats.averageDistance, expected["average_distance"]))
        #expect(close(stats.degreeCentralization, expected["degree_centralization"]))
        if let ei = (expected["ei_index"] as? [String: Any])?["kind"] {
            #expect(close(stats.mixing[.kind]?.overall, ei))
        }
        if let reference = expected["louvain_modularity"] as? Double {
            #expect(stats.modularity >= reference - 0.01 * abs(reference), "\(name)/\(variant): modularity \(stats.modularity) vs networkx \(reference)")
        }
    }
}
