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
}

/// How urgent a gap is (rules per type in docs/gaps.md).
public enum GapSeverity: String, CaseIterable, Sendable, Comparable {
    case high, medium, low

    public static func < (lhs: GapSeverity, rhs: GapSeverity) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A weakness found in a landscape, with what to do about it.
public struct Gap: Sendable {
    public var type: GapType
    public var severity: GapSeverity
    /// The actors involved (for a cut point: the cut point first, then who it cuts off).
    public var actors: [ActorID]
    /// Groups involved: group names, component or fragment labels, the topic or need.
    public var groups: [String]
    /// What is wrong, in plain language.
    public var explanation: String
    /// What to do.
    public var suggestion: String
    /// Parts that should be joined (fragments of an uncoordinated group, of a planning silo,
    /// components): used by `suggest` to say which gap a new tie closes.
    public var fragments: [[ActorID]]

    public init(type: GapType, severity: GapSeverity, actors: [ActorID], groups: [String] = [],
                explanation: String, suggestion: String, fragments: [[ActorID]] = []) {
        self.type = type
        self.severity = severity
        self.actors = actors
        self.groups = groups
        self.explanation = explanation
        self.suggestion = suggestion
        self.fragments = fragments
    }
}
