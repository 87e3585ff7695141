import LandscapeCore
import LandscapeIO

/// What to read: the files (merged in order), the limits, and the day to look at.
public struct LoadRequest: Sendable {
    public var files: [String]
    public var limits: InputLimits
    /// Look at the landscape as it is on this day (`--at`); `nil`: as given.
    public var day: CalendarDay?
    /// The landscape's title instead of its files' (`--title`); `nil`: the files' (combined
    /// when they differ, with a warning).
    public var title: String?
    /// Keep the planned ties (`status: planned`) as if they existed (`--planned`), as a
    /// conversion or an import must; otherwise they are left out of what is loaded.
    public var includePlanned: Bool

    public init(files: [String], limits: InputLimits = .standard, day: CalendarDay? = nil, title: String? = nil,
                includePlanned: Bool = false) {
        self.files = files
        self.limits = limits
        self.day = day
        self.title = title
        self.includePlanned = includePlanned
    }
}

/// A load that found errors: every diagnostic, in reading order (errors and warnings).
public struct LoadFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
}

/// What a successful load gave: the whole landscape as read, the landscape on the requested
/// day, and the warnings.
public struct LoadedLandscape: Sendable {
    /// Every actor and tie of the inputs, all dates; the planned ties only when the request
    /// includes them.
    public var whole: Landscape
    /// The landscape on the requested day (the whole one when no day was asked for).
    public var landscape: Landscape
    public var warnings: [Diagnostic]
}

/// Reading landscapes: the first step of every use case.
public enum Loading {
    /// Reads and merges the request's files, told to `progress` as one step.
    ///
    /// - Returns: the landscape and the warnings, or a `LoadFailure` with every diagnostic when
    ///   any input has an error; never a partial landscape with errors.
    /// - Complexity: linear in the size of the inputs (validation runs on all cores).
    public static func load(_ request: LoadRequest, progress: any ProgressSink = NoProgress()) -> Result<LoadedLandscape, LoadFailure> {
        let result = progress.run(.loading(files: request.files.count)) { LandscapeLoader(limits: request.limits).load(request.files) }
        if result.hasErrors { return .failure(LoadFailure(diagnostics: result.diagnostics)) }
        var whole = result.landscape
        var warnings = result.diagnostics
        if let title = request.title?.trimmingSpaces, !title.isEmpty {
            // A title given by the user settles what differing file titles would have warned about.
            whole.title = title
            warnings.removeAll { if case .validation(.titlesDiffer) = $0.message { true } else { false } }
        }
        whole = whole.realised(includingPlanned: request.includePlanned)
        let atDay = request.day.map { whole.active(on: $0) } ?? whole
        return .success(LoadedLandscape(whole: whole, landscape: atDay, warnings: warnings))
    }
}

extension Landscape {
    /// Reads and merges landscape files of any supported format, as `landscape check` does.
    ///
    /// ```swift
    /// let ranking = try Landscape.load("graphs/weimar.yaml").central()
    /// ranking[ActorID("vhs-weimar")]?.betweenness
    /// ```
    ///
    /// - Throws: `LoadFailure` with every diagnostic when an input has errors. Warnings are
    ///   dropped; use `Loading.load(_:)` to see them.
    public static func load(_ files: String..., limits: InputLimits = .standard) throws(LoadFailure) -> Landscape {
        try Loading.load(LoadRequest(files: files, limits: limits)).get().landscape
    }
}
