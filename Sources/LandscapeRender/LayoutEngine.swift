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
    /// Packs clusters as boxes; the default for clustered diagrams above `largeLandscape` actors.
    case osage

    /// Above this many actors the defaults switch to the multilevel engines (neato's stress
    /// majorisation takes seconds above about a thousand nodes) and labels are thinned out.
    public static let largeLandscape = 300

    /// Whether the engine keeps the members of a cluster together in a labelled box. neato
    /// draws the boxes but lets them overlap; sfdp and circo ignore clusters.
    public var keepsClusters: Bool {
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

    /// The engine used when none is asked for: dot for the steering view (a hierarchy) and for
    /// clusters (it keeps them apart and is reproducible); otherwise neato, and above
    /// `largeLandscape` actors sfdp (osage with clusters).
    public static func automatic(actors: Int, view: DiagramOptions.View, clustered: Bool) -> LayoutEngine {
        if view == .steering { return .dot }
        if clustered { return actors <= largeLandscape ? .dot : .osage }
        return actors <= largeLandscape ? .neato : .sfdp
    }
}
