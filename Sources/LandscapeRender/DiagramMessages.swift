import LandscapeCore

/// Why a diagram cannot be built as asked. The messages (English, like every message of the
/// command-line tool) are phrased as guidance and live here, in one place.
public enum DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An id given to `option` names no actor.
    case unknownActor(ActorID, option: String, suggestion: ActorID?)
    /// The actor exists but is not in the diagram (inactive on the day, or without ties of
    /// the view).
    case actorNotShown(ActorID, option: String, reason: NotShownReason)
    /// `--cluster-by` with an engine that does not keep clusters together.
    case engineIgnoresClusters(LayoutEngine)
    /// `--depth` below 1.
    case invalidDepth(Int)
    /// `--labels top:N` with N below 1.
    case invalidLabelCount(Int)
    /// `--group NAME` names no group; the groups there are.
    case unknownGroup(String, groups: [String])

    public enum NotShownReason: Hashable, Sendable {
        case inactive(on: CalendarDay)
        case noTiesOfView(DiagramOptions.View)
    }

    public var description: String {
        switch self {
        case .unknownActor(let id, let option, let suggestion):
            var text = "\(option): no actor has the id '\(id)'"
            if let suggestion { text += "; did you mean '\(suggestion)'?" } else { text += "; 'landscape check' lists the file's problems, and ids are as written in the file" }
            return text
        case .actorNotShown(let id, let option, .inactive(let day)):
            return "\(option): actor '\(id)' is not active on \(day); choose another date with --at or another actor"
        case .actorNotShown(let id, let option, .noTiesOfView(let view)):
            return "\(option): actor '\(id)' has no ties in the \(view.rawValue) view; use --view network to see it"
        case .engineIgnoresClusters(let engine):
            let keeping = LayoutEngine.allCases.filter(\.keepsClusters).map(\.rawValue).joined(separator: ", ")
            return "--engine \(engine.rawValue) does not keep clusters together; with --cluster-by use one of \(keeping) (or leave --engine out)"
        case .invalidDepth(let depth):
            return "--depth \(depth): the depth counts steps from the --ego actor and must be 1 or more"
        case .invalidLabelCount(let count):
            return "--labels top:\(count): name at least one actor (top:1), or use --labels none"
        case .unknownGroup(let name, let groups):
            let listed = groups.prefix(12).map { "'\($0)'" }.joined(separator: ", ") + (groups.count > 12 ? ", …" : "")
            return "--group: there is no group '\(name)'; the groups are \(listed)"
        }
    }
}

/// Something the person who asked for a diagram should know about it (printed by the tool,
/// not drawn).
public enum DiagramNote: Hashable, Sendable, CustomStringConvertible {
    /// Labels were left off all but the best-connected actors.
    case labelsThinned(shown: Int, total: Int)
    /// The steering view left out actors without steering, membership or funding ties.
    case leftOutOfView(Int)
    /// The engine's layout differs between runs with clusters.
    case notReproducible(LayoutEngine)
    /// Highlighted actors outside the `--ego` neighbourhood.
    case highlightOutsideNeighbourhood([ActorID])
    /// More groups than colours: the smallest share one colour.
    case groupsShareColour(Int)

    /// The note in English (`text(in:)` for another language).
    public var description: String { text(in: .en) }
}
