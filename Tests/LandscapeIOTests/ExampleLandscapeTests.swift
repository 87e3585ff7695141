import Foundation
import Testing
import LandscapeCore
import LandscapeIO

/// The example landscapes in graphs/ must be valid, alone and merged.
@Suite("Example landscapes in graphs/")
struct ExampleLandscapeTests {
    static let examples: [String] = {
        let folder = Fixtures.repository.appendingPathComponent("graphs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test("The seed's landscapes are all there")
    func present() {
        let names = Set(Self.examples.map { ($0 as NSString).lastPathComponent })
        for name in ["eisenach.yaml", "nordhausen.yaml", "jena.yaml", "soemmerda.yaml", "weimar.yaml", "thueringen.yaml"] {
            #expect(names.contains(name), "graphs/\(name) is missing")
        }
    }

    @Test("Each example passes check with no errors", arguments: examples)
    func valid(path: String) {
        let result = LandscapeLoader().load([path])
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.english).joined(separator: "\n"))")
        #expect(result.landscape.actors.count >= 10)
        #expect(result.landscape.language == .de)
    }

    @Test("All examples merged pass check too")
    func merged() {
        let result = LandscapeLoader().load(Self.examples)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.english).joined(separator: "\n"))")
    }
}
