import Foundation
import LandscapeApp
import LandscapeCore
import LandscapeIO
import Testing

@Suite("landscape diff through the application library")
struct DiffingTests {
    static let weimar = CentralRankingTests.path("graphs/weimar.yaml")

    /// Weimar in 2017, before the Bündnis, and in August 2019.
    static func weimarOverTime() throws -> DiffResult {
        let request = DiffRequest(sides: .dates(files: [weimar], from: try #require(PartialDate(parsing: "2017")),
                                                to: PartialDate(parsing: "2019-08")))
        return try Diffing.diff(request).get()
    }

    @Test("Weimar 2017 → 2019-08: the Bündnis joined and closed the course providers' coordination gap")
    func weimar() throws {
        let result = try Self.weimarOverTime()
        #expect(result.old.label == "2017" && result.new.label == "2019-08")
        #expect(result.diff.actors.joined.contains("weimar-buendnis"))
        let closed = try #require(result.diff.gaps.closed.first { $0.gap.type == .uncoordinated && $0.gap.groups == ["Integrationskurse"] })
        #expect(closed.closedBy == ["weimar-buendnis"])
        #expect(Set(closed.gap.actors).isSuperset(of: ["weimar-vhs", "weimar-sprachkurstraeger-9"]))
        #expect(result.diff.ties.new.allSatisfy { $0.to == "weimar-buendnis" })
        #expect(result.diff.structure.new.components < result.diff.structure.old.components)
    }

    @Test("Two files are labelled by their names; a landscape compared with itself is empty")
    func files() throws {
        let itself = try Diffing.diff(DiffRequest(sides: .inputs(old: [Self.weimar], new: [Self.weimar]))).get()
        #expect(itself.diff.isEmpty)
        #expect(itself.old.label == itself.new.label)
        let variants = ["2017", "2019"].map { CentralRankingTests.path("graphs/variants/nordhausen-sprachkurse-\($0).yaml") }
        let result = try Diffing.diff(DiffRequest(sides: .inputs(old: [variants[0]], new: [variants[1]]))).get()
        #expect(result.old.label == "nordhausen-sprachkurse-2017.yaml" && result.new.label == "nordhausen-sprachkurse-2019.yaml")
        #expect(!result.diff.isEmpty)
        #expect(result.diff.gaps.closed.contains { $0.gap.groups == ["Integrationskurse"] })
    }

    @Test("An input with errors fails with its diagnostics")
    func unreadable() {
        let missing = CentralRankingTests.path("graphs/none.yaml")
        guard case .failure(let failure) = Diffing.diff(DiffRequest(sides: .inputs(old: [Self.weimar], new: [missing]))) else {
            Issue.record("a missing file must fail")
            return
        }
        #expect(!failure.diagnostics.isEmpty)
    }

    @Test("JSON has the documented shape")
    func json() throws {
        let text = DiffOutput.json(try Self.weimarOverTime()).serialized()
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(root.keys) == ["old", "new", "actors", "ties", "structure", "movers", "approximate", "brokers", "gaps", "coverage"])
        let old = try #require(root["old"] as? [String: Any])
        #expect(old["label"] as? String == "2017" && old["actors"] is Int && old["ties"] is Int)
        let actors = try #require(root["actors"] as? [String: Any])
        #expect((actors["joined"] as? [String])?.contains("weimar-buendnis") == true)
        #expect(actors["left"] is [String] && actors["changed"] is [Any])
        let ties = try #require(root["ties"] as? [String: Any])
        let firstTie = try #require((ties["new"] as? [[String: Any]])?.first)
        #expect(Set(firstTie.keys) == ["from", "to", "kind"])
        let structure = try #require(root["structure"] as? [String: [Any]])
        #expect(structure["density"]?.count == 2 && structure["components"]?.count == 2)
        let mover = try #require((root["movers"] as? [[String: Any]])?.first)
        #expect(Set(mover.keys) == ["id", "measure", "rank", "value"] && (mover["rank"] as? [Int])?.count == 2)
        let gaps = try #require(root["gaps"] as? [String: [[String: Any]]])
        let closed = try #require(gaps["closed"]?.first { ($0["groups"] as? [String]) == ["Integrationskurse"] })
        #expect(closed["type"] as? String == "uncoordinated" && closed["severity"] as? String == "high" && closed["actors"] is [String])
        #expect(gaps["persisting"]?.allSatisfy { ($0["severity"] as? [String])?.count == 2 } == true)
        let need = try #require((root["coverage"] as? [[String: Any]])?.first)
        #expect(need["need"] is String && need["old"] is Int && need["new"] is Int)
    }

    @Test("The terminal text puts the gaps first, in the language asked for")
    func text() throws {
        let result = try Self.weimarOverTime()
        let german = DiffOutput.text(result, language: .de)
        let sizes = "Akteure \(result.old.actors) → \(result.new.actors), Beziehungen \(result.old.ties) → \(result.new.ties)"
        #expect(german.hasPrefix("Was sich verändert hat: 2017 → August 2019\n\(sizes)\n\nGeschlossene Lücken"))
        #expect(german.contains("Unabgestimmte Angebote (»Integrationskurse«)"))
        #expect(german.contains("geschlossen durch »Weimarer Bündnis für Sprache und Integration«"))
        let english = DiffOutput.text(result, language: .en)
        let order = ["Gaps closed", "Actors joined (1)", "New ties (", "Structure", "Who moved", "Coverage of the needs"]
        let positions = order.compactMap { english.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    @Test("CSV: the same sections as rows with English keywords")
    func csv() throws {
        let table = DiffOutput.table(try Self.weimarOverTime(), language: .en)
        #expect(table.headers == ["section", "change", "type", "id", "name", "field", "old", "new"])
        #expect(table.rows.contains { $0[0] == "actors" && $0[1] == "joined" && $0[3] == "weimar-buendnis" })
        #expect(table.rows.contains { $0[0] == "gaps" && $0[1] == "closed" && $0[2] == "uncoordinated" && $0[4] == "Integrationskurse" })
        let sections = table.rows.map(\.[0])
        #expect(sections.first == "gaps" && sections.last == "coverage")
    }

    @Test("The workbook and CSV: numbers stay numbers, the sheet is named in the language")
    func typedCells() throws {
        let result = try Self.weimarOverTime()
        #expect(DiffOutput.table(result, language: .de).name == "Veränderungen")
        let table = DiffOutput.table(result, language: .en)
        #expect(table.name == "Changes")
        let density = try #require(table.cells.first { $0[3] == .text("density") })
        guard case .decimal(let old?, _) = density[6] else {
            Issue.record("density is a number: \(density)")
            return
        }
        #expect(abs(old - (result.diff.structure.old.density ?? 0)) < 1e-12)
        let csv = table.csv(style: CSVStyle(language: .de))
        #expect(csv.hasPrefix("\u{FEFF}section;change;type;id;name;field;old;new\r\n"))
    }
}
