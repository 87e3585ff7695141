import Foundation
import Testing
import LandscapeCore
@testable import LandscapeIO

@Suite("CSV rows read block by block on all cores")
struct CSVBlockOrderTests {
    /// An actors file of `count` rows with problems at `extraAt` (a cell beyond the header's),
    /// `pastedAt` (a row written with `;`) and `listAt` (a topics cell of comma-separated words).
    static func actorsFile(count: Int, extraAt: Set<Int>, pastedAt: Set<Int>, listAt: Set<Int>) -> String {
        var text = "id,name,kind,topics\n"
        for row in 0..<count {
            if pastedAt.contains(row) {
                text += "p\(row);Akteur \(row);Amt;Bildung\n"
            } else if extraAt.contains(row) {
                text += "a\(row),Akteur \(row),Amt,Bildung,übrig\n"
            } else if listAt.contains(row) {
                text += "a\(row),Akteur \(row),Amt,\"Bildung, Sprache\"\n"
            } else {
                text += "a\(row),Akteur \(row),Amt,Bildung\n"
            }
        }
        return text
    }

    @Test("Diagnostics of rows in several blocks come in the order of the rows, as read one by one")
    func diagnosticsInRowOrder() throws {
        let count = 3 * CSVPairReader.blockLength + 17
        let extraAt: Set = [3, CSVPairReader.blockLength - 1, CSVPairReader.blockLength, 2 * CSVPairReader.blockLength + 5]
        let pastedAt: Set = [10, CSVPairReader.blockLength + 1, count - 1]
        let listAt: Set = [7, 2 * CSVPairReader.blockLength, count - 2]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-blocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = Self.actorsFile(count: count, extraAt: extraAt, pastedAt: pastedAt, listAt: listAt)
        try Data(text.utf8).write(to: folder.appendingPathComponent("actors.csv"))
        var diagnostics: [Diagnostic] = []
        let draft = try #require(CSVPairReader().read(path: folder.path, diagnostics: &diagnostics))
        // Line = row + 2 (the header is line 1).
        let rowProblems = extraAt.union(pastedAt).sorted().map { $0 + 2 }
        let listProblems = listAt.sorted().map { $0 + 2 }
        let lines = diagnostics.compactMap(\.location.line)
        #expect(lines == rowProblems + listProblems)
        #expect(draft.actors.count == count - pastedAt.count)
        #expect(draft.actors.map(\.location.line) == (0..<count).filter { !pastedAt.contains($0) }.map { $0 + 2 })
    }
}
