// Levels that a number is judged to be at, decided here once so that every language words the
// same decision. Each level names its thresholds; a value exactly on a threshold belongs to the
// level the threshold opens (≥), except for the E–I index, whose balanced middle includes both
// ends (−0.3 and +0.3). These are reading aids for a steering group, not statistical tests.
//
// | judgement | thresholds |
// | --- | --- |
// | `NetworkScale` | 20 actors or more: large |
// | `CentralizationLevel` | degree centralisation ≥ 0.2: a few hubs, ≥ 0.5: one hub |
// | `TransitivityLevel` | transitivity < 0.2: low, ≥ 0.4: high |
// | `MixingLevel` | E–I index < −0.3: within groups, > +0.3: between groups |
// | `ModularityLevel` | modularity ≥ 0.3: clear structure |
// | `CommunityAlignment` | purity ≥ 0.8 (municipalities) or ≥ 0.7 (sectors): follows them |
// | `CentralPosition` | share of shortest paths ≥ 0.05: worth naming, ≥ 0.2: a bridge; PageRank ≥ 2 × average: a point of contact |

/// Whether a landscape is large enough that a low density is simply expected: nobody can work
/// with everyone once there are many actors.
public enum NetworkScale: Equatable, Sendable {
    case small
    case large

    /// From 20 actors on, a landscape counts as large.
    public static let largeFrom = 20

    public init(actors: Int) {
        self = actors >= Self.largeFrom ? .large : .small
    }
}

/// How strongly the ties centre on one actor (Freeman's degree centralisation, 0 to 1).
public enum CentralizationLevel: Equatable, Sendable {
    /// Ties spread fairly evenly (below 0.2).
    case even
    /// A few hubs hold the landscape together (0.2 to below 0.5).
    case fewHubs
    /// One hub dominates (0.5 and above).
    case oneHub

    public static let fewHubsFrom = 0.2
    public static let oneHubFrom = 0.5

    public init(_ centralization: Double) {
        self = Level.of(centralization, [.even, .fewHubs, .oneHub], from: [Self.fewHubsFrom, Self.oneHubFrom])
    }
}

/// How often two partners of the same actor also work together (transitivity, 0 to 1).
public enum TransitivityLevel: Equatable, Sendable {
    /// Below 0.2: partners of partners mostly do not know each other.
    case low
    /// 0.2 to below 0.4.
    case moderate
    /// 0.4 and above: close-knit circles.
    case high

    public static let moderateFrom = 0.2
    public static let highFrom = 0.4

    public init(_ transitivity: Double) {
        self = Level.of(transitivity, [.low, .moderate, .high], from: [Self.moderateFrom, Self.highFrom])
    }
}

/// Where the ties of a grouping go, read from Krackhardt and Stern's E–I index (−1 to +1).
public enum MixingLevel: Equatable, Sendable {
    /// Below −0.3: most ties stay within a group.
    case within
    /// From −0.3 to +0.3, both included.
    case balanced
    /// Above +0.3: most ties cross group boundaries.
    case between

    /// The distance from 0 beyond which one side predominates.
    public static let predominantBeyond = 0.3

    public init(ei: Double) {
        self = ei > Self.predominantBeyond ? .between : (ei < -Self.predominantBeyond ? .within : .balanced)
    }
}

/// Whether the communities found divide the landscape clearly (Newman–Girvan modularity).
public enum ModularityLevel: Equatable, Sendable {
    /// Below 0.3: no sharply separated groups.
    case weak
    /// 0.3 and above, the usual mark of a clear community structure (Newman & Girvan 2004).
    case clear

    public static let clearFrom = 0.3

    public init(_ modularity: Double) {
        self = modularity >= Self.clearFrom ? .clear : .weak
    }
}

/// Whether the communities follow an existing division (municipalities or education sectors),
/// judged from the share of actors whose own group is the majority of their community.
public enum CommunityAlignment: Equatable, Sendable {
    /// The communities largely follow the division.
    case follows
    /// The communities cut across it.
    case crosses

    public static let municipalitiesFollowedFrom = 0.8
    public static let sectorsFollowedFrom = 0.7

    public init(municipalityPurity purity: Double) {
        self = purity >= Self.municipalitiesFollowedFrom ? .follows : .crosses
    }

    public init(sectorPurity purity: Double) {
        self = purity >= Self.sectorsFollowedFrom ? .follows : .crosses
    }
}

/// What an actor's position in the network amounts to, for the sentence on its role.
public struct CentralPosition: Equatable, Sendable {
    /// The share of shortest paths through it is large enough to mention (≥ 0.05).
    public var carriesPaths: Bool
    /// A bridge: a large part of the shortest paths runs through it (≥ 0.2).
    public var isBridgingActor: Bool
    /// Requests passed on from partner to partner end up here at least twice as often as on
    /// average (PageRank ≥ 2 / n).
    public var isPointOfContact: Bool

    public static let pathsMentionedFrom = 0.05
    public static let bridgeFrom = 0.2
    public static let pointOfContactFrom = 2.0

    /// - Parameters:
    ///   - betweenness: normalised betweenness (share of shortest paths between others).
    ///   - pagerankRatio: PageRank times the number of actors (1 is average).
    public init(betweenness: Double, pagerankRatio: Double) {
        carriesPaths = betweenness >= Self.pathsMentionedFrom
        isBridgingActor = betweenness >= Self.bridgeFrom
        isPointOfContact = pagerankRatio >= Self.pointOfContactFrom
    }
}

/// How well a declared need (or a frequent topic) is served.
public enum NeedCoverage: Equatable, Sendable {
    /// Nobody works on it.
    case uncovered
    /// Only actors outside the main part of the network work on it.
    case outside
    /// Actors work on it but do not coordinate (an `uncoordinated` gap names it).
    case uncoordinated
    case covered

    /// The coverage of a need served by `serving`: uncovered without actors, outside when none
    /// of them is in the main part of the network, uncoordinated when an `uncoordinated` gap
    /// names the need, else covered.
    public init(serving: [ActorID], inMainPart: (ActorID) -> Bool, uncoordinated: Bool) {
        if serving.isEmpty {
            self = .uncovered
        } else if !serving.contains(where: inMainPart) {
            self = .outside
        } else if uncoordinated {
            self = .uncoordinated
        } else {
            self = .covered
        }
    }
}

/// The banding every judgement above shares: a value and ascending thresholds choose a level.
enum Level {
    /// `levels[k]` where k thresholds are at or below `value` (`levels` has one more element
    /// than `thresholds`, which ascend).
    static func of<L>(_ value: Double, _ levels: [L], from thresholds: [Double]) -> L {
        levels[thresholds.count { $0 <= value }]
    }
}
