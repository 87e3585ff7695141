import Foundation
import LandscapeCore

/// Writes a landscape as an Excel workbook (.xlsx) in the layout `XLSXReader` reads: a sheet
/// `actors` and a sheet `ties` with the field names of the CSV pair as their header rows, and a
/// sheet `landscape` with the title, language, as_of and needs (`LandscapeSheet`). Texts are
/// texts, weights numbers, `formal` a boolean and dates date cells shown as precisely as they
/// are written (`2019`, `2019-08`, `2019-08-29`); list fields are joined with `|`. Reading the
/// workbook gives the same landscape, except what `losses` names: `|` inside list items, texts
/// longer than an Excel cell holds, more actors or ties than a sheet has rows.
///
/// - Complexity: O(A + T + S) time and space for A actors, T ties and S characters of text.
public struct XLSXWriter: LandscapeWriter {
    public init() {}

    static let sheetNames = (actors: XLSXReader.actorSheets[0], ties: XLSXReader.tieSheets[0], landscape: LandscapeSheet.sheetNames[0])

    public func write(_ landscape: Landscape) -> WriteResult {
        var check = LossCheck(format: .excel)
        check.separators(landscape)
        check.references(landscape)
        check.extraLists(landscape)
        check.spreadsheetLimits(landscape)
        let workbook = Workbook(sheets: [Self.actors(landscape), Self.ties(landscape), Self.sheet(landscape)])
        do {
            return WriteResult(output: .file(try workbook.data()), losses: check.losses)
        } catch {
            // The parts are zipped in memory: no file, no disk that could fail.
            preconditionFailure("zipping a workbook in memory failed: \(error)")
        }
    }

    static func text(_ value: String?) -> SheetCell {
        value.map { .text($0) } ?? .empty
    }

    static func list(_ items: [String]) -> SheetCell {
        items.isEmpty ? .empty : .text(Spelling.joined(items))
    }

    static func date(_ value: PartialDate?) -> SheetCell {
        value.map { .date($0) } ?? .empty
    }

    static func actors(_ landscape: Landscape) -> Worksheet {
        let columns = TableColumns(landscape)
        return Worksheet(name: sheetNames.actors, header: columns.actorHeader, rows: landscape.actors.map { actor in
            [
                .text(actor.id.rawValue), .text(actor.name), .text(actor.kind.rawValue), text(actor.municipality),
                list(actor.sectors.map(\.rawValue)), list(actor.topics), list(actor.targetGroups),
                list(actor.programs.map(\.rawValue)), date(actor.period.since), date(actor.period.until),
                text(actor.contact), text(actor.note),
            ] + TableColumns.cells(actor.extra, under: columns.actorExtras).map(text)
        })
    }

    static func ties(_ landscape: Landscape) -> Worksheet {
        let columns = TableColumns(landscape)
        return Worksheet(name: sheetNames.ties, header: columns.tieHeader, rows: landscape.ties.map { tie in
            let row: [SheetCell] = [
                .text(tie.from.rawValue), .text(tie.to.rawValue), .text(tie.kind.rawValue), .number(tie.weight),
                date(tie.period.since), date(tie.period.until), .boolean(tie.formal), text(tie.note),
            ]
            return row + (columns.tail(of: tie) + TableColumns.cells(tie.extra, under: columns.tieExtras)).map(text)
        })
    }

    static func sheet(_ landscape: Landscape) -> Worksheet {
        Worksheet(name: sheetNames.landscape, header: LandscapeSheet.header, rows: LandscapeSheet.rows(of: landscape).map { row in
            switch row.value {
            case .text(let text): [.text(row.field), .text(text)]
            case .date(let date): [.text(row.field), .date(date)]
            }
        })
    }
}

extension LossCheck {
    /// Texts longer than an Excel cell holds, and more actors or ties than a sheet has rows.
    mutating func spreadsheetLimits(_ landscape: Landscape) {
        let long = Self.texts(of: landscape).filter { $0.utf16.count > Workbook.maxCellCharacters }
        if let first = long.first {
            losses.append(.textTooLong(count: long.count, example: String(first.prefix(40)), limit: Workbook.maxCellCharacters, format: format))
        }
        let rows = Workbook.maxRows - 1
        for (count, records) in [(landscape.actors.count, ValidationProblem.RecordKind.actor), (landscape.ties.count, .tie)] where count > rows {
            losses.append(.tooManyRows(records, count: count, limit: rows, format: format))
        }
    }
}
