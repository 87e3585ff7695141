import Foundation
import LandscapeCore

/// The words of `landscape render` in English.
struct EnglishRenderCommand: RenderCommandWording {
    let abstract = "Draw a landscape as a diagram (SVG, PNG, PDF or DOT) with the Graphviz library."

    let discussion = """
        Shape and colour show each actor's kind, line style and arrow each tie's kind; a \
        legend and a title (in the landscape's language, or --lang) are part of the \
        picture. The same input and --seed give the same file, byte for byte (SVG, PNG, \
        DOT; PDF embeds its creation date). Layout runs in a short-lived child process, \
        so a crash inside Graphviz is reported as an error. See docs/render.md.

        Examples:
          landscape render graphs/weimar.yaml -o out/weimar.svg
          landscape render graphs/*.yaml -o out/all.png --cluster-by municipality
          landscape render graphs/eisenach.yaml -o out/steering.pdf --view steering
          landscape render graphs/jena.yaml -o out/ego.svg --ego jena-bildungsmanagement --depth 2
        """

    let outputHelp = "The diagram file to write; its extension (.svg, .png, .pdf, .dot) picks the format."
    let formatHelp = "Output format when the file name does not say."

    func engineHelp(largeLandscape: Int) -> String {
        "Layout engine (default: dot for --view steering, neato up to \(largeLandscape) actors, sfdp above)."
    }

    let viewHelp = "network: every tie; steering: steering, membership and funding ties, top-down."
    let colorByHelp = "What the fill colour shows: kind, municipality or sector."
    let sizeByHelp = "Size the nodes by a measure: degree (number of partners)."
    let clusterByHelp = "Draw a labelled box around each group."

    func labelsHelp(largeLandscape: Int) -> String {
        "Which names to show: all, none or top:N (the N best connected; default: all up to \(largeLandscape) actors)."
    }

    let highlightHelp = "Emphasise these actors (ids) and fade the rest."
    let egoHelp = "Draw only this actor's neighbourhood."
    let depthHelp = "Steps from the --ego actor (default 1: direct partners)."
    let languageHelp = "Language of title and legend: de or en (default: the landscape's)."
    let seedHelp = "Seed of the force-directed layouts; another seed gives another arrangement."

    func missingOutput(exampleInput: String) -> String {
        "Give the diagram file with -o, e.g. 'landscape render \(exampleInput) -o out/diagram.svg'."
    }

    func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        "'-o \(output)' ends in .\(fileExtension) but --format is \(format); change one of them."
    }

    func noFormat(output: String) -> String {
        "'-o \(output)': name the file .svg, .png, .pdf or .dot, or give --format."
    }

    func notAMeasure(_ value: String, suggestion: String?, names: [String]) -> String {
        if let suggestion { return "did you mean '\(suggestion)'?" }
        return "not a measure; use one of: \(names.joined(separator: ", "))."
    }

    func unknownLanguage(_ value: String) -> String { "'--lang \(value)' is not known; use de or en." }

    func unknownLabels(_ value: String) -> String {
        "'--labels \(value)' is not known; use all, none or top:N (N at least 1)."
    }

    let gapsStandAlone = "'--highlight gaps' stands alone; highlight either the gaps or actor ids."

    func highlightIsAFile(_ path: String) -> String {
        "'\(path)' after --highlight is a file; put the landscape files before --highlight (it takes every value up to the next option)."
    }

    let depthNeedsEgo = "--depth counts steps from an actor; give it with --ego ID."

    func depthTooSmall(_ depth: Int) -> String { "--depth \(depth): give 1 (direct partners) or more." }

    let seeHelp = "  See 'landscape render --help' for more information."

    func note(_ text: String) -> String { "note: \(text)" }

    func error(_ text: String) -> String { "error: \(text)" }

    func wrote(path: String, format: String, actors: Int, ties: Int, engine: String, seconds: Double) -> String {
        let console = EnglishConsole()
        return "wrote \(path) (\(format), \(console.count(actors, .actor)), \(console.count(ties, .tie)), \(engine), "
            + "\(String(format: "%.2f", seconds)) s)"
    }

    func notCoordinated(_ topic: String) -> String { "not coordinated: \(topic)" }
}
