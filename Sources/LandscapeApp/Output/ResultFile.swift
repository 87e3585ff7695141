import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The file formats an analysis result is written in (`-o` of the analysing commands).
public enum ResultFileFormat: String, CaseIterable, Sendable {
    /// An Excel workbook: one sheet per table, numbers as numbers.
    case xlsx
    /// The first table, as every CSV of the tool is written (`CSVStyle`).
    case csv
    /// The result's JSON, as `--format json` prints it.
    case json

    /// The format a file extension names (in any letter case), if any.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// What the command computes for this file, in the terms of `--format`: a workbook holds
    /// what CSV holds.
    public var resultFormat: ResultFormat {
        switch self {
        case .xlsx, .csv: .csv
        case .json: .json
        }
    }
}

/// Why an analysis result is not written to the output asked for; nothing has been read.
public enum ResultFileRefusal: Error, Equatable, Sendable {
    /// The output's extension is none of `.xlsx`, `.csv`, `.json`.
    case unknownExtension(output: String)
    /// The output is named `.xls`, an Excel 97–2003 workbook.
    case oldExcel(output: String)
    /// `--format` names another format than the output's extension.
    case formatDisagrees(output: String, fileExtension: String, format: ResultFormat)
    /// The output is a folder or would replace an input.
    case outputPath(OutputPathProblem)

    /// The refusal as a sentence in the given words.
    public func message(_ words: ResultFileWording, files: FileWording) -> String {
        switch self {
        case .unknownExtension(let output): words.unknownExtension(output: output)
        case .oldExcel(let output): words.oldExcel(output: output)
        case .formatDisagrees(let output, let fileExtension, let format):
            words.formatDisagrees(output: output, extension: fileExtension, format: format.rawValue)
        case .outputPath(let problem): problem.message(files)
        }
    }
}

/// Writing an analysis result to a file: its tables as a workbook (one sheet each) or as CSV
/// (the first table), or its JSON.
public enum ResultFile {
    /// The format of `output`, checked against `--format` (`given`, which must agree when
    /// given) and the one output-path rule (`OutputPath`: never over an input, not a folder).
    ///
    /// - Complexity: O(I) file-system look-ups for I inputs.
    public static func format(of output: String, given: ResultFormat?, inputs: [String]) throws(ResultFileRefusal) -> ResultFileFormat {
        let fileExtension = (output as NSString).pathExtension
        if fileExtension.lowercased() == "xls" { throw .oldExcel(output: output) }
        guard let format = ResultFileFormat(pathExtension: fileExtension) else { throw .unknownExtension(output: output) }
        if let given, given != format.resultFormat {
            throw .formatDisagrees(output: output, fileExtension: fileExtension, format: given)
        }
        do {
            try OutputPath.check(output, shape: .file(example: "result.\(format.rawValue)"), inputs: inputs)
        } catch {
            throw .outputPath(error)
        }
        return format
    }

    /// The bytes of a result in `format`: `tables` as a workbook or, the first, as CSV in
    /// `style`; or `json`. Only what the format needs is computed.
    ///
    /// - Throws: only when a workbook cannot be packed in memory (ZIPFoundation).
    public static func data(_ format: ResultFileFormat, tables: () -> [TextTable], json: () -> JSONValue, style: CSVStyle) throws -> Data {
        switch format {
        case .xlsx: try Workbook(sheets: tables().map(\.worksheet)).data()
        case .csv: Data((tables().first?.csv(style: style) ?? "").utf8)
        case .json: Data((json().serialized() + "\n").utf8)
        }
    }
}
