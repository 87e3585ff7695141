import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeRender

/// Converting a landscape from the formats it is read in to one it is written in.
public enum Converting {
    /// Reads the request's inputs and writes the landscape on its day to the output, in the
    /// format resolved by `output(for:)`, atomically (complete or absent, never over an input).
    /// DOT is laid out by `renderer`; the other formats do not use it.
    ///
    /// - Complexity: linear in the size of the inputs and the output, plus the layout for DOT.
    public static func convert(_ request: ConvertRequest, renderer: any DiagramRenderer,
                               progress: any ProgressSink = NoProgress()) throws(ConvertFailure) -> ConvertResult {
        let output: ConvertOutput
        do {
            output = try self.output(for: request)
        } catch {
            throw .refused(error)
        }
        let loaded: LoadedLandscape
        var load = request.load
        load.includePlanned = true  // a conversion carries the plans over
        switch Loading.load(load, progress: progress) {
        case .success(let success): loaded = success
        case .failure(let failure): throw .unreadable(failure)
        }
        guard let writer = output.format.writer else { throw .refused(.notWritten(output.format)) }
        let landscape = loaded.landscape
        let written: Written
        do {
            written = try write(landscape, by: writer, edgeDirections: request.edgeDirections, renderer: renderer)
        } catch {
            throw .notDrawn(error, warnings: loaded.warnings)
        }
        let result = ConvertResult(output: output, language: landscape.language, actors: landscape.actors.count,
                                   ties: landscape.ties.count, warnings: loaded.warnings, messages: written.messages, losses: written.losses)
        do {
            try OutputFile.write(items(written.output, at: output.path))
        } catch {
            throw .notWritten(result, reason: OutputFile.reason(error))
        }
        return result
    }

    /// The output and its format, from the request's output path and format, checked against
    /// the one output-path rule (`OutputPath`). Nothing is read; a command checks its options
    /// with it before it runs.
    ///
    /// The format comes from the output's extension (in any letter case) or the format asked
    /// for, which must agree; a folder (an existing one, or a path ending in `/`) or a name
    /// without extension is the CSV pair unless a format is asked for, and only the CSV pair
    /// goes into a folder. A name of a format that is not written (`.xls`) is refused first.
    /// - Complexity: O(I) file-system look-ups for I inputs.
    public static func output(for request: ConvertRequest) throws(ConvertRefusal) -> ConvertOutput {
        guard let path = request.output, !path.isEmpty else { throw .noOutput(firstInput: request.load.files.first) }
        let format = try format(of: path, given: request.format)
        let shape: OutputPath.Shape = format.shape == .folder ? .csvFolder : .file(example: "landscape.\(format.rawValue)")
        do {
            try OutputPath.check(path, shape: shape, inputs: request.load.files)
        } catch {
            throw .outputPath(error)
        }
        return ConvertOutput(path: path, format: format)
    }

    /// The format written to `path`: what its name says and what `given` asks for.
    static func format(of path: String, given: LandscapeFormat?) throws(ConvertRefusal) -> LandscapeFormat {
        let fileExtension = (path as NSString).pathExtension
        if fileExtension.lowercased() == "xls" { throw .oldExcel(output: path) }
        let isFolder = path.hasSuffix("/") || OutputPath.isFolder(path)
        let byName = LandscapeFormat(pathExtension: fileExtension)
        if let byName, !byName.isWritten { throw .notWritten(byName) }
        let named = isFolder ? nil : byName
        switch (named, given) {
        case (let named?, let given?) where named != given:
            throw .formatDisagrees(output: path, fileExtension: fileExtension, given: given)
        case (let named?, _):
            return named
        case (nil, let given?):
            guard given.isWritten else { throw .notWritten(given) }
            if given.shape == .file && isFolder { throw .outputPath(.isFolder(output: path, example: "landscape.\(given.rawValue)")) }
            return given
        case (nil, nil):
            if isFolder || fileExtension.isEmpty { return .csv }
            throw .noFormat(output: path)
        }
    }

    /// A written landscape before it is stored: the bytes, the renderer's warnings and what the
    /// format could not carry.
    struct Written {
        var output: WrittenLandscape
        var messages: [RenderMessage]
        var losses: [FormatLoss]
    }

    /// `landscape` written by `writer`; DOT laid out by `renderer`.
    static func write(_ landscape: Landscape, by writer: LandscapeFormat.Writer, edgeDirections: EdgeDirections,
                      renderer: any DiagramRenderer) throws(RenderError) -> Written {
        switch writer {
        case .io(let export):
            let result = export.writer(edgeDirections: edgeDirections, style: .asDrawn).write(landscape)
            return Written(output: result.output, messages: [], losses: result.losses)
        case .diagram:
            let result = try LandscapeDOTWriter(renderer: renderer).write(landscape)
            return Written(output: .file(result.data), messages: result.messages, losses: result.losses)
        }
    }

    /// The files to write for `written` at `path`: the file itself, or the folder's files in it.
    static func items(_ written: WrittenLandscape, at path: String) -> [OutputFile.Item] {
        switch written {
        case .file(let data): [OutputFile.Item(data, to: path)]
        case .folder(let files): files.map { OutputFile.Item($0.data, to: (path as NSString).appendingPathComponent($0.name)) }
        }
    }
}
