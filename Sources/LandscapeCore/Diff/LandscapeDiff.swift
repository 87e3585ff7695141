/// A value before and after: the two sides of every comparison in a `LandscapeDiff`.
public struct Change<Value: Equatable & Sendable>: Equatable, Sendable {
    public var old: Value
    public var new: Value

    public init(old: Value, new: Value) {
        self.old = old
        self.new = new
    }

    /// Whether the value differs between the two sides.
    public var isChanged: Bool { old != new }

    /// The same change seen from the other side: `old` and `new` swapped.
    public var reversed: Change { Change(old: new, new: old) }

    /// Both sides transformed.
    public func map<Other>(_ transform: (Value) -> Other) -> Change<Other> {
        Change<Other>(old: transform(old), new: transform(new))
    }
}

/// What changed between two versions of a landscape (`landscape diff`), as typed facts keyed by
/// `ActorID`: who joined and left, which fields changed, which ties began, ended or changed,
/// which gaps closed, opened or persist, how the structure moved, who moved in the rankings,
/// and how well the declared needs are served. Words come from LandscapeWording.
///
/// Actors are matched by id; a tie by its ends (in either order for symmetric kinds) and its
/// kind, so a tie whose kind changes ended and a new one began. Build one with
/// `LandscapeDiff(old:new:)`.
public struct LandscapeDiff: Equatable, Sendable {
    public var actors: ActorChanges
    public var ties: TieChanges
    public var gaps: GapChanges
    public var structure: Change<StructureFigures>
    public var movers: Movers
    /// Every declared need of either side, in the old landscape's order, then the new ones.
    public var coverage: [NeedCoverageChange]

    public init(actors: ActorChanges, ties: TieChanges, gaps: GapChanges, structure: Change<StructureFigures>,
                movers: Movers, coverage: [NeedCoverageChange]) {
        self.actors = actors
        self.ties = ties
        self.gaps = gaps
        self.structure = structure
        self.movers = movers
        self.coverage = coverage
    }

    /// Whether nothing differs: no actor or tie changed, no gap closed, opened or changed its
    /// severity or actors; the structure, the rankings, the brokers and the coverage are the same.
    /// A landscape compared with itself gives an empty diff.
    public var isEmpty: Bool {
        actors.isEmpty && ties.isEmpty && gaps.isEmpty && !structure.isChanged && movers.isEmpty
            && !coverage.contains { $0.isChanged }
    }
}

/// Actors that joined, left, or changed a field.
public struct ActorChanges: Equatable, Sendable {
    /// Actors only in the new landscape, in its order.
    public var joined: [ActorID]
    /// Actors only in the old landscape, in its order.
    public var left: [ActorID]
    /// Changed fields of actors in both, in the new landscape's order, fields in `ActorField`
    /// order (every field but the id).
    public var changed: [ActorFieldChange]

    public init(joined: [ActorID] = [], left: [ActorID] = [], changed: [ActorFieldChange] = []) {
        self.joined = joined
        self.left = left
        self.changed = changed
    }

    public var isEmpty: Bool { joined.isEmpty && left.isEmpty && changed.isEmpty }
}

/// The value of a field of an actor or a tie, typed, as a diff compares it; a field without a
/// value is `nil` where it is used.
public enum DiffValue: Hashable, Sendable {
    case text(String)
    case kind(ActorKind)
    case sectors([Sector])
    /// Topics or target groups.
    case tags([String])
    case actors([ActorID])
    case date(PartialDate)
    case number(Double)
    case flag(Bool)
}

/// One changed field of an actor present on both sides.
public struct ActorFieldChange: Equatable, Sendable {
    public var id: ActorID
    public var field: ActorField
    /// `nil`: the field had no value (or an empty list) on that side.
    public var value: Change<DiffValue?>

    public init(id: ActorID, field: ActorField, value: Change<DiffValue?>) {
        self.id = id
        self.field = field
        self.value = value
    }
}

/// Ties that began, ended, or changed a field.
public struct TieChanges: Equatable, Sendable {
    /// Ties only in the new landscape, in its order.
    public var new: [Tie]
    /// Ties only in the old landscape (with those of actors that left), in its order.
    public var ended: [Tie]
    /// Changed fields of ties on both sides, in the new landscape's order.
    public var changed: [TieFieldChange]

    public init(new: [Tie] = [], ended: [Tie] = [], changed: [TieFieldChange] = []) {
        self.new = new
        self.ended = ended
        self.changed = changed
    }

    public var isEmpty: Bool { new.isEmpty && ended.isEmpty && changed.isEmpty }
}

/// One changed field of a tie present on both sides (weight, dates, formal, note: its ends and
/// kind identify it); `tie` is the tie as it is in the new landscape.
public struct TieFieldChange: Equatable, Sendable {
    public var tie: Tie
    public var field: TieField
    public var value: Change<DiffValue?>

    public init(tie: Tie, field: TieField, value: Change<DiffValue?>) {
        self.tie = tie
        self.field = field
        self.value = value
    }
}

