/// A Graphviz layout program (`--engine`).
public enum LayoutEngine: String, CaseIterable, Hashable, Sendable, Codable {
    /// Layered, top-down; honours clusters. The steering view's engine.
    case dot
    /// Stress majorisation (spring model); the default for networks up to `largeLandscape` actors.
    case neato
    /// Force-directed; honours clusters but is not reproducible with them in Graphviz 2.42.
    case fdp
    /// Multilevel force-directed; the default above `largeLandscape` actors.
    case sfdp
    /// Circular.
    case circo
    /// Packs clusters as boxes, with no regard to ties.
    case osage

    /// Above this many actors the defaults switch to the multilevel engines (neato's stress
    /// majorisation takes seconds above about a thousand nodes) and labels are thinned out.
    public static let largeLandscape = 300

    /// Whether clustered diagrams keep each cluster's members together in a labelled box of
    /// its own: natively (dot, fdp, osage) or, for neato and sfdp, by laying out each cluster
    /// separately and then arranging the clusters (neato's own clusters overlap). circo
    /// ignores clusters.
    public var keepsClusters: Bool {
        self != .circo
    }

    /// Whether Graphviz's layout itself keeps clusters together (dot, fdp, osage); the others
    /// get the two-level cluster layout.
    public var placesClustersItself: Bool {
        switch self {
        case .dot, .fdp, .osage: true
        case .neato, .sfdp, .circo: false
        }
    }

    /// Whether the same input gives byte-identical output from a fresh process. Graphviz
    /// 2.42's fdp with clusters does not, not even in its own command-line tool.
    public func isReproducible(clustered: Bool) -> Bool {
        !(self == .fdp && clustered)
    }

    /// Whether the engine reads the `start` seed.
    var usesSeed: Bool {
        switch self {
        case .neato, .fdp, .sfdp: true
        case .dot, .circo, .osage: false
        }
    }

    /// The engine used when none is asked for: dot for the steering view (a hierarchy);
    /// otherwise neato, and sfdp above `largeLandscape` actors (neato's stress majorisation
    /// takes seconds there). Clusters do not change the choice: dot spreads a clustered
    /// network into one very wide row, and fdp with clusters is not reproducible.
    public static func automatic(actors: Int, view: DiagramOptions.View, clustered: Bool) -> LayoutEngine {
        if view == .steering { return .dot }
        return actors <= largeLandscape ? .neato : .sfdp
    }
}
