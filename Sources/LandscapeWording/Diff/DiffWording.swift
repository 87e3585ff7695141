import LandscapeCore

/// The words of `landscape diff`'s output, from the catalog `diff` of a language
/// (`Catalogs/LANGUAGE/diff.yaml`): the headings and column names are its messages as they are;
/// the lines of a change (a gap, an actor, a tie, a field's value), the names of fields,
/// measures and coverage, and numbers in the language's digits are worded here, once for all
/// languages.
public typealias DiffWording = DiffMessages

/// The words of `landscape diff` on the command line: its help and its refusals, from the
/// catalog `command-diff` of a language, its messages as they are.
public typealias DiffCommandWording = CommandDiffMessages

extension Language {
    /// The words of `landscape diff`'s output in this language.
    public var diffWording: DiffWording { Catalog(self).diff }

    /// The words of `landscape diff` on the command line in this language.
    public var diffCommandWording: DiffCommandWording { Catalog(self).commandDiff }
}

extension DiffMessages {
    /// The words of `language`.
    public init(_ language: Language) {
        self.init(catalog: Catalog(language))
    }

    public var language: Language { catalog.language }

    /// "actors 36 → 37, ties 39 → 53".
    public func sizes(actors: Change<Int>, ties: Change<Int>) -> String {
        sizesLine(actors: change(actors.map(integer)), ties: change(ties.map(integer)))
    }

    /// "a → b".
    public func change(_ values: Change<String>) -> String { change(old: values.old, new: values.new) }

    /// "Who moved (rank by betweenness and degree)".
    public func moversHeading(_ measures: [Measure]) -> String {
        let general = catalog.general
        let listed = measures.map(name(of:))
        let text = listed.count <= 1 ? (listed.first ?? "")
            : general.listLast(names: listed.dropLast().joined(separator: general.listSeparator), last: listed.last ?? "")
        return moversHeading(measures: text)
    }

    /// The note above the movers of a large landscape.
    public func approximateNote(threshold: Int, epsilon: Double) -> String {
        approximateNote(threshold: integer(threshold), epsilon: decimal(epsilon, digits: 2))
    }

    /// A gap with its severity (or its severities before and after), type, subject and actors,
    /// and for a closed gap who closed it: "[urgent] Uncoordinated offers (»Integrationskurse«):
    /// »A«, »B«, »C«, »D« and 5 more; closed by »Bündnis«".
    public func gap(_ gap: Gap, severity: Change<GapSeverity>, closedBy: [String] = [], name: (ActorID) -> String) -> String {
        let gapWords = GapWording(catalog: catalog)
        let severities = severity.isChanged ? change(severity.map(gapWords.severityName)) : gapWords.severityName(severity.new)
        let parts = gapParts(gap, name: name)
        var line = parts.actors.isEmpty
            ? gapWithoutActorsLine(severity: severities, type: parts.type, subject: parts.subject)
            : gapLine(severity: severities, type: parts.type, subject: parts.subject, actors: parts.actors)
        if !closedBy.isEmpty { line += self.closedBy(names: catalog.quoted(closedBy, limit: 3)) }
        return line
    }

    /// A gap's type, what it is about (" (»Integrationskurse«)", or nothing) and its actors
    /// (»A«, »B« and 5 more; empty for a gap without actors), as its line shows them.
    func gapParts(_ gap: Gap, name: (ActorID) -> String) -> (type: String, subject: String, actors: String) {
        let (about, actors) = facts(of: gap, name: name)
        return (GapWording(catalog: catalog).typeName(gap.type), about.map { subject(subject: $0) } ?? "",
                actors.isEmpty ? "" : catalog.quoted(actors.map(name), limit: 4))
    }

    /// What a gap is about (the cut point or committee, the bridge, the anchor, the two groups of
    /// a group hole, else the topic, need, programme or municipality it names) and the actors it
    /// concerns.
    func facts(of gap: Gap, name: (ActorID) -> String) -> (subject: String?, actors: [ActorID]) {
        switch gap.reason {
        case .cutPoint(let actor, let cutOff), .committeeDependency(let actor, let cutOff, _):
            return (catalog.q(name(actor)), cutOff)
        case .bridge(let a, let b, let side):
            return (bridge(a: catalog.q(name(a)), b: catalog.q(name(b))), side)
        case .pendant(let anchor, let actors):
            return (catalog.q(name(anchor)), actors)
        case .groupHole(let attribute, let a, let b, _, _):
            return (betweenGroups(a: catalog.groupName(a, attribute: attribute), b: catalog.groupName(b, attribute: attribute)), gap.actors)
        default:
            return (gap.groups.isEmpty ? nil : gap.groups.map(catalog.q).joined(separator: catalog.general.listSeparator), gap.actors)
        }
    }

    /// "Weimarer Bündnis (Committee)".
    public func actor(name: String, kind: ActorKind) -> String { actorLine(name: name, kind: kindName(kind)) }

    /// "»VHS«: name »A« → »B«".
    public func actorField(_ change: ActorFieldChange, actorName: String, name: (ActorID) -> String) -> String {
        actorFieldLine(name: catalog.q(actorName), field: self.name(of: change.field),
                       old: value(change.value.old, name: name), new: value(change.value.new, name: name))
    }

