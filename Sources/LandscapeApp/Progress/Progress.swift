import LandscapeCore

/// A step of a use case that can take a while on a large landscape: reading, the analyses,
/// laying out a diagram, writing the report.
public enum ProgressStep: Sendable, Hashable {
    /// Reading and merging `files` input files.
    case loading(files: Int)
    /// Measures, gaps, communities, suggestions or a what-if on `actors` actors.
    case analysing(actors: Int)
    /// Laying out and drawing a diagram of `actors` actors (Graphviz).
    case drawing(actors: Int)
    /// The report on `actors` actors: its analyses, diagrams and text.
    case reporting(actors: Int)
}

/// Where a use case says that a long step begins and ends. The command line shows a line on
/// standard error for a step that runs longer than about a second; a library call shows
/// nothing (`NoProgress`); the server can pass its own. A sink decides itself what to show and
/// when, so telling it is cheap: a step, not a loop's every turn.
public protocol ProgressSink: Sendable {
    func started(_ step: ProgressStep)
    func finished(_ step: ProgressStep)
}

/// The sink that shows nothing: the default of every use case.
public struct NoProgress: ProgressSink {
    public init() {}
    public func started(_ step: ProgressStep) {}
    public func finished(_ step: ProgressStep) {}
}

extension ProgressSink {
    /// Runs `work` as `step`: started before it, finished after it, also when it throws.
    public func run<Value, Failure: Error>(_ step: ProgressStep, _ work: () throws(Failure) -> Value) throws(Failure) -> Value {
        started(step)
        defer { finished(step) }
        return try work()
    }
}
