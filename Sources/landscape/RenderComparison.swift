import ArgumentParser
import LandscapeApp
import LandscapeCore
import LandscapeRender
import LandscapeWording

/// The options of `render` that draw what changed between two versions of a landscape:
/// `--diff OLD NEW`, or `--from DATE [--to DATE]` for one landscape on two dates, and `--side`
/// for one side in the layout of the changes.
struct ComparisonDrawingOptions: ParsableArguments {
    static let words = Language.en.changesCommandWording

    @Flag(help: ArgumentHelp(words.diffHelp))
    var diff = false

    @Option(help: ArgumentHelp(words.fromHelp, valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp(words.toHelp, valueName: "date"))
    var to: String?

    @Option(help: ArgumentHelp(words.sideHelp, valueName: "old|new"))
    var side: DiffDrawingSide?

    /// Whether a comparison is drawn instead of one landscape.
    var isAsked: Bool { diff || from != nil }

    /// The two sides the inputs name: the two files, or the files on two dates.
    func sides(files: [String]) -> DiffRequest.Sides {
        if let from, let start = PartialDate(parsing: from) {
            return .dates(files: files, from: start, to: to.flatMap { PartialDate(parsing: $0) })
        }
        return .inputs(old: Array(files.prefix(1)), new: Array(files.dropFirst().prefix(1)))
    }
}

extension DiffDrawingSide: ExpressibleByArgument {}

extension Render {
    /// The comparing options agree with each other and with the rest: two inputs for --diff,
    /// no option that draws one landscape differently from the other.
    func validateComparison() throws {
        let words = ComparisonDrawingOptions.words
        try Checks.date(comparison.from, option: "--from")
        try Checks.date(comparison.to, option: "--to")
        if comparison.to != nil && comparison.from == nil { throw ValidationError(words.toWithoutFrom) }
        if comparison.diff && comparison.from != nil { throw ValidationError(words.diffAndFrom) }
        guard comparison.isAsked else {
            if comparison.side != nil { throw ValidationError(words.sideWithoutDiff) }
            return
        }
        if comparison.diff && input.files.count != 2 { throw ValidationError(words.diffNeedsTwo(count: input.files.count)) }
        let refused = [("--at", input.at != nil), ("--highlight", !highlight.isEmpty), ("--ego", ego != nil),
                       ("--cluster-by", clusterBy != nil), ("--size-by", sizeBy != nil)]
        if let (option, _) = refused.first(where: { $0.1 }) { throw ValidationError(words.optionWithDiff(option: option)) }
    }

    /// Draws the changes between the two sides, or one side in the layout of the changes: the
    /// changes diagram is laid out first, and the side's actors are pinned where it put them.
    func runComparison(output: String, format: RenderFormat) throws {
        let request = DiffRequest(sides: comparison.sides(files: input.files), limits: input.limits.limits)
        try InputOptions.requireExisting(request.inputs)
        let sides = try Console.read(Diffing.sides(request), warnings: \.warnings)
        let options = self.request.options
        let changes = try Self.built { () throws(DiagramError) in try DiffDrawing.changes(sides, options: options) }
        guard let side = comparison.side else { return try draw(changes, to: output, format: format) }
        let drawing = try Self.rendered(changes, as: .svg)
        let layout = drawing.layout ?? DiagramLayout(actors: [:], drawing: Box(minX: 0, minY: 0, maxX: 0, maxY: 0))
        let diagram = try Self.built { () throws(DiagramError) in try DiffDrawing.side(side, of: sides, options: options, layout: layout) }
        try draw(diagram, to: output, format: format)
    }
}