    /// "A → B (Membership)" for directed kinds, "A – B (Cooperation)" for symmetric ones.
    public func tie(_ tie: Tie, name: (ActorID) -> String) -> String {
        let kind = kindName(tie.kind)
        return tie.kind.isDirected ? directedTieLine(from: name(tie.from), to: name(tie.to), kind: kind)
            : symmetricTieLine(from: name(tie.from), to: name(tie.to), kind: kind)
    }

    /// "A – B (Cooperation): weight 1 → 2".
    public func tieField(_ change: TieFieldChange, name: (ActorID) -> String) -> String {
        tieFieldLine(tie: tie(change.tie, name: name), field: self.name(of: change.field),
                     old: value(change.value.old, name: name), new: value(change.value.new, name: name))
    }

    /// The rows of the structure table: each figure's name and its values before and after.
    public func structureRows(_ structure: Change<StructureFigures>) -> [(name: String, values: Change<String>)] {
        [
            (densityFigure, structure.map { decimal($0.density, digits: 4) }),
            (componentsFigure, structure.map { integer($0.components) }),
            (largestComponentShareFigure, structure.map { decimal($0.largestComponentShare, digits: 3) }),
            (degreeCentralizationFigure, structure.map { decimal($0.degreeCentralization, digits: 3) }),
            (eiIndexFigure, structure.map { decimal($0.eiIndexByKind, digits: 3) }),
        ]
    }

    /// A row of the movers table: the actor's name, the measure, its rank and value before → after.
    public func moverRow(_ mover: Mover, name: String) -> [String] {
        let digits = mover.measure == .degree ? 0 : 3
        return [name, self.name(of: mover.measure), change(mover.rank.map(integer)),
                change(mover.value.map { decimal($0, digits: digits) })]
    }

    /// A row of the coverage table: the need, the actors serving it before and after, and its
    /// status (before → after when it changed).
    public func coverageRow(_ row: NeedCoverageChange) -> [String] {
        let status = row.status.map { name(of: $0) }
        return [row.need, integer(row.serving.old), integer(row.serving.new), row.status.isChanged ? change(status) : status.new]
    }

    public func brokersAppeared(_ names: [String]) -> String { brokersAppearedLine(names: list(names)) }
    public func brokersDisappeared(_ names: [String]) -> String { brokersDisappearedLine(names: list(names)) }

    private func list(_ names: [String]) -> String {
        names.isEmpty ? noValue : names.joined(separator: catalog.general.listSeparator)
    }
}

extension DiffMessages {
    // MARK: Names and values

    /// The name of a field of an actor.
    public func name(of field: ActorField) -> String {
        switch field {
        case .id: "id"
        case .name: fieldName
        case .kind: fieldKind
        case .municipality: fieldMunicipality
        case .sectors: fieldSectors
        case .topics: fieldTopics
        case .targetGroups: fieldTargetGroups
        case .programs: fieldPrograms
        case .since: fieldSince
        case .until: fieldUntil
        case .contact: fieldContact
        case .note: fieldNote
        }
    }

    /// The name of a field of a tie (its ends, kind and id identify it, by their option names).
    public func name(of field: TieField) -> String {
        switch field {
        case .from, .to, .kind, .id: field.rawValue
        case .weight: fieldWeight
        case .formal: fieldFormal
        case .since: fieldSince
        case .until: fieldUntil
        case .note: fieldNote
        case .status: fieldStatus
        }
    }

    /// A field's value in running text: texts quoted, kinds and sectors named as the diagrams
    /// and the report name them, lists separated by commas, numbers in the language's digits,
    /// "–" for no value.
    public func value(_ value: DiffValue?, name: (ActorID) -> String) -> String {
        guard let value else { return noValue }
        let separator = catalog.general.listSeparator
        switch value {
        case .text(let text): return catalog.q(text)
        case .kind(let kind): return kindName(kind)
        case .sectors(let sectors): return sectors.map(catalog.diagrams.name(of:)).joined(separator: separator)
        case .tags(let tags): return tags.joined(separator: separator)
        case .actors(let ids): return ids.map(name).joined(separator: separator)
        case .date(let date): return date.description
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? integer(Int(number)) : decimal(number, digits: 2)
        case .flag(let flag): return flag ? yes : no
        }
    }

    /// A kind of actor, as the diagrams and the report name it.
    public func kindName(_ kind: ActorKind) -> String { catalog.diagrams.name(of: kind) }

    /// A kind of tie, as the diagrams and the report name it.
    public func kindName(_ kind: TieKind) -> String { catalog.diagrams.name(of: kind) }

    /// The name of a measure the movers rank by (betweenness, degree, PageRank).
    public func name(of measure: Measure) -> String {
        switch measure {
        case .betweenness: measureBetweenness
        case .degree: measureDegree
        case .pagerank: measurePagerank
        default: measure.rawValue
        }
    }

    /// How well a need is served.
    public func name(of status: NeedCoverage) -> String {
        switch status {
        case .uncovered: coverageUncovered
        case .outside: coverageOutside
        case .uncoordinated: coverageUncoordinated
        case .covered: coverageCovered
        }
    }

    /// A number in the language's digits (1,234 / 1.234).
    public func integer(_ value: Int) -> String { catalog.numbers.integer(value) }

    /// A decimal in the language's digits, "–" when undefined.
    public func decimal(_ value: Double?, digits: Int) -> String {
        value.map { catalog.numbers.decimal($0, digits: digits) } ?? noValue
    }
}