/// Gaps closed, opened and persisting. A gap of the old landscape persists when the new one has
/// a gap of the same type sharing at least half of the smaller of the two sets of actors (gaps
/// without actors, such as an uncovered need: the same groups; uncoordinated providers: also the
/// same topic they formed around); otherwise it closed. A gap
/// that moves to other actors beyond that overlap is one closed and one opened.
public struct GapChanges: Equatable, Sendable {
    /// Old gaps without a match, most severe first.
    public var closed: [ClosedGap]
    /// New gaps without a match, most severe first.
    public var opened: [Gap]
    /// Matched pairs, in the order of the new gaps.
    public var persisting: [PersistingGap]

    public init(closed: [ClosedGap] = [], opened: [Gap] = [], persisting: [PersistingGap] = []) {
        self.closed = closed
        self.opened = opened
        self.persisting = persisting
    }

    /// No gap closed or opened, and every persisting gap has its severity and actors as before
    /// (the names a gap mentions may change with a renamed actor: that is the actor's change).
    public var isEmpty: Bool { closed.isEmpty && opened.isEmpty && !persisting.contains(where: \.isChanged) }
}

/// A gap of the old landscape that the new one no longer has.
public struct ClosedGap: Equatable, Sendable {
    public var gap: Gap
    /// Actors that joined and are tied in the new landscape to at least two of the gap's actors:
    /// who closed it (a new committee, a coordinator), if anyone did.
    public var closedBy: [ActorID]

    public init(gap: Gap, closedBy: [ActorID] = []) {
        self.gap = gap
        self.closedBy = closedBy
    }
}

/// A gap found on both sides, with its severity before and after.
public struct PersistingGap: Equatable, Sendable {
    public var old: Gap
    public var new: Gap

    public init(old: Gap, new: Gap) {
        self.old = old
        self.new = new
    }

    public var severity: Change<GapSeverity> { Change(old: old.severity, new: new.severity) }

    /// Whether the gap changed its severity or its actors.
    public var isChanged: Bool { severity.isChanged || Set(old.actors) != Set(new.actors) }
}

/// Whole-landscape figures that a diff compares, on the undirected network (as `stats` computes
/// them without `--directed`): density, components, the largest component's share, Freeman's
/// degree centralisation and Krackhardt and Stern's E–I index by kind of actor.
public struct StructureFigures: Equatable, Sendable {
    public var density: Double?
    public var components: Int
    public var largestComponentShare: Double?
    public var degreeCentralization: Double?
    public var eiIndexByKind: Double?

    public init(density: Double?, components: Int, largestComponentShare: Double?, degreeCentralization: Double?,
                eiIndexByKind: Double?) {
        self.density = density
        self.components = components
        self.largestComponentShare = largestComponentShare
        self.degreeCentralization = degreeCentralization
        self.eiIndexByKind = eiIndexByKind
    }
}

/// Who moved in the rankings, and which brokers appeared or disappeared.
public struct Movers: Equatable, Sendable {
    /// The measures ranked, in order: betweenness and degree; for large landscapes
    /// (`LandscapeDiff.largeAbove`) betweenness (estimated), degree and PageRank.
    public var measures: [Measure]
    /// Whether betweenness was estimated by sampling (`LandscapeDiff.largeAbove`), not computed exactly.
    public var approximate: Bool
    /// Per measure, the actors (on both sides) whose value and rank changed, the largest rank
    /// changes first, at most `LandscapeDiff.moverLimit` each. An estimated betweenness counts as
    /// changed only beyond the error bounds of both estimates.
    public var ranked: [Mover]
    /// Actors with brokerage roles (Gould–Fernandez, as `central` and the report count them) now, not before.
    public var brokersAppeared: [ActorID]
    /// Actors with brokerage roles before, not now (or no longer present).
    public var brokersDisappeared: [ActorID]

    public init(measures: [Measure], approximate: Bool, ranked: [Mover] = [], brokersAppeared: [ActorID] = [],
                brokersDisappeared: [ActorID] = []) {
        self.measures = measures
        self.approximate = approximate
        self.ranked = ranked
        self.brokersAppeared = brokersAppeared
        self.brokersDisappeared = brokersDisappeared
    }

    public var isEmpty: Bool { ranked.isEmpty && brokersAppeared.isEmpty && brokersDisappeared.isEmpty }
}

/// An actor's rank (1 = highest; equal values share a rank) and value in one measure, before and after.
public struct Mover: Equatable, Sendable {
    public var id: ActorID
    public var measure: Measure
    public var rank: Change<Int>
    public var value: Change<Double>

    public init(id: ActorID, measure: Measure, rank: Change<Int>, value: Change<Double>) {
        self.id = id
        self.measure = measure
        self.rank = rank
        self.value = value
    }
}

/// How many actors serve a declared need, and how well, before and after.
public struct NeedCoverageChange: Equatable, Sendable {
    /// The need as the new landscape (else the old one) spells it.
    public var need: String
    /// Actors whose topics or target groups name it.
    public var serving: Change<Int>
    public var status: Change<NeedCoverage>

    public init(need: String, serving: Change<Int>, status: Change<NeedCoverage>) {
        self.need = need
        self.serving = serving
        self.status = status
    }

    public var isChanged: Bool { serving.isChanged || status.isChanged }
}
