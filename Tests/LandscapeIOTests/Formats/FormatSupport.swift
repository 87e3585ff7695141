import Foundation
import LandscapeCore
@testable import LandscapeIO

/// Writing a landscape in a format and reading it back, for the format tests.
enum FormatSupport {
    static func path(_ name: String) -> String { Fixtures.path("formats/\(name)") }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("landscape-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The example landscapes (graphs/*.yaml, graphs/variants/*.yaml) and the canonical one.
    static let landscapes: [String] = {
        let graphs = Fixtures.repository.appendingPathComponent("graphs")
        var paths: [String] = []
        for folder in [graphs, graphs.appendingPathComponent("variants")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map { folder.appendingPathComponent($0).path }
        }
        return paths + [path("canonical.yaml"), path("own-fields.yaml")]
    }()

    static func load(_ path: String) -> LoadResult { LandscapeLoader().load([path]) }

    /// Writes `landscape` as `format` into `folder`, returns the written path and the losses.
    static func write(_ landscape: Landscape, as format: ExportFormat, into folder: URL, name: String = "landscape") throws -> (path: String, losses: [String]) {
        let result = format.writer().write(landscape)
        switch result.output {
        case .file(let data):
            let url = folder.appendingPathComponent("\(name).\(format.rawValue)")
            try data.write(to: url)
            return (url.path, result.losses.map(\.english))
        case .folder(let files):
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for file in files { try file.data.write(to: url.appendingPathComponent(file.name)) }
            return (url.path, result.losses.map(\.english))
        }
    }

    /// The landscape as `format` gives it back: the parts it cannot carry reset to what a
    /// reader makes of their absence.
    static func expected(_ landscape: Landscape, after format: String) -> Landscape {
        var expected = landscape
        if format == "gexf" {
            expected.language = .en
            expected.asOf = nil
            expected.needs = []
        }
        return ownFields(expected, after: format)
    }

    /// The fields of one's own as `format` gives them back: none from GraphML, GEXF and DOT, a
    /// list as one text joined by `|` from the tables (CSV, Excel).
    static func ownFields(_ landscape: Landscape, after format: String) -> Landscape {
        let kept: ([ExtraField]) -> [ExtraField] = { extra in
            switch format {
            case "graphml", "gexf", "dot": []
            case "csv", "xlsx": extra.map { ExtraField(name: $0.name, value: .text($0.value.joined)) }
            default: extra
            }
        }
        return Landscape(title: landscape.title, language: landscape.language, asOf: landscape.asOf, needs: landscape.needs,
                         actors: landscape.actors.map { actor in var actor = actor; actor.extra = kept(actor.extra); return actor },
                         ties: landscape.ties.map { tie in var tie = tie; tie.extra = kept(tie.extra); return tie })
    }

    /// Where two landscapes differ, in words (empty when equal).
    static func differences(_ a: Landscape, _ b: Landscape) -> [String] {
        var found: [String] = []
        if a.title != b.title { found.append("title \(String(describing: a.title)) ≠ \(String(describing: b.title))") }
        if a.language != b.language { found.append("language \(a.language) ≠ \(b.language)") }
        if a.asOf != b.asOf { found.append("as_of \(String(describing: a.asOf)) ≠ \(String(describing: b.asOf))") }
        if a.needs != b.needs { found.append("needs \(a.needs) ≠ \(b.needs)") }
        if a.actors.count != b.actors.count { found.append("\(a.actors.count) ≠ \(b.actors.count) actors") }
        for (x, y) in zip(a.actors, b.actors) where x != y { found.append("actor \(x) ≠ \(y)") }
        if a.ties.count != b.ties.count { found.append("\(a.ties.count) ≠ \(b.ties.count) ties") }
        for (x, y) in zip(a.ties, b.ties) where x != y { found.append("tie \(x) ≠ \(y)") }
        return found
    }

    static let pythonReady: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import networkx"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// What networkx reads from a GraphML or GEXF file (`read_with_networkx.py`).
    static func networkx(_ file: String) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path("read_with_networkx.py"), file]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "networkx", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: String(decoding: errors, as: UTF8.self)])
        }
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a small seeded generator for the property tests.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
