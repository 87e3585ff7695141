import Foundation
import LandscapeCore

/// Writes the CSV pair (`actors.csv` and `ties.csv`) and the landscape sheet
/// (`landscape.csv`: title, language, as_of and needs, `LandscapeSheet`) so that Excel opens
/// them as they are (`CSVStyle` of the landscape's language): UTF-8 with a byte-order mark, CRLF
/// line ends, and for a German landscape (`language: de`) `;` between cells and a decimal comma,
/// as German Excel expects; `,` and a decimal point otherwise. List fields are joined with `|`.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct CSVPairWriter: LandscapeWriter {
    public init() {}

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .csvPair)
        check.separators(landscape)
        check.references(landscape)
        check.extraLists(landscape)
        let style = CSVStyle(language: landscape.language)
        let columns = TableColumns(landscape)
        var actors = [columns.actorHeader]
        for actor in landscape.actors {
            actors.append([
                actor.id.rawValue, actor.name, actor.kind.rawValue, actor.municipality ?? "",
                Spelling.joined(actor.sectors.map(\.rawValue)), Spelling.joined(actor.topics),
                Spelling.joined(actor.targetGroups), Spelling.joined(actor.programs.map(\.rawValue)),
                actor.period.since?.description ?? "", actor.period.until?.description ?? "",
                actor.contact ?? "", actor.note ?? "",
            ] + TableColumns.cells(actor.extra, under: columns.actorExtras).map { $0 ?? "" })
        }
        var ties = [columns.tieHeader]
        for tie in landscape.ties {
            let row = [
                tie.from.rawValue, tie.to.rawValue, tie.kind.rawValue, style.number(tie.weight),
                tie.period.since?.description ?? "", tie.period.until?.description ?? "",
                tie.formal ? "true" : "false", tie.note ?? "",
            ]
            ties.append(row + (columns.tail(of: tie) + TableColumns.cells(tie.extra, under: columns.tieExtras)).map { $0 ?? "" })
        }
        var sheet = [LandscapeSheet.header]
        for (field, value) in LandscapeSheet.rows(of: landscape) {
            switch value {
            case .text(let text): sheet.append([field, text])
            case .date(let date): sheet.append([field, date.description])
            }
        }
        let files = [
            WrittenFile(name: "actors.csv", data: Data(style.file(actors).utf8)),
            WrittenFile(name: "ties.csv", data: Data(style.file(ties).utf8)),
            WrittenFile(name: LandscapeSheet.fileName, data: Data(style.file(sheet).utf8)),
        ]
        return WriteResult(output: .folder(files), losses: check.losses)
    }
}
