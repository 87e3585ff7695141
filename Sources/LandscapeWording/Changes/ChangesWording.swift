import LandscapeCore

/// The words of »What has changed«, the section a report opens with when it compares two
/// versions of a landscape, from the catalog `report-changes` of a language: headings and
/// column names are its messages as they are; the headline sentences (which facts, in which
/// order, with which counts) are chosen here, once for every language. The lines of gaps, the
/// names of fields, measures and coverage and the numbers are the diff's (`DiffWording`), so the
/// report says a change as `landscape diff` does.
public typealias ChangesWording = ReportChangesMessages

extension ReportChangesMessages {
    /// The words of `language`.
    public init(_ language: Language) {
        self.init(catalog: Catalog(language))
    }

    public var language: Language { catalog.language }

    /// The diff's words in the same language.
    public var diff: DiffWording { catalog.diff }

    /// The headline sentences, most important first: the gaps, who joined and left, whose
    /// entries changed, the ties, the structure, who moved up most, the needs served
    /// differently. A sentence whose facts did not change is left out (the gaps' never);
    /// nothing differs: the diff's »No differences.«
    public func headlines(_ diff: LandscapeDiff, name: (ActorID) -> String) -> [String] {
        guard !diff.isEmpty else { return [self.diff.noDifferences] }
        var lines = [gapsLine(diff.gaps)]
        let actors = diff.actors
        if !actors.joined.isEmpty { lines.append(joinedLine(count: actors.joined.count, names: catalog.quoted(actors.joined.map(name), limit: 5))) }
        if !actors.left.isEmpty { lines.append(leftLine(count: actors.left.count, names: catalog.quoted(actors.left.map(name), limit: 5))) }
        let changed = Set(actors.changed.map(\.id)).count
        if changed > 0 { lines.append(changedLine(count: changed)) }
        if !diff.ties.isEmpty { lines.append(tiesLine(diff.ties)) }
        if diff.structure.isChanged { lines.append(structureLine(diff.structure)) }
        if let up = movedUp(diff.movers) {
            lines.append(movedUpLine(name: catalog.q(name(up.id)), measure: self.diff.name(of: up.measure),
                                     rank: self.diff.change(up.rank.map(self.diff.integer))))
        }
        let needs = diff.coverage.filter { $0.status.isChanged }
        if !needs.isEmpty {
            lines.append(coverageLine(needs: needs.map { row in
                coverageItem(need: catalog.q(row.need), status: self.diff.change(row.status.map(self.diff.name(of:))))
            }.joined(separator: catalog.general.listSeparator)))
        }
        return lines
    }

    /// "Gaps: 6 closed, 3 opened, 14 persist."
    func gapsLine(_ gaps: GapChanges) -> String {
        gapsLine(closed: gaps.closed.isEmpty ? noneClosed : gapsClosed(count: gaps.closed.count),
                 opened: gaps.opened.isEmpty ? noneOpened : gapsOpened(count: gaps.opened.count),
                 persisting: gaps.persisting.isEmpty ? nonePersisting : gapsPersisting(count: gaps.persisting.count))
    }

    /// "Ties: 15 new ties, none ended, none changed."
    func tiesLine(_ ties: TieChanges) -> String {
        let counts = catalog.diagramChanges
        let changed = Set(ties.changed.map(\.tie)).count
        return tiesLine(begun: ties.new.isEmpty ? counts.noneBegun : counts.begunCount(count: ties.new.count),
                        ended: ties.ended.isEmpty ? counts.noneEnded : counts.endedCount(count: ties.ended.count),
                        changed: changed == 0 ? tiesUnchanged : tiesChanged(count: changed))
    }

    /// "Structure: density 0.0624 → 0.0824, components 12 → 1, …", the figures that changed.
    func structureLine(_ structure: Change<StructureFigures>) -> String {
        let changed = diff.structureRows(structure).filter { $0.values.isChanged }
        return structureLine(figures: changed.map { structureFigure(figure: $0.name, change: diff.change($0.values)) }
            .joined(separator: catalog.general.listSeparator))
    }

    /// The actor whose rank rose most in the first measure in which anyone rose (betweenness
    /// before degree: who came to broker says more than who gained a partner).
    func movedUp(_ movers: Movers) -> Mover? {
        for measure in movers.measures {
            let rising = movers.ranked.filter { $0.measure == measure && $0.rank.new < $0.rank.old }
            if let most = rising.max(by: { $0.rank.old - $0.rank.new < $1.rank.old - $1.rank.new }) { return most }
        }
        return nil
    }

    /// A gap as its list shows it after the severity's badge: "Uncoordinated offers
    /// (»Integrationskurse«): »A«, »B« and 5 more; closed by »Bündnis«".
    public func gapText(_ gap: Gap, closedBy: [String] = [], name: (ActorID) -> String) -> String {
        let parts = diff.gapParts(gap, name: name)
        var text = parts.actors.isEmpty ? gapTextWithoutActors(type: parts.type, subject: parts.subject)
            : gapText(type: parts.type, subject: parts.subject, actors: parts.actors)
        if !closedBy.isEmpty { text += diff.closedBy(names: catalog.quoted(closedBy, limit: 3)) }
        return text
    }

    /// The name of a gap's severity, or its severities before and after ("urgent → low").
    public func severity(_ severity: Change<GapSeverity>) -> String {
        let gapWords = GapWording(catalog: catalog)
        return severity.isChanged ? diff.change(severity.map(gapWords.severityName)) : gapWords.severityName(severity.new)
    }

    /// The rows of the movers table as `DiffWording.moverRow` words them, actors whose rank and
    /// value moved alike in one row ("Sprachkursträger 2 · Sprachkursträger 3 and 7 more"): nine
    /// course providers that each gained their first partner are one line, not nine.
    public func moverRows(_ movers: [Mover], name: (ActorID) -> String) -> [[String]] {
        var order: [[String]] = []
        var names: [[String]: [String]] = [:]
        for mover in movers {
            let figures = Array(diff.moverRow(mover, name: "").dropFirst())
            if names[figures] == nil { order.append(figures) }
            names[figures, default: []].append(name(mover.id))
        }
        return order.map { [catalog.cell(names[$0] ?? [], limit: 3)] + $0 }
    }

    /// A changed field: "topics: A, B → A, B, C".
    public func fieldChange(_ field: String, _ value: Change<DiffValue?>, name: (ActorID) -> String) -> String {
        fieldChange(field: field, old: diff.value(value.old, name: name), new: diff.value(value.new, name: name))
    }
}
