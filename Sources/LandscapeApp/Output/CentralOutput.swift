import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The output shapes of `central` (docs/measures.md): JSON, and a table for the terminal, CSV
/// and a workbook.
public enum CentralOutput {
    /// `{"actors": [{"id", "name", "kind", "degree", …, "brokerage": {…}}]}` for the ranked
    /// actors: every measure key present, `null` where not computed or undefined; when the path
    /// measures were estimated, `"approximate": {"epsilon", "delta", …}` after them
    /// (`SamplingOutput`).
    public static func json(_ ranking: CentralRanking, landscape: Landscape) -> JSONValue {
        let approximate = ranking.estimate.map { [("approximate", SamplingOutput.json($0))] } ?? []
        return .object([("actors", .array(ranking.rankedActors.map { actor in
            let info = landscape[actor.id]
            var pairs: [(String, JSONValue)] = [
                ("id", .string(actor.id.rawValue)),
                ("name", .string(info?.name ?? actor.id.rawValue)),
                ("kind", .string(info?.kind.rawValue)),
                ("degree", .int(actor.degree)),
                ("strength", .number(actor.strength)),
                ("betweenness", .number(actor.betweenness)),
                ("closeness", .number(actor.closeness)),
                ("harmonic", .number(actor.harmonic)),
                ("eigenvector", .number(actor.eigenvector)),
                ("pagerank", .number(actor.pagerank)),
                ("constraint", .number(actor.constraint)),
                ("effective_size", .number(actor.effectiveSize)),
                ("clustering", .number(actor.clustering)),
                ("core", .int(actor.core)),
            ]
            pairs.append(("brokerage", actor.brokerage.map { roles in
                .object(BrokerageRole.allCases.map { role in (roleKey(role), .int(role.count(in: roles))) })
            } ?? .null))
            return .object(pairs)
        }))] + approximate)
    }

    /// A table of the ranking's measures, one row per ranked actor, its numbers typed (shown
    /// with 4 decimals, 2 for strength and effective size; whole in CSV and a workbook).
    public static func table(_ ranking: CentralRanking, landscape: Landscape, words: AnalysisTableWording) -> TextTable {
        var headers = [words.rankColumn, words.actorColumn, words.kindColumn]
        var alignments: [TextTable.Alignment] = [.right, .left, .left]
        for measure in ranking.measures {
            if measure == .brokerage {
                headers += BrokerageRole.allCases.map(words.roleColumn)
                alignments += Array(repeating: .right, count: BrokerageRole.allCases.count)
            } else {
                headers.append(words.measureColumn(measure))
                alignments.append(.right)
            }
        }
        var table = TextTable(name: words.sheetCentral, headers: headers, alignments: alignments)
        for (rank, actor) in ranking.rankedActors.enumerated() {
            let info = landscape[actor.id]
            var row: [TableCell] = [.integer(rank + 1), .text(info?.name ?? actor.id.rawValue), .text(info.map { words.kindCell($0.kind) } ?? "")]
            for measure in ranking.measures { row += cells(of: actor, measure) }
            table.cells.append(row)
        }
        return table
    }

    /// The cells of one measure (five for the brokerage roles).
    static func cells(of actor: ActorCentrality, _ measure: Measure) -> [TableCell] {
        switch measure {
        case .brokerage: BrokerageRole.allCases.map { role in .integer(actor.brokerage.map { role.count(in: $0) }) }
        case .degree: [.integer(actor.degree)]
        case .core: [.integer(actor.core)]
        case .strength, .effectiveSize: [.decimal(actor.value(of: measure), places: 2)]
        default: [.decimal(actor.value(of: measure), places: 4)]
        }
    }

    /// The JSON key of a role (a format keyword, the same in every language).
    static func roleKey(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "coordinator"
        case .itinerant: "itinerant"
        case .representative: "representative"
        case .gatekeeper: "gatekeeper"
        case .liaison: "liaison"
        }
    }

    /// Positions in `result.actors` sorted by a measure: descending (constraint ascending, since
    /// low constraint marks a broker), ties by name; undefined values last.
    ///
    /// - Complexity: O(V log V), each actor's value and name looked up once.
    static func order(_ result: CentralityResult, landscape: Landscape, by measure: Measure) -> [Int] {
        let ascending = measure == .constraint
        let values = result.actors.map { $0.value(of: measure) }
        let names = result.actors.map { landscape[$0.id]?.name ?? "" }
        return result.actors.indices.sorted { a, b in
            switch (values[a], values[b]) {
            case let (x?, y?) where x != y: return ascending ? x < y : x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return names[a] != names[b] ? names[a] < names[b] : a < b
            }
        }
    }
}
