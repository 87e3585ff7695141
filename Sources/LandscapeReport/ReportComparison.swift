import LandscapeCore
import LandscapeWording

/// How a report names one side of its comparison.
public enum ReportSideLabel: Sendable, Equatable {
    /// The names of its files ("weimar-2017.yaml").
    case files(String)
    /// A date, written as the report writes dates ("2017", "August 2019").
    case date(PartialDate)
    /// The report's own date: its day (`--at`), else the landscape's `as_of`, else the day it
    /// is written.
    case reportDate
}

/// The older version a report compares with (`report --compare OLD`, `--since DATE`): the
/// landscape as it was, and how the report names the two sides.
public struct ReportBaseline: Sendable {
    /// The older version, as read (or the landscape on the earlier date).
    public var landscape: Landscape
    /// How the report names the older side and the newer one, the landscape it describes.
    public var label, newLabel: ReportSideLabel

    public init(landscape: Landscape, label: ReportSideLabel, newLabel: ReportSideLabel) {
        self.landscape = landscape
        self.label = label
        self.newLabel = newLabel
    }
}

/// What a report says of the changes since its baseline: both sides (anonymised alike), what
/// changed between them and their union, which the diagram of the changes draws.
struct ReportComparison {
    /// The older version and the landscape the report describes (on its day), as it shows them.
    let old, new: Landscape
    /// The names of the two sides, as the report writes them ("2017", "1. August 2019").
    let oldLabel, newLabel: String
    /// What changed, as `landscape diff` finds it.
    let diff: LandscapeDiff
    /// Both sides together, for the diagram of the changes.
    let changed: ChangedLandscape

    /// - Complexity: that of `LandscapeDiff(old:new:)` (the analyses of both sides).
    init(old: Landscape, new: Landscape, oldLabel: String, newLabel: String) {
        self.old = old
        self.new = new
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        diff = LandscapeDiff(old: old, new: new)
        changed = ChangedLandscape(old: old, new: new, diff: diff)
    }

    /// The comparison of `new` with the baseline's landscape as `older` (both as the report
    /// shows them, anonymised alike), its sides named in the report's words; `reportDate` is
    /// the report's own date, written.
    init(_ baseline: ReportBaseline, older: Landscape, new: Landscape, words: ReportWording, reportDate: String) {
        func text(_ label: ReportSideLabel) -> String {
            switch label {
            case .files(let names): names
            case .date(let date): words.date(date)
            case .reportDate: reportDate
            }
        }
        self.init(old: older, new: new, oldLabel: text(baseline.label), newLabel: text(baseline.newLabel))
    }

    /// An actor's name on the newer side, else on the older one, else its id.
    func name(_ id: ActorID) -> String { new[id]?.name ?? old[id]?.name ?? id.rawValue }

    /// An actor's kind on the newer side, else on the older one.
    func kind(_ id: ActorID) -> ActorKind? { new[id]?.kind ?? old[id]?.kind }
}
