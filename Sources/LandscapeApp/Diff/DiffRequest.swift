import Foundation
import LandscapeCore
import LandscapeIO

/// What `landscape diff` compares: two sets of inputs, or one landscape on two dates.
public struct DiffRequest: Sendable {
    /// Where the two sides come from.
    public enum Sides: Sendable, Equatable {
        /// The old and the new inputs, each merged (files or CSV folders).
        case inputs(old: [String], new: [String])
        /// One landscape's inputs, merged, on two dates: `from`, and `to` (`nil`: on its `as_of`
        /// date, else as given). A year or month means its first day, as `--at` does.
        case dates(files: [String], from: PartialDate, to: PartialDate?)
    }

    public var sides: Sides
    public var limits: InputLimits
    /// Resources and events the analyses take in as nodes; none by default. (Their records are
    /// compared either way.)
    public var include: Set<IncludedElement>
    /// Threads for the measures; `nil` for one per core.
    public var workers: Int?
    /// The title of both sides instead of their files' (`--title`): merged files with
    /// different titles are named so, without the warning.
    public var title: String?

    public init(sides: Sides, limits: InputLimits = .standard, include: Set<IncludedElement> = [], workers: Int? = nil,
                title: String? = nil) {
        self.sides = sides
        self.limits = limits
        self.include = include
        self.workers = workers
        self.title = title
    }

    /// Every input the request reads.
    public var inputs: [String] {
        switch sides {
        case .inputs(let old, let new): old + new
        case .dates(let files, _, _): files
        }
    }
}

/// One side of a comparison: its label (the file names, or the date) and the landscape.
public struct DiffSide: Sendable {
    /// The inputs' file names ("weimar.yaml", "a.yaml + b.yaml"), or the date ("2019-08").
    public var label: String
    public var landscape: Landscape
    /// The day the landscape was taken on, when the side is one landscape on a date.
    public var day: CalendarDay?
    /// The date as it was asked for (`--from 2017`), when the side is one landscape on a date:
    /// `label` writes it as data ("2019-08"), `spokenLabel(in:)` as a reader says it.
    public var date: PartialDate?

    public init(label: String, landscape: Landscape, day: CalendarDay? = nil, date: PartialDate? = nil) {
        self.label = label
        self.landscape = landscape
        self.day = day
        self.date = date
    }

    /// The label in the words of `language`: a date as precise as it was given ("August 2019",
    /// "2017"), the file names as they are.
    public func spokenLabel(in language: Language) -> String {
        date.map { language.reportWording.date($0) } ?? label
    }

    public var actors: Int { landscape.actors.count }
    public var ties: Int { landscape.ties.count }

    /// The name of an actor of this side, its id when it has none.
    public func name(_ id: ActorID) -> String? { landscape[id]?.name }
}

/// What a comparison found: the two sides, their differences and the warnings of reading.
public struct DiffResult: Sendable {
    public var old: DiffSide
    public var new: DiffSide
    public var diff: LandscapeDiff
    public var warnings: [Diagnostic]

    /// The name of an actor on either side (the new name first), else its id.
    public func name(_ id: ActorID) -> String { new.name(id) ?? old.name(id) ?? id.rawValue }
}

/// The two sides of a comparison as read, before they are compared, and the warnings of reading.
public struct DiffSides: Sendable {
    public var old: DiffSide
    public var new: DiffSide
    public var warnings: [Diagnostic]
}

/// Comparing two versions of a landscape (`landscape diff`).
public enum Diffing {
    /// Reads both sides and compares them.
    ///
    /// - Returns: the result, or a `LoadFailure` with the diagnostics of every input when any
    ///   input has an error (both sides are read, so that all errors are reported at once).
    /// - Complexity: reading is linear in the inputs; the comparison is `LandscapeDiff`'s.
    public static func diff(_ request: DiffRequest) -> Result<DiffResult, LoadFailure> {
        sides(request).map { sides in
            let diff = LandscapeDiff(old: sides.old.landscape, new: sides.new.landscape, include: request.include, workers: request.workers)
            return DiffResult(old: sides.old, new: sides.new, diff: diff, warnings: sides.warnings)
        }
    }

    /// Reads both sides: two sets of inputs, each merged, or one landscape on two dates.
    ///
    /// - Returns: the sides, or a `LoadFailure` with the diagnostics of every input when any
    ///   input has an error.
    /// - Complexity: linear in the inputs.
    public static func sides(_ request: DiffRequest) -> Result<DiffSides, LoadFailure> {
        switch request.sides {
        case .inputs(let oldFiles, let newFiles):
            // The two sides are read at the same time.
            let (limits, title) = (request.limits, request.title)
            let loads = concurrentMap([oldFiles, newFiles]) { Loading.load(LoadRequest(files: $0, limits: limits, title: title)) }
            let (oldLoad, newLoad) = (loads[0], loads[1])
            guard case .success(let oldLoaded) = oldLoad, case .success(let newLoaded) = newLoad else {
                return .failure(LoadFailure(diagnostics: diagnostics(oldLoad) + diagnostics(newLoad)))
            }
            let labels = self.labels(old: oldFiles, new: newFiles)
            return .success(DiffSides(old: DiffSide(label: labels.old, landscape: oldLoaded.landscape),
                                      new: DiffSide(label: labels.new, landscape: newLoaded.landscape),
                                      warnings: oldLoaded.warnings + newLoaded.warnings))
        case .dates(let files, let from, let to):
            return Loading.load(LoadRequest(files: files, limits: request.limits, title: request.title)).map { loaded in
                let whole = loaded.whole
                let day = to ?? whole.asOf
                return DiffSides(
                    old: DiffSide(label: from.description, landscape: whole.active(on: from.firstDay), day: from.firstDay,
                                  date: from),
                    new: DiffSide(label: day?.description ?? label(files),
                                  landscape: day.map { whole.active(on: $0.firstDay) } ?? whole, day: day?.firstDay, date: day),
                    warnings: loaded.warnings)
            }
        }
    }

    /// The diagnostics of a load: its warnings, or all of them when it failed.
    private static func diagnostics(_ load: Result<LoadedLandscape, LoadFailure>) -> [Diagnostic] {
        switch load {
        case .success(let loaded): loaded.warnings
        case .failure(let failure): failure.diagnostics
        }
    }

    /// The labels of two sets of inputs: their file names, or their paths as given when the
    /// names alone are the same on both sides (`a/weimar.yaml`, `b/weimar.yaml`).
    static func labels(old: [String], new: [String]) -> (old: String, new: String) {
        let byName = (label(old), label(new))
        return byName.0 != byName.1 ? byName : (old.joined(separator: " + "), new.joined(separator: " + "))
    }

    /// The file names of inputs, joined by " + ".
    static func label(_ files: [String]) -> String {
        files.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: " + ")
    }
}
