import Foundation
@testable import LandscapeCore

/// A reference data set written by Reference/make_reference.py (networkx 3.6.1): the graph as
/// actors and ties, and networkx's values for each reading of it.
struct ReferenceData {
    let name: String
    let landscape: Landscape
    let variants: [String: [String: Any]]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Reference")

    static let names = ["karate", "florentine", "davis", "lesmis", "disconnected", "star", "path", "isolates", "directed"]

    init(named name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        try self.init(json: data, name: name)
    }

    init(json data: Data, name: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let nodes = root["nodes"] as? [[String: Any]], let ties = root["ties"] as? [[String: Any]],
              let variants = root["variants"] as? [String: [String: Any]] else {
            throw ReferenceError.malformed(name)
        }
        let actors = nodes.map { node in
            Actor(id: ActorID(node["id"] as? String ?? ""), name: node["name"] as? String ?? "",
                  kind: ActorKind(rawValue: node["kind"] as? String ?? "") ?? .other,
                  municipality: node["municipality"] as? String,
                  sectors: (node["sectors"] as? [String] ?? []).compactMap(Sector.init(rawValue:)))
        }
        let links = ties.map { tie in
            Tie(from: ActorID(tie["from"] as? String ?? ""), to: ActorID(tie["to"] as? String ?? ""),
                kind: TieKind(rawValue: tie["kind"] as? String ?? "") ?? .cooperation,
                weight: tie["weight"] as? Double ?? 1)
        }
        self.name = name
        self.landscape = Landscape(actors: actors, ties: links)
        self.variants = variants
    }

    /// The network a variant name stands for.
    func network(_ variant: String) -> Network {
        switch variant {
        case "weighted": Network(landscape, reading: .undirected, weighted: true)
        case "directed": Network(landscape, reading: .directed, weighted: false)
        case "folded": Network(landscape, reading: .foldedCommittees, weighted: false)
        case "folded_weighted": Network(landscape, reading: .foldedCommittees, weighted: true)
        default: Network(landscape, reading: .undirected, weighted: false)
        }
    }

    func nodes(_ variant: String) -> [String: [String: Any]] {
        variants[variant]?["nodes"] as? [String: [String: Any]] ?? [:]
    }

    func graph(_ variant: String) -> [String: Any] {
        variants[variant]?["graph"] as? [String: Any] ?? [:]
    }
}

enum ReferenceError: Error {
    case malformed(String)
}

/// |actual − expected| ≤ 1e-6 · max(1, |expected|).
func close(_ actual: Double?, _ expected: Any?, tolerance: Double = 1e-6) -> Bool {
    let reference = expected as? Double ?? (expected as? Int).map(Double.init)
    switch (actual, reference) {
    case (nil, nil): return expected == nil || expected is NSNull
    case let (a?, e?): return abs(a - e) <= tolerance * max(1, abs(e))
    default: return false
    }
}
