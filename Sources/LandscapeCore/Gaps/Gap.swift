/// A kind of weakness in a landscape.
public enum GapType: String, CaseIterable, Sendable {
    case isolate
    case pendant
    case fragmented
    case cutPoint = "cut-point"
    case bridge
    case groupHole = "group-hole"
    case uncoordinated
    case programDependency = "program-dependency"
    case uncovered
    case planningSilo = "planning-silo"
    case committeeDependency = "committee-dependency"
}

/// How urgent a gap is (rules per type in docs/gaps.md).
public enum GapSeverity: String, CaseIterable, Sendable, Comparable {
    case high, medium, low

    public static func < (lhs: GapSeverity, rhs: GapSeverity) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A weakness found in a landscape: its type, level, the actors involved and the facts that
/// make it one. The words (explanation and what to do) come from LandscapeWording.
public struct Gap: Sendable, Equatable {
    public var type: GapType
    public var severity: GapSeverity
    /// The actors involved (for a cut point: the cut point first, then who it cuts off).
    public var actors: [ActorID]
    /// Groups involved: group names, component or fragment labels, the topic or need.
    public var groups: [String]
    /// The facts behind the gap, one case per type.
    public var reason: Reason
    /// Parts that should be joined (fragments of an uncoordinated group, of a planning silo,
    /// components): used by `suggest` to say which gap a new tie closes.
    public var fragments: [[ActorID]]

    public init(severity: GapSeverity, actors: [ActorID], groups: [String] = [], reason: Reason, fragments: [[ActorID]] = []) {
        self.type = reason.type
        self.severity = severity
        self.actors = actors
        self.groups = groups
        self.reason = reason
        self.fragments = fragments
    }

    /// Actors of one place who serve the same people and do not coordinate: the facts of an
    /// `uncoordinated` gap (rules in docs/gaps.md).
    public struct ProviderGroup: Sendable, Equatable {
        /// The municipality they serve; `nil` when the landscape names none.
        public var place: String?
        /// The topic or target group the group formed around (as the first actor writes it).
        public var tag: String
        /// The topics and target groups more than half of them share, `tag` first.
        public var topics: [String]
        public var targetGroups: [String]
        /// The parts that share no committee and have no direct cooperation, exchange or
        /// agreement, largest first.
        public var fragments: [[ActorID]]
        /// The ones to bring together: everyone (the coordinator first) for a new committee, or
        /// those outside `existingCommittee`, which already gathers most of them.
        public var invited: [ActorID]
        /// The office best placed to convene them (docs/gaps.md), if the place has one.
        public var coordinator: ActorID?
        public var existingCommittee: ActorID?
        /// Members without any tie (reported here instead of as isolates).
        public var untied: [ActorID]

        public init(place: String?, tag: String, topics: [String], targetGroups: [String], fragments: [[ActorID]],
                    invited: [ActorID], coordinator: ActorID?, existingCommittee: ActorID?, untied: [ActorID]) {
            self.place = place
            self.tag = tag
            self.topics = topics
            self.targetGroups = targetGroups
            self.fragments = fragments
            self.invited = invited
            self.coordinator = coordinator
            self.existingCommittee = existingCommittee
            self.untied = untied
        }

        /// Every member, in fragment order.
        public var members: [ActorID] { fragments.flatMap { $0 } }

        /// Who convenes the committee they need: the existing committee, else the coordinator.
        public var convener: ActorID? { existingCommittee ?? coordinator }
    }

    /// A part of the landscape without a path to the main network, named by its most connected actor.
    public struct Component: Sendable, Equatable {
        public var hub: ActorID
        public var size: Int
    }

    /// The facts of a gap, as found (docs/gaps.md): actors as ids, counts, dates and shares,
    /// never names or sentences, so that every language words the same finding.
    public enum Reason: Sendable, Equatable {
        /// An actor without ties; `need` is a declared need it works on (which makes it urgent).
        case isolate(actor: ActorID, need: String?)
        /// Actors tied to the landscape only through `anchor`.
        case pendant(anchor: ActorID, actors: [ActorID])
        /// Parts without a path to the main network (around `mainHub`), largest first.
        case fragmented(components: [Component], mainHub: ActorID)
        /// Without `actor`, `cutOff` would lose their connection to the rest.
        case cutPoint(actor: ActorID, cutOff: [ActorID])
        /// The tie between `a` and `b` is the only connection of `side` to the rest.
        case bridge(a: ActorID, b: ActorID, side: [ActorID])
        /// Two groups of `attribute` (raw group values) with `observed` ties where random
        /// mixing would give `expected`.
        case groupHole(attribute: GroupingAttribute, a: String, b: String, observed: Int, expected: Double)
        /// Actors of one place serving the same people that fall into uncoordinated fragments.
        case uncoordinated(ProviderGroup)
        /// A programme that ends (`ended`: before the landscape's date) and what goes with it.
        case programDependency(program: ActorID, until: PartialDate, ended: Bool, positions: [ActorID], fundingTies: Int,
                               cutOff: [ActorID], brokers: [ActorID], committees: [ActorID], pairsLostShare: Double?)
        /// A declared need nobody works on (`outside` empty), or only actors outside the main network.
        case uncovered(need: String, outside: [ActorID])
        /// The offices of `municipality` fall into `fragments` that share no committee and no tie.
        case planningSilo(municipality: String, fragments: [[ActorID]])
        /// A committee (or an included event) without which `cutOff` would lose their connection
        /// to the rest: coordination at work, as long as the committee lasts. `convener`: the
        /// actor with a steering tie to it (an office first), if any.
        case committeeDependency(committee: ActorID, cutOff: [ActorID], convener: ActorID?)

        /// The gap type this reason belongs to.
        public var type: GapType {
            switch self {
            case .isolate: .isolate
            case .pendant: .pendant
            case .fragmented: .fragmented
            case .cutPoint: .cutPoint
            case .bridge: .bridge
            case .groupHole: .groupHole
            case .uncoordinated: .uncoordinated
            case .programDependency: .programDependency
            case .uncovered: .uncovered
            case .planningSilo: .planningSilo
            case .committeeDependency: .committeeDependency
            }
        }
    }
}
