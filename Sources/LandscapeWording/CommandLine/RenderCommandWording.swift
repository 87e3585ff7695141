import Foundation
import LandscapeCore

/// The words of `landscape render`: its help, its refusals, its result line and the label of
/// an uncoordinated group in a diagram of the gaps, from the catalog `command-render` of a
/// language (Catalogs/LANGUAGE/command-render.yaml). The help texts and `noFormat(output:)` are
/// its messages as they are.
public typealias RenderCommandWording = CommandRenderMessages

extension Language {
    /// The words of `landscape render` in this language.
    public var renderCommandWording: RenderCommandWording { Catalog(self).commandRender }
}

extension CommandRenderMessages {
    /// The help of `--engine`; `largeLandscape`: the number of actors up to which neato lays out.
    public func engineHelp(largeLandscape: Int) -> String { engineHelp(large: String(largeLandscape)) }

    /// The help of `--labels`; `largeLandscape`: the number of actors up to which every label is shown.
    public func labelsHelp(largeLandscape: Int) -> String { labelsHelp(large: String(largeLandscape)) }

    /// `--overview`'s help, with the number of actors above which the overview groups them.
    public func overviewHelp(threshold: Int) -> String { overviewHelp(threshold: String(threshold)) }

    /// No `-o`: "Give the diagram file with -o, e.g. 'landscape render graphs/weimar.yaml -o out/diagram.svg'."
    public func missingOutput(exampleInput: String) -> String { missingOutput(input: exampleInput) }

    /// The file's extension names another format than `--format`.
    public func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        formatDisagrees(output: output, extension: fileExtension, format: format)
    }

    /// `--size-by` names no measure; `suggestion` is the closest name, if any is close.
    public func notAMeasure(_ value: String, suggestion: String?, names: [String]) -> String {
        if let suggestion { return didYouMean(suggestion: suggestion) }
        return notAMeasure(names: names.joined(separator: catalog.general.listSeparator))
    }

    /// A `--lang` value that is no language.
    public func unknownLanguage(_ value: String) -> String { unknownLanguage(value: value) }

    /// A `--labels` value that is none of the choices.
    public func unknownLabels(_ value: String) -> String { unknownLabels(value: value) }

    /// A value after `--highlight` that is a file: the landscape files belong before the option.
    public func highlightIsAFile(_ path: String) -> String { highlightIsAFile(path: path) }

    /// A `--depth` below 1.
    public func depthTooSmall(_ depth: Int) -> String { depthTooSmall(depth: String(depth)) }

    /// A note of the diagram builder on standard error.
    public func note(_ text: String) -> String { note(text: text) }

    /// A failed layout or rendering.
    public func error(_ text: String) -> String { error(text: text) }

    /// The result line: "wrote out/a.svg (svg, 37 actors, 53 ties, neato, 0.12 s)".
    public func wrote(path: String, format: String, actors: Int, ties: Int, engine: String, seconds: Double) -> String {
        let console = ConsoleWording(catalog: catalog)
        // Two decimals as printf rounds them, with the language's decimal separator.
        let time = String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: String(catalog.numbers.decimalSeparator))
        return wroteFile(path: path, format: format, actors: console.count(actors, .actor), ties: console.count(ties, .tie),
                         engine: engine, seconds: time)
    }

    /// The label of an uncoordinated topic's or target group's box: "not coordinated: Sprachförderung".
    public func notCoordinated(_ topic: String) -> String { notCoordinated(topic: topic) }
}
