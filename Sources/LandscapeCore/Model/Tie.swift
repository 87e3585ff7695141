/// A relation between two actors. `member`, `funding` and `steering` ties are directed
/// (`from` → `to`); the other kinds are symmetric and `from`/`to` carry no meaning.
public struct Tie: Hashable, Sendable {
    /// The tie's stable identifier, where the file gives one or a store assigned one.
    public var id: TieID?
    public var from: ActorID
    public var to: ActorID
    public var kind: TieKind
    /// Strength or frequency of the tie; always finite and > 0.
    public var weight: Double
    public var period: ActivePeriod
    /// A written cooperation agreement exists.
    public var formal: Bool
    public var note: String?
    /// Whether the tie exists or is planned; the analyses read planned ties only when asked.
    public var status: TieStatus
    /// Fields the format does not know, kept as read.
    public var extra: [ExtraField]

    public init(
        from: ActorID, to: ActorID, kind: TieKind = .cooperation, weight: Double = 1,
        period: ActivePeriod = ActivePeriod(), formal: Bool = false, note: String? = nil, id: TieID? = nil,
        status: TieStatus = .existing, extra: [ExtraField] = []
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.weight = weight
        self.period = period
        self.formal = formal
        self.note = note
        self.status = status
        self.extra = extra
    }

    /// The same tie: equal ends (in either order for symmetric kinds), kind, weight, dates,
    /// `formal`, note and status, and no two different ids. Used to keep a tie that two merged
    /// files both give only once, and to refuse adding a tie that is already there.
    public func isSame(as other: Tie) -> Bool {
        if let id, let otherID = other.id, id != otherID { return false }
        guard kind == other.kind, weight == other.weight, period == other.period,
              formal == other.formal, note == other.note, status == other.status else { return false }
        if from == other.from && to == other.to { return true }
        return !kind.isDirected && from == other.to && to == other.from
    }
}
