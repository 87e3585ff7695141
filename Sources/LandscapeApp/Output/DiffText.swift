import LandscapeCore
import LandscapeIO
import LandscapeWording

extension DiffOutput {
    /// For the terminal, in `language`, most important first: the two sides and their sizes,
    /// then the gaps (closed, opened, persisting with another severity, a count of the others),
    /// actors and ties, the structure, the movers and brokers, the coverage of the needs. Empty
    /// sections are left out; two landscapes that do not differ get one line saying so.
    public static func text(_ result: DiffResult, language: Language) -> String {
        let words = DiffWording(language)
        var out = words.title(old: result.old.spokenLabel(in: language), new: result.new.spokenLabel(in: language)) + "\n"
        out += words.sizes(actors: Change(old: result.old.actors, new: result.new.actors),
                           ties: Change(old: result.old.ties, new: result.new.ties)) + "\n"
        guard !result.diff.isEmpty else { return out + "\n" + words.noDifferences + "\n" }
        let sections = [gapText(result, words), actorText(result, words), tieText(result, words),
                        structureText(result, words), moverText(result, words), coverageText(result, words)]
        for section in sections where !section.isEmpty { out += "\n" + section }
        return out
    }

    /// A heading and its lines (indented, each after `mark`); nothing when there are no lines.
    private static func block(_ heading: String, _ mark: String, _ lines: [String]) -> String {
        lines.isEmpty ? "" : heading + "\n" + lines.map { "  \(mark) \($0)\n" }.joined()
    }

    private static func gapText(_ result: DiffResult, _ words: DiffWording) -> String {
        let gaps = result.diff.gaps
        let unchanged = Change<GapSeverity>.same
        let changed = gaps.persisting.filter { $0.severity.isChanged }
        var out = block(words.gapsClosed(count: gaps.closed.count), "−", gaps.closed.map {
            words.gap($0.gap, severity: unchanged($0.gap.severity), closedBy: $0.closedBy.map(result.name), name: result.name)
        })
        out += block(words.gapsOpened(count: gaps.opened.count), "+", gaps.opened.map {
            words.gap($0, severity: unchanged($0.severity), name: result.name)
        })
        out += block(words.gapsWithOtherSeverity(count: changed.count), "~", changed.map {
            words.gap($0.new, severity: $0.severity, name: result.name)
        })
        let same = gaps.persisting.count - changed.count
        if same > 0 { out += words.gapsUnchanged(count: same) + "\n" }
        return out
    }

    private static func actorText(_ result: DiffResult, _ words: DiffWording) -> String {
        let actors = result.diff.actors
        func line(_ id: ActorID, _ side: DiffSide) -> String {
            words.actor(name: result.name(id), kind: side.landscape[id]?.kind ?? .other)
        }
        return block(words.actorsJoined(count: actors.joined.count), "+", actors.joined.map { line($0, result.new) })
            + block(words.actorsLeft(count: actors.left.count), "−", actors.left.map { line($0, result.old) })
            + block(words.actorsChanged(count: actors.changed.count), "~", actors.changed.map {
                words.actorField($0, actorName: result.name($0.id), name: result.name)
            })
    }

    private static func tieText(_ result: DiffResult, _ words: DiffWording) -> String {
        let ties = result.diff.ties
        return block(words.tiesNew(count: ties.new.count), "+", ties.new.map { words.tie($0, name: result.name) })
            + block(words.tiesEnded(count: ties.ended.count), "−", ties.ended.map { words.tie($0, name: result.name) })
            + block(words.tiesChanged(count: ties.changed.count), "~", ties.changed.map { words.tieField($0, name: result.name) })
    }

    private static func structureText(_ result: DiffResult, _ words: DiffWording) -> String {
        let structure = result.diff.structure
        guard structure.isChanged else { return "" }
        var table = TextTable(headers: [words.figureColumn, result.old.spokenLabel(in: words.language), result.new.spokenLabel(in: words.language)], alignments: [.left, .right, .right])
        table.rows = words.structureRows(structure).map { [$0.name, $0.values.old, $0.values.new] }
        return words.structureHeading + "\n" + table.aligned()
    }

    private static func moverText(_ result: DiffResult, _ words: DiffWording) -> String {
        let movers = result.diff.movers
        guard !movers.isEmpty else { return "" }
        var out = words.moversHeading(movers.measures) + "\n"
        if movers.approximate {
            out += words.approximateNote(threshold: LandscapeDiff.largeAbove, epsilon: LandscapeDiff.samplingEpsilon) + "\n"
        }
        if !movers.ranked.isEmpty {
            var table = TextTable(headers: [words.actorColumn, words.measureColumn, words.rankColumn, words.valueColumn],
                                  alignments: [.left, .left, .right, .right])
            table.rows = movers.ranked.map { words.moverRow($0, name: result.name($0.id)) }
            out += table.aligned()
        }
        if !movers.brokersAppeared.isEmpty { out += words.brokersAppeared(movers.brokersAppeared.map(result.name)) + "\n" }
        if !movers.brokersDisappeared.isEmpty { out += words.brokersDisappeared(movers.brokersDisappeared.map(result.name)) + "\n" }
        return out
    }

    private static func coverageText(_ result: DiffResult, _ words: DiffWording) -> String {
        let rows = result.diff.coverage
        guard rows.contains(where: \.isChanged) else { return "" }
        var table = TextTable(headers: [words.needColumn, words.servingColumn(label: result.old.spokenLabel(in: words.language)),
                                        words.servingColumn(label: result.new.spokenLabel(in: words.language)),
                                        words.coverageColumn], alignments: [.left, .right, .right, .left])
        table.rows = rows.map(words.coverageRow)
        return words.coverageHeading + "\n" + table.aligned()
    }
}

extension Change {
    /// A value that did not change.
    static func same(_ value: Value) -> Change { Change(old: value, new: value) }
}
