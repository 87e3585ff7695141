import LandscapeCore

/// The words of `landscape convert`: its help, its refusals of an output or a format, the
/// warnings about what a format cannot carry, and its result line, from the catalog
/// `Catalogs/LANGUAGE/command-convert.yaml` of the language it is made with.
public struct ConvertCommandWording: Sendable {
    private let catalog: Catalog

    init(catalog: Catalog) {
        self.catalog = catalog
    }

    private var messages: CommandConvertMessages { catalog.commandConvert }

    public var abstract: String { messages.helpAbstract }
    public var discussion: String { messages.helpDiscussion }
    public var filesHelp: String { messages.helpFiles }
    public var outputHelp: String { messages.helpOutput }
    public var toHelp: String { messages.helpTo }
    public var atHelp: String { messages.helpAt }
    public var edgeDirectionHelp: String { messages.helpEdgeDirection }

    /// No `-o`: "Give the output with -o, e.g. 'landscape convert graphs/weimar.yaml -o out/landscape.graphml'";
    /// the example names `exampleInput`, or an example landscape when there is no input.
    public func noOutput(exampleInput: String?) -> String {
        messages.refusalNoOutput(input: exampleInput ?? "graphs/weimar.yaml")
    }

    /// The output names an Excel workbook, which is read, not written.
    public var excelNotWritten: String { messages.refusalExcelNotWritten }

    /// The output names, or `--to` gives, another format that is read, not written.
    public func notWritten(format: String) -> String { messages.refusalNotWritten(format: format) }

    /// The output's extension names another format than `--to`.
    public func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        messages.refusalFormatDisagrees(output: output, extension: fileExtension, format: format)
    }

    /// Neither the output's extension nor `--to` names a format.
    public func noFormat(output: String) -> String { messages.refusalNoFormat(output: output) }

    /// A failed layout (DOT): "error: …".
    public func error(_ text: String) -> String { messages.resultError(text: text) }

    /// What the output format cannot carry, as a warning naming the output; `loss` is the
    /// writer's sentence.
    public func loss(_ loss: String, output: String) -> String { messages.resultLoss(path: output, loss: loss) }

    /// The result line: "wrote out/a.graphml (graphml, 37 actors, 53 ties)".
    public func wrote(path: String, format: String, actors: Int, ties: Int) -> String {
        let console = CatalogConsoleWording(catalog: catalog)
        return messages.resultWrote(path: path, format: format, actors: console.count(actors, .actor), ties: console.count(ties, .tie))
    }
}

extension Language {
    /// The words of `landscape convert` in this language.
    public var convertCommandWording: ConvertCommandWording { ConvertCommandWording(catalog: Catalog(self)) }
}
