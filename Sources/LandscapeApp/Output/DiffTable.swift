import LandscapeCore
import LandscapeIO
import LandscapeWording

extension DiffOutput {
    /// The columns of CSV and the workbook: English keywords for machines, as the other result
    /// tables have.
    static let tableHeaders = ["section", "change", "type", "id", "name", "field", "old", "new"]

    /// The sections of the diff as rows, in the order of the terminal text, for CSV and the
    /// workbook (one sheet, named in `language`): gaps (type, actor ids and groups joined by
    /// `|`, severities), actors, ties (`from|to`), structure, movers (one row for the rank, one
    /// for the value), brokers, coverage (one row for the serving actors, one for the status).
    /// Keywords and values as the JSON has them, names as given; numbers stay numbers.
    public static func table(_ result: DiffResult, language: Language) -> TextTable {
        var table = TextTable(name: DiffWording(language).sheet, headers: tableHeaders)
        table.cells = gapRows(result.diff.gaps) + actorRows(result) + tieRows(result)
            + structureRows(result.diff.structure) + moverRows(result) + coverageRows(result.diff.coverage)
        return table
    }

    /// A row of texts, then the old and new values.
    private static func row(_ texts: [String], _ old: TableCell = .text(""), _ new: TableCell = .text("")) -> [TableCell] {
        texts.map(TableCell.text) + [old, new]
    }

    private static func gapRows(_ gaps: GapChanges) -> [[TableCell]] {
        func gapRow(_ change: String, _ gap: Gap, _ severity: Change<String>) -> [TableCell] {
            row(["gaps", change, gap.type.rawValue, gap.actors.map(\.rawValue).joined(separator: "|"), gap.groups.joined(separator: "|"),
                 "severity"], .text(severity.old), .text(severity.new))
        }
        return gaps.closed.map { gapRow("closed", $0.gap, Change(old: $0.gap.severity.rawValue, new: "")) }
            + gaps.opened.map { gapRow("opened", $0, Change(old: "", new: $0.severity.rawValue)) }
            + gaps.persisting.map { gapRow("persisting", $0.new, $0.severity.map(\.rawValue)) }
    }

    private static func actorRows(_ result: DiffResult) -> [[TableCell]] {
        let actors = result.diff.actors
        func actorRow(_ change: String, _ id: ActorID, in side: DiffSide) -> [TableCell] {
            row(["actors", change, side.landscape[id]?.kind.rawValue ?? "", id.rawValue, result.name(id), ""])
        }
        return actors.joined.map { actorRow("joined", $0, in: result.new) } + actors.left.map { actorRow("left", $0, in: result.old) }
            + actors.changed.map { change in
                row(["actors", "changed", result.new.landscape[change.id]?.kind.rawValue ?? "", change.id.rawValue, result.name(change.id),
                     change.field.rawValue], cell(change.value.old), cell(change.value.new))
            }
    }

    private static func tieRows(_ result: DiffResult) -> [[TableCell]] {
        let ties = result.diff.ties
        func tieRow(_ change: String, _ tie: Tie, field: String = "") -> [String] {
            ["ties", change, tie.kind.rawValue, "\(tie.from.rawValue)|\(tie.to.rawValue)", "\(result.name(tie.from))|\(result.name(tie.to))", field]
        }
        return ties.new.map { row(tieRow("new", $0)) } + ties.ended.map { row(tieRow("ended", $0)) }
            + ties.changed.map { row(tieRow("changed", $0.tie, field: $0.field.rawValue), cell($0.value.old), cell($0.value.new)) }
    }

    private static func structureRows(_ structure: Change<StructureFigures>) -> [[TableCell]] {
        figures(structure).map { figure in
            row(["structure", "", "", figure.key, "", ""], .decimal(figure.value.old, places: 4), .decimal(figure.value.new, places: 4))
        }
    }

    private static func moverRows(_ result: DiffResult) -> [[TableCell]] {
        let movers = result.diff.movers
        let ranked = movers.ranked.flatMap { mover -> [[TableCell]] in
            let head = ["movers", "", mover.measure.rawValue, mover.id.rawValue, result.name(mover.id)]
            return [row(head + ["rank"], .integer(mover.rank.old), .integer(mover.rank.new)),
                    row(head + ["value"], .decimal(mover.value.old, places: 4), .decimal(mover.value.new, places: 4))]
        }
        func broker(_ change: String, _ id: ActorID) -> [TableCell] { row(["brokers", change, "", id.rawValue, result.name(id), ""]) }
        return ranked + movers.brokersAppeared.map { broker("appeared", $0) } + movers.brokersDisappeared.map { broker("disappeared", $0) }
    }

    private static func coverageRows(_ rows: [NeedCoverageChange]) -> [[TableCell]] {
        rows.flatMap { need in
            [row(["coverage", "", "", need.need, "", "actors"], .integer(need.serving.old), .integer(need.serving.new)),
             row(["coverage", "", "", need.need, "", "status"], .text(keyword(need.status.old)), .text(keyword(need.status.new)))]
        }
    }

    /// A field's value in a cell: a number as a number, lists joined by `|` (as the CSV pair
    /// writes them), kinds and sectors as keywords, empty for no value.
    static func cell(_ value: DiffValue?) -> TableCell {
        guard let value else { return .text("") }
        switch value {
        case .text(let text): return .text(text)
        case .kind(let kind): return .text(kind.rawValue)
        case .sectors(let sectors): return .text(sectors.map(\.rawValue).joined(separator: "|"))
        case .tags(let tags): return .text(tags.joined(separator: "|"))
        case .actors(let ids): return .text(ids.map(\.rawValue).joined(separator: "|"))
        case .date(let date): return .text(date.description)
        case .number(let value): return .decimal(value, places: 2)
        case .flag(let flag): return .text(flag ? "true" : "false")
        }
    }
}
