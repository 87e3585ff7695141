import LandscapeCore
import LandscapeIO
import LandscapeRender
import LandscapeWording

/// What `convert` is asked for: the inputs, the output and its format, the day, and how the
/// graph formats mark the direction of ties.
public struct ConvertRequest: Sendable {
    /// The inputs (merged in order), the limits, and the day to convert the landscape on (`--at`).
    public var load: LoadRequest
    /// The file, or for the CSV pair the folder, to write (`-o`); `nil` or empty is refused.
    public var output: String?
    /// The format asked for (`--to`); `nil`: the output's name decides.
    public var format: LandscapeFormat?
    /// GraphML and GEXF: one direction for the graph, or one per edge.
    public var edgeDirections: EdgeDirections

    public init(load: LoadRequest, output: String?, format: LandscapeFormat? = nil, edgeDirections: EdgeDirections = .graph) {
        self.load = load
        self.output = output
        self.format = format
        self.edgeDirections = edgeDirections
    }
}

/// Where the converted landscape goes: the path as given and the format written there.
public struct ConvertOutput: Sendable, Hashable {
    public var path: String
    public var format: LandscapeFormat
}

/// Why a conversion is refused before anything is read: the output and the format asked for
/// do not make a target.
public enum ConvertRefusal: Error, Equatable, Sendable {
    /// No output was given; `firstInput` is the first input, for the example.
    case noOutput(firstInput: String?)
    /// The output's name or the format asked for is a format that is read, not written.
    case notWritten(LandscapeFormat)
    /// The output is named `.xls`, an Excel 97–2003 workbook, which is not written (`.xlsx` is).
    case oldExcel(output: String)
    /// The output's extension names another format than the one asked for.
    case formatDisagrees(output: String, fileExtension: String, given: LandscapeFormat)
    /// The output's extension names no format, and none was asked for.
    case noFormat(output: String)
    /// The output is a folder where a file is written, or it would replace an input.
    case outputPath(OutputPathProblem)
}

/// What a conversion wrote.
public struct ConvertResult: Sendable {
    public var output: ConvertOutput
    /// The landscape's language (its `language`), the default of the lines printed about it.
    public var language: Language
    /// The actors and ties written (of the landscape on the request's day).
    public var actors: Int
    public var ties: Int
    /// The warnings of reading the inputs.
    public var warnings: [Diagnostic]
    /// The renderer's warnings (DOT only).
    public var messages: [RenderMessage]
    /// What the format cannot carry, as facts in the order found (LandscapeWording words them);
    /// the landscape read back from the output lacks only these.
    public var losses: [FormatLoss]
}

/// Why a conversion wrote nothing; every case keeps what there is to report.
public enum ConvertFailure: Error, Sendable {
    /// The output or format was refused; nothing was read.
    case refused(ConvertRefusal)
    /// An input had errors: every diagnostic, errors and warnings.
    case unreadable(LoadFailure)
    /// The landscape could not be laid out for DOT; `warnings` are those of reading.
    case notDrawn(RenderError, warnings: [Diagnostic])
    /// The output could not be written (a full disk, a folder without permission); an existing
    /// file is left as it was. `result` is what would have been written, `reason` the system's
    /// words (`OutputFile.reason`).
    case notWritten(ConvertResult, reason: String)
}

extension ConvertRefusal {
    /// The refusal as a sentence: in the words of `convert`, and the shared words of output
    /// files for the output-path rule.
    public func message(_ words: ConvertCommandWording, files: FileWording) -> String {
        switch self {
        case .noOutput(let firstInput): words.noOutput(exampleInput: firstInput)
        case .notWritten(let format): words.notWritten(format: format.rawValue)
        case .oldExcel(let output): words.oldExcelNotWritten(output: output)
        case .formatDisagrees(let output, let fileExtension, let given):
            words.formatDisagrees(output: output, fileExtension: fileExtension, format: given.rawValue)
        case .noFormat(let output): words.noFormat(output: output)
        case .outputPath(let problem): problem.message(files)
        }
    }
}
