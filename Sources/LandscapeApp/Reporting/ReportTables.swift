import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeWording

/// The long tables of a report as a workbook beside it (`report --tables xlsx`): every actor
/// with kind, municipality, dates, funding programmes and contact (the report's directory),
/// and every actor's measures as `central` ranks them (all actors, the table's measures), in
/// the report's language and of the landscape it describes (anonymised as asked, on its day).
public enum ReportTables {
    /// The workbook's file beside the report: `-o out/report.html` → `out/report.xlsx`.
    public static func path(beside report: String) -> String {
        ((report as NSString).deletingPathExtension as String) + ".xlsx"
    }

    /// The two sheets.
    ///
    /// - Complexity: O(A) for the directory, plus `central`'s measures (O(V·E) for the path
    ///   measures, estimated above its sampling threshold as `central` does).
    public static func tables(_ report: Report) -> [TextTable] {
        let landscape = report.landscape
        let words = report.language.analysisTableWording
        let reportWords = report.language.reportWording
        let programmes = { (actor: Actor) in actor.programs.map { landscape[$0]?.name ?? $0.rawValue }.joined(separator: ", ") }
        var actors = TextTable(name: words.sheetActors, headers: [
            reportWords.nameColumn, reportWords.kindColumn, reportWords.municipalityColumn, reportWords.periodColumn,
            reportWords.fundedByColumn, reportWords.contactColumn,
        ])
        actors.cells = landscape.actors.map { actor in
            [.text(actor.name), .text(words.kindCell(actor.kind)), .text(actor.municipality ?? ""), .text(reportWords.period(actor.period)),
             .text(programmes(actor)), .text(actor.contact ?? "")]
        }
        let ranking = landscape.central(CentralRequest(measures: CentralRequest.tableMeasures, sort: .betweenness))
        return [actors, CentralOutput.table(ranking, landscape: landscape, words: words)]
    }

    /// The workbook's bytes.
    ///
    /// - Throws: only when the workbook cannot be packed in memory (ZIPFoundation).
    public static func workbook(_ report: Report) throws -> Data {
        try Workbook(sheets: tables(report).map(\.worksheet)).data()
    }
}
