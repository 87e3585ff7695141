/// A partner of the education landscape: an office, agency, foundation, association,
/// institution, committee, programme …
public struct Actor: Hashable, Sendable, Identifiable {
    public var id: ActorID
    public var name: String
    public var kind: ActorKind
    /// The Landkreis or Stadt the actor belongs to, if any.
    public var municipality: String?
    /// Education phases the actor works in.
    public var sectors: [Sector]
    /// Free tags: fields of action such as Digitalisierung, Schulbau, Sprachförderung.
    public var topics: [String]
    /// Free tags: the people served, such as Neuzugewanderte, Jugendliche, Familien.
    public var targetGroups: [String]
    /// `program` actors that fund this actor or its positions.
    public var programs: [ActorID]
    public var period: ActivePeriod
    /// Personal data; optional and removed when a report is anonymised.
    public var contact: String?
    public var note: String?
    /// Fields the format does not know, kept as read.
    public var extra: [ExtraField]

    public init(
        id: ActorID, name: String, kind: ActorKind, municipality: String? = nil,
        sectors: [Sector] = [], topics: [String] = [], targetGroups: [String] = [],
        programs: [ActorID] = [], period: ActivePeriod = ActivePeriod(),
        contact: String? = nil, note: String? = nil, extra: [ExtraField] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.municipality = municipality
        self.sectors = sectors
        self.topics = topics
        self.targetGroups = targetGroups
        self.programs = programs
        self.period = period
        self.contact = contact
        self.note = note
        self.extra = extra
    }
}
