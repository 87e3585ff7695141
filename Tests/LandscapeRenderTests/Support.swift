import Foundation
import LandscapeCore
import Testing
@testable import LandscapeRender

/// A small landscape with every kind, every tie kind, weights, a formal tie, dates, two
/// municipalities and German text with umlauts.
func canonicalLandscape(language: Language = .de) -> Landscape {
    let actors: [Actor] = [
        Actor(id: "stadtrat", name: "Stadtrat Musterstadt", kind: .politics, municipality: "Musterstadt"),
        Actor(id: "amt", name: "Amt für Bildung und Soziales der Stadt Musterstadt", kind: .office, municipality: "Musterstadt", sectors: [.school, .earlyChildhood], topics: ["Schulbau"]),
        Actor(id: "schulamt", name: "Staatliches Schulamt", kind: .agency, municipality: "Land"),
        Actor(id: "lenkung", name: "Lenkungsgruppe »Bildung«", kind: .committee, municipality: "Musterstadt"),
        Actor(id: "stiftung", name: "Bürgerstiftung", kind: .foundation),
        Actor(id: "verein", name: "Förderverein Jugend", kind: .association, municipality: "Musterstadt", sectors: [.nonFormal]),
        Actor(id: "vhs", name: "Volkshochschule", kind: .institution, municipality: "Musterstadt", sectors: [.adult], targetGroups: ["Neuzugewanderte"]),
        Actor(id: "ihk", name: "IHK", kind: .business, municipality: "Land", sectors: [.vocational]),
        Actor(id: "programm", name: "»Bildung integriert«", kind: .program, period: ActivePeriod(since: PartialDate(year: 2015), until: PartialDate(year: 2021, month: 12))),
        Actor(id: "institut", name: "Institut für Bildungsforschung", kind: .research, sectors: [.higher]),
        Actor(id: "sonst", name: "Sonstige Initiative", kind: .other, municipality: "Musterstadt", period: ActivePeriod(since: PartialDate(year: 2020))),
    ]
    let ties: [Tie] = [
        Tie(from: "stadtrat", to: "amt", kind: .steering),
        Tie(from: "amt", to: "lenkung", kind: .member),
        Tie(from: "schulamt", to: "lenkung", kind: .member),
        Tie(from: "vhs", to: "lenkung", kind: .member, formal: true),
        Tie(from: "programm", to: "amt", kind: .funding, weight: 2, period: ActivePeriod(since: PartialDate(year: 2015))),
        Tie(from: "stiftung", to: "verein", kind: .funding),
        Tie(from: "amt", to: "vhs", kind: .cooperation, weight: 3),
        Tie(from: "amt", to: "vhs", kind: .exchange),
        Tie(from: "amt", to: "stiftung", kind: .agreement, note: "Kooperationsvertrag 2019"),
        Tie(from: "institut", to: "amt", kind: .exchange),
        Tie(from: "ihk", to: "vhs", kind: .cooperation),
        Tie(from: "sonst", to: "verein", kind: .cooperation, period: ActivePeriod(since: PartialDate(year: 2020))),
    ]
    return Landscape(title: "Bildungslandschaft Musterstadt", language: language, asOf: PartialDate(year: 2019, month: 8), actors: actors, ties: ties)
}

/// A readable, deterministic dump of a diagram, for golden files.
func snapshot(_ diagram: Diagram) -> String {
    func show(_ attributes: Attributes) -> String {
        attributes.entries.map { entry in
            switch entry.value {
            case .value(let text): "\(entry.name)=\(text)"
            case .text(let text, let justification): "\(entry.name)=text(\(justification.rawValue) \(String(reflecting: text)))"
            case .tooltip(let text): "\(entry.name)=tooltip(\(String(reflecting: text)))"
            case .lines(let lines): "\(entry.name)=lines(\(lines.map { "\($0.size)\($0.bold ? " bold" : "") \(String(reflecting: $0.text))" }.joined(separator: " | ")))"
            }
        }.joined(separator: "\n    ")
    }
    var out = "engine \(diagram.engine.rawValue)\n"
    out += "graph\n    \(show(diagram.graph))\n"
    out += "node defaults\n    \(show(diagram.nodeDefaults))\n"
    out += "edge defaults\n    \(show(diagram.edgeDefaults))\n"
    out += "title\n    \(show(diagram.title))\n"
    for node in diagram.nodes { out += "node \(node.name) actor=\(node.actor?.rawValue ?? "-")\n    \(show(node.attributes))\n" }
    for edge in diagram.edges { out += "edge \(edge.tail) -> \(edge.head) tie=\(edge.tie.map(String.init) ?? "-")\n    \(show(edge.attributes))\n" }
    for cluster in diagram.clusters { out += "cluster \(cluster.name) members=\(cluster.members.joined(separator: ","))\n    \(show(cluster.attributes))\n" }
    if let legend = diagram.legend {
        for (name, block) in [("tall", legend.tall), ("wide", legend.wide)] {
            out += "legend \(name) \(format(block.size.width))x\(format(block.size.height))\n    \(show(block.frame))\n"
            for item in block.nodes { out += "  legend node \(item.node.name) at \(format(item.center.x)),\(format(item.center.y))\n    \(show(item.node.attributes))\n" }
            for item in block.edges { out += "  legend edge \(item.edge.tail) -> \(item.edge.head) from \(format(item.from.x)),\(format(item.from.y)) to \(format(item.to.x)),\(format(item.to.y)) arrow=\(item.arrow)\n    \(show(item.edge.attributes))\n" }
        }
    }
    for note in diagram.notes { out += "note \(note)\n" }
    return out
}

/// Compares `text` with the golden file `Snapshots/NAME.txt`. With `RECORD_SNAPSHOTS=1` in the
/// environment, or when the file does not exist yet, it writes the file and fails, so that a
/// new baseline never passes silently.
func expectSnapshot(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name).txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    guard !recording, let golden = try? String(contentsOf: url, encoding: .utf8) else {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(url.path); check it and run again", sourceLocation: sourceLocation)
        return
    }
    if golden != text {
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(goldenLines, lines).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = first.map { "line \($0.offset + 1): expected \(String(reflecting: String($0.element.0))), got \(String(reflecting: String($0.element.1)))" } ?? "lengths differ (\(goldenLines.count) vs \(lines.count) lines)"
        Issue.record("snapshot \(name) differs at \(where_); RECORD_SNAPSHOTS=1 rewrites it", sourceLocation: sourceLocation)
    }
}
