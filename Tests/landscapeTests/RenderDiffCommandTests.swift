import Foundation
import Testing
@testable import LandscapeIO

extension CLI {
    /// A new, empty folder under the temporary directory, named after `prefix`.
    static func scratchFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite("landscape render --diff, as users run it")
struct RenderDiffCommandTests {
    static let nordhausen = ["graphs/variants/nordhausen-sprachkurse-2017.yaml", "graphs/variants/nordhausen-sprachkurse-2019.yaml"]

    func folder() throws -> URL { try CLI.scratchFolder("render-diff") }

    /// The position (`pos`) of every actor's node in a DOT file the tool wrote, by the node's `id`.
    func positions(_ path: String) throws -> [String: String] {
        let (graph, messages) = GraphvizDOT.graph(try String(contentsOfFile: path, encoding: .utf8))
        let read = try #require(graph, "\(messages)")
        var positions: [String: String] = [:]
        for node in read.nodes {
            guard let id = node.attributes["id"], id.hasPrefix("actor-"), let pos = node.attributes["pos"] else { continue }
            positions[id] = pos
        }
        return positions
    }

    @Test("Stable layout: every actor stands in the same place in the changes, the old and the new diagram", arguments: [
        nordhausen, ["graphs/weimar.yaml", "--from", "2017", "--to", "2019-08"],
        ["graphs/weimar.yaml", "--from", "2017", "--to", "2019-08", "--view", "steering"],
    ])
    func stableLayout(inputs: [String]) throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let comparing = inputs.contains("--from") ? inputs : inputs + ["--diff"]
        var drawn: [[String: String]] = []
        for side in [[], ["--side", "old"], ["--side", "new"]] {
            let path = out.appendingPathComponent("d\(drawn.count).dot").path
            let run = try CLI.run(["render"] + comparing + side + ["-o", path])
            #expect(run.status == 0, "\(side): \(run.stderr)")
            drawn.append(try positions(path))
        }
        let (changes, old, new) = (drawn[0], drawn[1], drawn[2])
        #expect(!old.isEmpty && !new.isEmpty)
        #expect(Set(old.keys).union(new.keys) == Set(changes.keys), "the changes diagram holds both sides")
        for (id, position) in old { #expect(changes[id] == position, "old \(id)") }
        for (id, position) in new { #expect(changes[id] == position, "new \(id)") }
    }

    @Test("The changes of Weimar from 2017 to 2019-08: the Bündnis and its ties highlighted, the legend in German")
    func weimar() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("changes.svg").path
        let run = try CLI.run("render", "graphs/weimar.yaml", "--from", "2017", "--to", "2019-08", "-o", path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote \(path) (svg, 37 actors, 54 ties, neato, "))
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        // Graphviz writes '-' in SVG text as &#45;.
        #expect(svg.contains("id=\"actor&#45;weimar&#45;buendnis\" class=\"node actor committee added\""))
        #expect(svg.components(separatedBy: "class=\"edge tie member formal added\"").count - 1 == 14)
        #expect(svg.contains("class=\"edge tie steering added\""))
        #expect(svg.contains("Was sich verändert hat: 2017 → August 2019 · 1 Akteur hinzugekommen, keiner ausgeschieden"))
        #expect(svg.contains(">Seit 2017<") && svg.contains(">hinzugekommen (1)<"))
    }

    @Test("Two files: what left is dashed and faded, in the language asked for")
    func left() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let path = out.appendingPathComponent("back.svg").path
        let run = try CLI.run(["render", "--diff"] + Self.nordhausen.reversed() + ["-o", path, "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOfFile: path, encoding: .utf8)
        #expect(svg.contains("class=\"node actor committee removed\""))
        #expect(svg.components(separatedBy: "removed\"").count - 1 == 11, "the committee and its ten ties")
        #expect(svg.contains(">left (1)<") && svg.contains(">ended tie (10)<"))
    }

    @Test("Usage errors exit 64 with guidance", arguments: [
        (["render", "graphs/weimar.yaml", "--diff", "-o", "x.svg"], "Error: --diff compares two inputs, OLD and NEW; 1 given."),
        (["render", "graphs/weimar.yaml", "--to", "2019", "-o", "x.svg"], "Error: --to needs --from, the date to compare with."),
        (["render", "graphs/weimar.yaml", "graphs/jena.yaml", "--diff", "--from", "2017", "-o", "x.svg"], "Error: --diff compares two files and --from one landscape on two dates"),
        (["render", "graphs/weimar.yaml", "--side", "old", "-o", "x.svg"], "Error: --side draws one side of a comparison"),
        (["render", "graphs/weimar.yaml", "--from", "2017", "--at", "2018", "-o", "x.svg"], "Error: --at does not go with --diff or --from"),
        (["render", "graphs/weimar.yaml", "--from", "2017", "--highlight", "weimar-vhs", "-o", "x.svg"], "Error: --highlight does not go with --diff or --from"),
        (["render", "graphs/weimar.yaml", "--from", "2017", "--cluster-by", "kind", "-o", "x.svg"], "Error: --cluster-by does not go with --diff or --from"),
        (["render", "graphs/weimar.yaml", "--from", "2017-13", "-o", "x.svg"], "Error: '--from 2017-13'"),
        (["render", "graphs/weimar.yaml", "--from", "2017", "--side", "both", "-o", "x.svg"], "Error: The value 'both' is invalid for '--side <old|new>'"),
    ])
    func usage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(arguments)")
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout == "")
    }
}
