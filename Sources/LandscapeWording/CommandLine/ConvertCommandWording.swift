import LandscapeCore

/// The words of `landscape convert`: its help, its refusals of an output or a format, the
/// warnings about what a format cannot carry, and its result line, from the catalog
/// `command-convert` of a language (Catalogs/LANGUAGE/command-convert.yaml). The help texts,
/// `oldExcelNotWritten(output:)`, `notWritten(format:)` and `noFormat(output:)` are its messages as they are.
public typealias ConvertCommandWording = CommandConvertMessages

extension Language {
    /// The words of `landscape convert` in this language.
    public var convertCommandWording: ConvertCommandWording { Catalog(self).commandConvert }
}

extension CommandConvertMessages {
    /// No `-o`: "Give the output with -o, e.g. 'landscape convert graphs/weimar.yaml -o out/landscape.graphml'";
    /// the example names `exampleInput`, or an example landscape when there is no input.
    public func noOutput(exampleInput: String?) -> String { noOutput(input: exampleInput ?? "graphs/weimar.yaml") }

    /// The output's extension names another format than `--to`.
    public func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        formatDisagrees(output: output, extension: fileExtension, format: format)
    }

    /// A failed layout (DOT): "error: …".
    public func error(_ text: String) -> String { error(text: text) }

    /// What the output format cannot carry, as a warning naming the output; `loss` is the
    /// writer's sentence.
    public func loss(_ loss: String, output: String) -> String { self.loss(path: output, loss: loss) }

    /// The result line: "wrote out/a.graphml (graphml, 37 actors, 53 ties)".
    public func wrote(path: String, format: String, actors: Int, ties: Int) -> String {
        let console = ConsoleWording(catalog: catalog)
        return wroteFile(path: path, format: format, actors: console.count(actors, .actor), ties: console.count(ties, .tie))
    }
}
