import Foundation
import Testing
import LandscapeCore
import LandscapeIO

/// The measures on the example landscapes in graphs/, against networkx computed live by
/// Tests/LandscapeCoreTests/Reference/make_reference.py (so that edits to the examples need no
/// regenerated files). Skipped, with a message, where python3 with networkx and PyYAML is missing.
@Suite("Measures on the example landscapes agree with networkx")
struct ExampleMeasuresTests {
    static let script = Fixtures.repository.appendingPathComponent("Tests/LandscapeCoreTests/Reference/make_reference.py").path

    static let pythonReady: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx, yaml, numpy"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    static func reference(for paths: [String]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, "--landscape"] + paths
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static let variants: [(name: String, reading: NetworkReading, weighted: Bool)] = [
        ("undirected", .undirected, false), ("weighted", .undirected, true),
        ("directed", .directed, false), ("folded", .foldedCommittees, false),
    ]

    @Test("Every measure of every actor, in every reading", .enabled(if: pythonReady, "python3 with networkx, PyYAML and numpy is not installed: run 'pip install networkx pyyaml numpy' to compare with networkx"),
          arguments: ExampleLandscapeTests.examples + ["ALL"])
    func examples(path: String) throws {
        let paths = path == "ALL" ? ExampleLandscapeTests.examples : [path]
        let loaded = LandscapeLoader().load(paths)
        #expect(!loaded.hasErrors)
        let reference = try Self.reference(for: paths)
        let variants = reference["variants"] as? [String: [String: Any]] ?? [:]
        var mismatches: [String] = []
        for variant in Self.variants {
            guard let nodes = variants[variant.name]?["nodes"] as? [String: [String: Any]] else { continue }
            let options = AnalysisOptions(reading: variant.reading, weighted: variant.weighted)
            let result = Analysis.centrality(loaded.landscape, options)
            #expect(result.actors.count == nodes.count, "\(path) \(variant.name)")
            let keys: [(String, Measure)] = [
                ("betweenness", .betweenness), ("closeness", .closeness), ("harmonic", .harmonic),
                ("eigenvector", .eigenvector), ("pagerank", .pagerank), ("constraint", .constraint),
                ("effective_size", .effectiveSize), ("degree", .degree), ("core", .core), ("clustering", .clustering),
            ]
            for actor in result.actors {
                guard let values = nodes[actor.id.rawValue] else { mismatches.append("\(actor.id) missing"); continue }
                for (key, measure) in keys where values.keys.contains(key) {
                    if variant.name == "directed" && (key == "clustering") { continue }
                    let expected = values[key]
                    let number = expected as? Double ?? (expected as? Int).map(Double.init)
                    let actual = actor.value(of: measure)
                    let same = (actual == nil && number == nil) ||
                        (actual != nil && number != nil && abs(actual! - number!) <= 1e-6 * max(1, abs(number!)))
                    if !same { mismatches.append("\(variant.name) \(actor.id).\(key): ours \(String(describing: actual)), networkx \(String(describing: expected))") }
                }
            }
        }
        // Brokerage on the directed reading, grouped by kind and by municipality.
        if let brokerage = variants["directed"]?["brokerage"] as? [String: [String: [String: Int]]] {
            for (grouping, expected) in brokerage {
                guard let attribute = GroupingAttribute(rawValue: grouping) else { continue }
                let result = Analysis.centrality(loaded.landscape, AnalysisOptions(groups: attribute), measures: [.brokerage])
                for actor in result.actors {
                    let want = expected[actor.id.rawValue] ?? [:]
                    let got = actor.brokerage ?? BrokerageRoles()
                    if [got.coordinator, got.itinerant, got.representative, got.gatekeeper, got.liaison]
                        != ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"].map({ want[$0] ?? 0 }) {
                        mismatches.append("brokerage \(grouping) \(actor.id)")
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(path):\n\(mismatches.prefix(20).joined(separator: "\n"))")
    }
}
