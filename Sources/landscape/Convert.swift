import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO

/// The formats `landscape convert` writes.
enum ConvertTarget: String, CaseIterable, ExpressibleByArgument {
    case yaml, csv, json, graphml, gexf, dot

    /// The format a file name asks for by its extension; `nil` when it names none.
    init?(pathExtension: String) {
        if let format = ExportFormat(pathExtension: pathExtension) {
            self.init(rawValue: format.rawValue)
        } else if ["dot", "gv"].contains(pathExtension.lowercased()) {
            self = .dot
        } else {
            return nil
        }
    }
}

extension EdgeDirections: ExpressibleByArgument {}

/// `landscape convert FILE... -o OUT`: read a landscape in one format, write it in another.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a landscape between YAML, the CSV pair, JSON, GraphML, GEXF, Excel and DOT.",
        discussion: """
            Reads .yaml/.yml, .json, .graphml, .gexf, .xlsx (sheets 'actors' and 'ties', or \
            Kumu's 'Elements' and 'Connections'), .dot/.gv files and folders with actors.csv \
            and ties.csv; several inputs are merged. Writes the format the output's extension \
            names (.yaml, .json, .graphml, .gexf, .dot; a folder for the CSV pair) or --to. \
            The output is written completely or not at all, and never over an input. What the \
            output format cannot carry is reported as a warning. See docs/format.md.

            Examples:
              landscape convert graphs/weimar.yaml -o out/weimar.graphml
              landscape convert graphs/weimar.yaml -o out/weimar.gexf --edge-direction per-edge
              landscape convert partner.xlsx -o partner.yaml
              landscape convert graphs/jena.yaml -o out/jena-csv --to csv
            """
    )

    @Argument(help: ArgumentHelp("Landscape files or CSV folders to read (several are merged).", valueName: "file"))
    var files: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("The file (or, for the CSV pair, the folder) to write.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("Output format when the name does not say: yaml, csv, json, graphml, gexf or dot.", valueName: "format"))
    var to: ConvertTarget?

    @Option(help: ArgumentHelp("Convert the landscape as it is on this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var at: String?

    @Option(name: .customLong("edge-direction"), help: ArgumentHelp("GraphML and GEXF: 'graph' (one direction for the whole graph; networkx, igraph) or 'per-edge' (Gephi, yEd).", valueName: "how"))
    var edgeDirections: EdgeDirections = .graph

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func validate() throws {
        try InputOptions.validate(files: files)
        if let at, PartialDate(parsing: at) == nil {
            throw ValidationError("'--at \(at)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.")
        }
        let target = try resolvedTarget()
        try OutputFiles.check(output ?? "", shape: target == .csv ? .csvFolder : .file(example: "landscape.\(target.rawValue)"), inputs: files)
    }

    func run() throws {
        let target = try resolvedTarget()
        guard let output else { throw ValidationError("Give the output with -o.") }
        let loaded = limits.loader.load(files)
        Console.report(loaded.diagnostics)
        if loaded.hasErrors { throw ExitCode(1) }
        var landscape = loaded.landscape
        if let day = at.flatMap({ PartialDate(parsing: $0)?.firstDay }) { landscape = landscape.active(on: day) }

        let written: WrittenLandscape
        var losses: [String]
        if target == .dot {
            do {
                let result = try LandscapeDOTWriter(renderer: Diagrams.renderer()).write(landscape)
                for message in result.messages { Console.error(message.description) }
                written = .file(result.data)
                losses = result.losses
            } catch {
                Console.error("error: \(error)")
                throw ExitCode(1)
            }
        } else {
            let format = ExportFormat(rawValue: target.rawValue) ?? .yaml
            let result = format.writer(edgeDirections: edgeDirections, style: ConvertFormats.rendererStyle).write(landscape)
            written = result.output
            losses = result.losses
        }
        for loss in losses { Console.error(Diagnostic.warning(loss, at: SourceLocation(file: output)).description) }
        switch written {
        case .file(let data):
            try OutputFiles.write(data, to: output)
        case .folder(let files):
            let items = files.map { OutputFile.Item($0.data, to: (output as NSString).appendingPathComponent($0.name)) }
            try OutputFiles.write(items, reportingAs: output)
        }
        print("wrote \(output) (\(target.rawValue), \(Console.count(landscape.actors.count, "actor")), \(Console.count(landscape.ties.count, "tie")))")
    }

    /// The output format from `--to` and the output's name.
    func resolvedTarget() throws -> ConvertTarget {
        guard let output, !output.isEmpty else {
            throw ValidationError("Give the output with -o, e.g. 'landscape convert \(files.first ?? "graphs/weimar.yaml") -o out/landscape.graphml'.")
        }
        let fileExtension = (output as NSString).pathExtension
        var isDirectory: ObjCBool = false
        let isFolder = output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
        if ["xlsx", "xlsm", "xls"].contains(fileExtension.lowercased()) {
            throw ValidationError("Excel workbooks are read, not written; write the CSV pair (-o FOLDER --to csv) and open it in Excel.")
        }
        let byName: ConvertTarget? = isFolder || fileExtension.isEmpty ? nil : ConvertTarget(pathExtension: fileExtension)
        switch (byName, to) {
        case (let named?, let given?) where named != given:
            throw ValidationError("'-o \(output)' ends in .\(fileExtension) but --to is \(given.rawValue); change one of them.")
        case (let named?, _):
            return named
        case (nil, let given?):
            if given != .csv && isFolder { throw ValidationError("'-o \(output)' is a folder; give a file name such as '\(output)/landscape.\(given.rawValue)'.") }
            return given
        case (nil, nil):
            if isFolder || fileExtension.isEmpty { return .csv }
            throw ValidationError("'-o \(output)': name the file .yaml, .json, .graphml, .gexf or .dot, give a folder for the CSV pair, or give --to.")
        }
    }
}
