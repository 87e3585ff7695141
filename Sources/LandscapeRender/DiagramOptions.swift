import LandscapeCore

/// What to draw and how: the view, colours, sizes, clusters, labels, emphasis and language.
public struct DiagramOptions: Hashable, Sendable {
    /// Which ties the diagram shows.
    public enum View: String, CaseIterable, Hashable, Sendable {
        /// Every tie.
        case network
        /// Steering, membership and funding ties only, top-down: who steers, funds, sits in which
        /// committee.
        case steering
    }

    /// What the node colour shows (the shape always shows the kind).
    public enum ColorBy: String, CaseIterable, Hashable, Sendable {
        case kind, municipality, sector
        /// The community of each actor, from `DiagramOptions.communities`.
        case community
    }

    /// What groups the boxed clusters.
    public enum ClusterBy: String, CaseIterable, Hashable, Sendable {
        case municipality, sector, kind
    }

    /// What the overview of a large landscape gathers into one node (`--group-by`).
    public enum GroupBy: String, CaseIterable, Hashable, Sendable {
        /// The actors of one municipality (those without one together).
        case municipality
        /// The actors of one community, from `DiagramOptions.communities`.
        case community
    }

    /// Which nodes carry their name.
    public enum Labels: Hashable, Sendable {
        case all
        case none
        /// The `n` actors with the highest size score (degree when nodes are not sized).
        case top(Int)

        /// `all`, `none` or `top:N` with N ≥ 1.
        public init?(parsing text: String) {
            switch text.lowercased() {
            case "all": self = .all
            case "none": self = .none
            default:
                let parts = text.lowercased().split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0] == "top", let n = Int(parts[1]), n >= 1 else { return nil }
                self = .top(n)
            }
        }
    }

    /// How big each node is.
    public enum Sizing: Hashable, Sendable {
        case uniform
        /// Number of distinct neighbours in the diagram.
        case degree
        /// Scores from elsewhere (a centrality measure), with the measure's name for the legend.
        /// Actors without a score get the smallest size.
        case scores(ActorScores)
    }

    /// Draw only the actors within `depth` steps of `center` (ties taken as undirected).
    public struct Ego: Hashable, Sendable {
        public var center: ActorID
        public var depth: Int

        public init(center: ActorID, depth: Int = 1) {
            self.center = center
            self.depth = depth
        }
    }

    public var view: View
    /// `nil`: chosen by size, view and clusters (`LayoutEngine.automatic`).
    public var engine: LayoutEngine?
    public var colorBy: ColorBy
    public var sizing: Sizing
    public var clusterBy: ClusterBy?
    /// `nil`: every name up to `LayoutEngine.largeLandscape` actors, the 150 best connected above.
    public var labels: Labels?
    /// Actors to emphasise; the others fade.
    public var highlight: [ActorID]
    public var ego: Ego?
    /// `nil`: the landscape's language.
    public var language: Language?
    /// Seed of the force-directed engines (`start`); the same seed gives the same layout.
    public var seed: UInt32
    /// Draw the landscape as it is on this day (`--at`).
    public var day: CalendarDay?
    /// Community number of each actor (0 the largest), for `colorBy == .community`.
    public var communities: [ActorID: Int] = [:]
    /// What the overview and the group diagrams group by.
    public var groupBy: GroupBy = .municipality
    /// At most this many actors linking groups that an overview draws on their own
    /// (`DiagramBuilder.overview`); the briefing's half page takes fewer than a report's page.
    public var overviewKept: Int = DiagramBuilder.overviewKeptLimit
    /// For a small page (the briefing's half page): nodes closer together, and in an overview
    /// the groups drawn as rounded boxes and every name wrapped at `Look.compactWrapWidth`
    /// characters on as many lines as it needs, so that the drawing is narrow.
    public var compact = false
    /// The gaps to draw (`--highlight gaps`).
    public var gapMarks: GapMarks?
    /// What changed, for a diagram of the union of two versions (`render --diff`): the colours
    /// then show the change instead of the kind.
    public var changes: DiagramChanges?

    public init(
        view: View = .network, engine: LayoutEngine? = nil, colorBy: ColorBy = .kind,
        sizing: Sizing = .uniform, clusterBy: ClusterBy? = nil, labels: Labels? = nil,
        highlight: [ActorID] = [], ego: Ego? = nil, language: Language? = nil, seed: UInt32 = 1,
        day: CalendarDay? = nil
    ) {
        self.view = view
        self.engine = engine
        self.colorBy = colorBy
        self.sizing = sizing
        self.clusterBy = clusterBy
        self.labels = labels
        self.highlight = highlight
        self.ego = ego
        self.language = language
        self.seed = seed
        self.day = day
    }

    /// Labels shown when none are asked for, for a diagram of `actors` actors.
    public static func automaticLabels(actors: Int) -> Labels {
        actors <= LayoutEngine.largeLandscape ? .all : .top(150)
    }
}

/// A score per actor from some measure, and the measure's name (for the legend).
public struct ActorScores: Hashable, Sendable {
    public var measure: LocalizedText
    public var values: [ActorID: Double]

    public init(measure: LocalizedText, values: [ActorID: Double]) {
        self.measure = measure
        self.values = values
    }
}

/// What `--highlight gaps` draws: marked actors (cut points and isolates), suggested ties
/// (dotted), and groups that should coordinate (boxed when no other clusters are asked for).
public struct GapMarks: Hashable, Sendable {
    public struct SuggestedTie: Hashable, Sendable {
        public var from: ActorID
        public var to: ActorID

        public init(from: ActorID, to: ActorID) {
            self.from = from
            self.to = to
        }
    }

    public struct Group: Hashable, Sendable {
        public var label: LocalizedText
        public var members: [ActorID]

        public init(label: LocalizedText, members: [ActorID]) {
            self.label = label
            self.members = members
        }
    }

    public var marked: Set<ActorID>
    public var suggested: [SuggestedTie]
    public var groups: [Group]

    public init(marked: Set<ActorID> = [], suggested: [SuggestedTie] = [], groups: [Group] = []) {
        self.marked = marked
        self.suggested = suggested
        self.groups = groups
    }
}
