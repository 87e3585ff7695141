import ArgumentParser
import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// Where an analysing command's result goes: printed (`--format table|csv|json`) or written to
/// a file (`-o FILE.xlsx|csv|json`, the format by the extension).
struct ResultOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Words.options.formatHelp, valueName: "format"))
    var format: ResultFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.results.outputHelp, valueName: "file"))
    var output: String?

    /// The file format of `-o`, when it names one.
    var fileFormat: ResultFileFormat? {
        output.flatMap { ResultFileFormat(pathExtension: ($0 as NSString).pathExtension) }
    }

    /// What the result is computed for: the file's format, else `--format` (the table by default).
    var shape: ResultFormat {
        fileFormat?.resultFormat ?? format ?? .table
    }

    /// Refuses an output that names no result format, disagrees with `--format`, is a folder
    /// or would replace an input; for the command's `validate()`.
    func check(inputs: [String]) throws {
        try check(top: nil, inputs: inputs)
    }

    /// `check(inputs:)` for a command with `--top`, which must be at least one.
    func check(top: Int?, inputs: [String]) throws {
        try Checks.atLeastOne(top, option: "--top")
        guard let output else { return }
        do {
            _ = try ResultFile.format(of: output, given: format, inputs: inputs)
        } catch {
            throw ValidationError(error.message(Words.results, files: OutputFiles.words))
        }
    }

    /// Prints the result in `--format`, or writes it to `-o` (atomically) and prints the result
    /// line. `tables` are the result's tables (CSV holds the first, a workbook all); `text` is
    /// what the terminal shows; CSV and the result line are in `language`'s style and words.
    func emit(tables: () -> [TextTable], json: () -> JSONValue, text: () -> String, language: Language) throws {
        let style = CSVStyle(language: language)
        guard let output, let fileFormat else {
            switch format ?? .table {
            case .json: print(json().serialized())
            case .csv: print(tables().first?.csv(style: style) ?? "", terminator: "")
            case .table: print(text(), terminator: "")
            }
            return
        }
        let data: Data
        do {
            data = try ResultFile.data(fileFormat, tables: tables, json: json, style: style)
        } catch {
            Console.error(OutputFiles.words.cannotWrite(path: output, reason: "\(error)"))
            throw ExitCode(1)
        }
        try OutputFiles.write(data, to: output)
        print(language.resultFileWording.wroteFile(path: output, format: fileFormat.rawValue))
    }
}
