import Foundation
import Testing

/// `render --overview` and `render --group`, as users run them.
@Suite("landscape render --overview and --group, as users run them")
struct RenderOverviewCommandTests {
    static let all = ["eisenach", "jena", "nordhausen", "soemmerda", "thueringen", "weimar"].map { "graphs/\($0).yaml" }

    func temporary(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
    }

    @Test("All examples merged: one node per municipality, the result line counts the 164 actors")
    func overview() throws {
        let path = temporary("overview.svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try CLI.run(["render"] + Self.all + ["--overview", "-o", path, "--lang", "en", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        // 164 actors and 294 ties: `landscape check graphs/*.yaml`.
        #expect(run.stdout.hasPrefix("wrote \(path) (svg, 164 actors, 294 ties, neato, "), "\(run.stdout)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("id=\"group&#45;Weimar\""), "Graphviz writes the hyphen of an id as &#45;")
        #expect(svg.contains("overview by municipality"))
    }

    @Test("One municipality's diagram; an unknown one is a usage error that lists the groups")
    func group() throws {
        let path = temporary("jena.svg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try CLI.run(["render"] + Self.all + ["--group", "Jena", "-o", path, "--lang", "en", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let unknown = try CLI.run(["render"] + Self.all + ["--group", "Gotha", "-o", path])
        #expect(unknown.status == 64)
        // The merged files' differing titles are warned about first.
        #expect(unknown.stderr.contains("Error: --group: there is no group 'Gotha'; the groups are '"), "\(unknown.stderr)")
        let both = try CLI.run(["render", "graphs/weimar.yaml", "--overview", "--group", "Weimar", "-o", path])
        #expect(both.status == 64)
        #expect(both.stderr.contains("give only one of the two"))
    }
}
