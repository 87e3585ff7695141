import Foundation
import LandscapeCore
import Testing
@testable import LandscapeIO

/// networkx (a real client) reads the GraphML and GEXF this module writes: the same nodes,
/// edges and attributes. Skipped, with a message, where python3 with networkx is missing.
@Suite("GraphML and GEXF read by networkx")
struct NetworkxClientTests {
    @Test("networkx reads our GraphML and GEXF: counts and every attribute",
          .enabled(if: FormatSupport.pythonReady, "python3 with networkx is not installed: run 'pip install networkx' (make setup does) to check the files with networkx"),
          arguments: FormatSupport.landscapes)
    func readByNetworkx(path: String) throws {
        let landscape = FormatSupport.load(path).landscape
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let anyDirected = landscape.ties.contains { $0.kind.isDirected }

        for format in [ExportFormat.graphml, .gexf] {
            let (written, _) = try FormatSupport.write(landscape, as: format, into: folder)
            let read = try FormatSupport.networkx(written)
            let nodes = read["nodes"] as? [String: [String: Any]] ?? [:]
            let edges = read["edges"] as? [[Any]] ?? []
            #expect(read["directed"] as? Bool == anyDirected, "\(format)")
            #expect(nodes.count == landscape.actors.count, "\(format)")
            // GEXF: a symmetric tie in a directed graph is a `mutual` edge, which networkx reads as two.
            let expectedEdges = format == .gexf && anyDirected ? Self.networkxGEXFEdges(landscape) : landscape.ties.count
            #expect(edges.count == expectedEdges, "\(format)")
            for actor in landscape.actors {
                guard let node = nodes[actor.id.rawValue] else {
                    Issue.record("\(format): networkx has no node '\(actor.id)'")
                    continue
                }
                #expect(node[format == .gexf ? "label" : "name"] as? String == actor.name)
                #expect(node["kind"] as? String == actor.kind.rawValue)
                #expect(node["municipality"] as? String == actor.municipality)
                #expect(node["topics"] as? String == (actor.topics.isEmpty ? nil : actor.topics.joined(separator: "|")))
                #expect(node["sectors"] as? String == (actor.sectors.isEmpty ? nil : actor.sectors.map(\.rawValue).joined(separator: "|")))
                #expect(node["since"] as? String == actor.period.since?.description)
                #expect(node["until"] as? String == actor.period.until?.description)
                #expect(node["note"] as? String == actor.note)
                if format == .gexf {
                    #expect(node["start"] as? String == actor.period.since?.firstDay.description)
                    #expect(node["end"] as? String == actor.period.until?.lastDay.description)
                }
            }
            // Every tie, by its ends, kind, weight and formal flag.
            func key(_ from: String, _ to: String, _ kind: String?, _ weight: Double?, _ formal: Bool?) -> String {
                "\(from)→\(to) \(kind ?? "-") \(weight ?? -1) \(formal ?? false)"
            }
            let ours = landscape.ties.map { key($0.from.rawValue, $0.to.rawValue, $0.kind.rawValue, $0.weight, $0.formal) }
            let theirs = edges.compactMap { edge -> String? in
                guard edge.count == 3, let from = edge[0] as? String, let to = edge[1] as? String, let data = edge[2] as? [String: Any] else { return nil }
                let weight = (data["weight"] as? NSNumber)?.doubleValue
                return key(from, to, data["kind"] as? String, weight, (data["formal"] as? NSNumber)?.boolValue)
            }
            if format == .graphml || !anyDirected {
                #expect(ours.sorted() == theirs.sorted(), "\(format) of \(path)")
            } else {
                // Ties whose pair of ends networkx merged (see networkxGEXFEdges) keep only one
                // tie's attributes there; the others must all be found.
                var uses: [String: Int] = [:]
                for tie in landscape.ties {
                    uses["\(tie.from)→\(tie.to)", default: 0] += 1
                    if !tie.kind.isDirected { uses["\(tie.to)→\(tie.from)", default: 0] += 1 }
                }
                let unmerged = landscape.ties.filter { uses["\($0.from)→\($0.to)"] == 1 }
                    .map { key($0.from.rawValue, $0.to.rawValue, $0.kind.rawValue, $0.weight, $0.formal) }
                #expect(Set(unmerged).isSubset(of: Set(theirs)), "\(format) of \(path)")
            }
        }
    }

    /// How many edges networkx's `read_gexf` (3.6) gives for our GEXF of a directed landscape: a
    /// `mutual` edge becomes two, and when it saw no parallel edge — checked before each edge
    /// is added, not before a mutual edge's reverse — it turns the multigraph into a DiGraph,
    /// which merges repeated pairs.
    static func networkxGEXFEdges(_ landscape: Landscape) -> Int {
        var pairs: [String] = []
        var simple = true
        for tie in landscape.ties {
            let pair = "\(tie.from)\u{0}\(tie.to)"
            if pairs.contains(pair) { simple = false }
            pairs.append(pair)
            if !tie.kind.isDirected { pairs.append("\(tie.to)\u{0}\(tie.from)") }
        }
        return simple ? Set(pairs).count : pairs.count
    }

    @Test("networkx reads the per-edge GraphML only when it is not mixed (networkx refuses mixed graphs)",
          .enabled(if: FormatSupport.pythonReady, "python3 with networkx is not installed"))
    func perEdge() throws {
        let folder = try FormatSupport.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mixed = Landscape(actors: [Actor(id: "a", name: "A", kind: .office), Actor(id: "b", name: "B", kind: .committee)],
                              ties: [Tie(from: "a", to: "b", kind: .member), Tie(from: "a", to: "b", kind: .cooperation)])
        let data = GraphMLWriter(edgeDirections: .perEdge).write(mixed)
        guard case .file(let bytes) = data.output else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("<edge id=\"t1\" source=\"a\" target=\"b\" directed=\"false\">"))
        let file = folder.appendingPathComponent("mixed.graphml")
        try bytes.write(to: file)
        #expect(throws: (any Error).self) { try FormatSupport.networkx(file.path) }
        // Our reader takes the direction from the tie kind either way.
        #expect(FormatSupport.differences(mixed, FormatSupport.load(file.path).landscape).isEmpty)
    }
}
