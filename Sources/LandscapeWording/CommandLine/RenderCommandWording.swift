import Foundation
import LandscapeCore

/// The words of `landscape render`: its help, its refusals, its result line and the label of
/// an uncoordinated group in a diagram of the gaps. Worded by the catalog `command-render` of
/// each language (Catalogs/LANGUAGE/command-render.yaml), whose messages are named as the
/// requirements here.
public protocol RenderCommandWording: Sendable {
    var abstract: String { get }
    var discussion: String { get }
    var outputHelp: String { get }
    var formatHelp: String { get }
    /// `largeLandscape`: the number of actors up to which neato lays out.
    func engineHelp(largeLandscape: Int) -> String
    var viewHelp: String { get }
    var colorByHelp: String { get }
    var sizeByHelp: String { get }
    var clusterByHelp: String { get }
    func labelsHelp(largeLandscape: Int) -> String
    var highlightHelp: String { get }
    var egoHelp: String { get }
    var depthHelp: String { get }
    var languageHelp: String { get }
    var seedHelp: String { get }

    /// No `-o`: "Give the diagram file with -o, e.g. 'landscape render graphs/weimar.yaml -o out/diagram.svg'."
    func missingOutput(exampleInput: String) -> String
    /// The file's extension names another format than `--format`.
    func formatDisagrees(output: String, fileExtension: String, format: String) -> String
    /// Neither the file's extension nor `--format` names a format.
    func noFormat(output: String) -> String
    /// `--size-by` names no measure; `suggestion` is the closest name, if any is close.
    func notAMeasure(_ value: String, suggestion: String?, names: [String]) -> String
    func unknownLanguage(_ value: String) -> String
    func unknownLabels(_ value: String) -> String
    var gapsStandAlone: String { get }
    func highlightIsAFile(_ path: String) -> String
    var depthNeedsEgo: String { get }
    func depthTooSmall(_ depth: Int) -> String
    /// Under a usage error found after reading: "  See 'landscape render --help' for more information."
    var seeHelp: String { get }
    /// A note of the diagram builder on standard error.
    func note(_ text: String) -> String
    /// A failed layout or rendering.
    func error(_ text: String) -> String
    /// "wrote out/a.svg (svg, 37 actors, 53 ties, neato, 0.12 s)".
    func wrote(path: String, format: String, actors: Int, ties: Int, engine: String, seconds: Double) -> String
    /// The label of an uncoordinated topic's or target group's box: "not coordinated: Sprachförderung".
    func notCoordinated(_ topic: String) -> String
}

extension Language {
    /// The words of `landscape render` in this language.
    public var renderCommandWording: any RenderCommandWording { Catalog(self).commandRender }
}

/// The words of `landscape render` from the catalog of one language: the help texts and
/// `noFormat` are its messages as they are.
extension CommandRenderMessages: RenderCommandWording {
    func engineHelp(largeLandscape: Int) -> String { engineHelp(large: String(largeLandscape)) }

    func labelsHelp(largeLandscape: Int) -> String { labelsHelp(large: String(largeLandscape)) }

    func missingOutput(exampleInput: String) -> String { missingOutput(input: exampleInput) }

    func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        formatDisagrees(output: output, extension: fileExtension, format: format)
    }

    func notAMeasure(_ value: String, suggestion: String?, names: [String]) -> String {
        if let suggestion { return didYouMean(suggestion: suggestion) }
        return notAMeasure(names: names.joined(separator: catalog.general.listSeparator))
    }

    func unknownLanguage(_ value: String) -> String { unknownLanguage(value: value) }

    func unknownLabels(_ value: String) -> String { unknownLabels(value: value) }

    func highlightIsAFile(_ path: String) -> String { highlightIsAFile(path: path) }

    func depthTooSmall(_ depth: Int) -> String { depthTooSmall(depth: String(depth)) }

    func note(_ text: String) -> String { note(text: text) }

    func error(_ text: String) -> String { error(text: text) }

    func wrote(path: String, format: String, actors: Int, ties: Int, engine: String, seconds: Double) -> String {
        let console = CatalogConsoleWording(catalog: catalog)
        // Two decimals as printf rounds them, with the language's decimal separator.
        let time = String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: String(catalog.numbers.decimalSeparator))
        return wroteFile(path: path, format: format, actors: console.count(actors, .actor), ties: console.count(ties, .tie),
                         engine: engine, seconds: time)
    }

    func notCoordinated(_ topic: String) -> String { notCoordinated(topic: topic) }
}
