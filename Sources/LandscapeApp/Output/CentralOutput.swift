import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The output shapes of `central` (docs/measures.md): JSON, and a table for the terminal and CSV.
public enum CentralOutput {
    /// `{"actors": [{"id", "name", "kind", "degree", …, "brokerage": {…}}]}` for the ranked
    /// actors: every measure key present, `null` where not computed or undefined.
    public static func json(_ ranking: CentralRanking, landscape: Landscape) -> JSONValue {
        .object([("actors", .array(ranking.rankedActors.map { actor in
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
        }))])
    }

    /// A table of the ranking's measures, one row per ranked actor. `forCSV`: numbers in full
    /// precision and undefined values as empty cells, for spreadsheets.
    public static func table(_ ranking: CentralRanking, landscape: Landscape, words: AnalysisTableWording,
                             forCSV: Bool = false) -> TextTable {
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
        var table = TextTable(headers: headers, alignments: alignments)
        for (rank, actor) in ranking.rankedActors.enumerated() {
            let info = landscape[actor.id]
            var row = [String(rank + 1), info?.name ?? actor.id.rawValue, info?.kind.rawValue ?? ""]
            for measure in ranking.measures { row += cells(of: actor, measure, forCSV: forCSV) }
            table.rows.append(row)
        }
        return table
    }

    /// The cells of one measure (five for the brokerage roles).
    static func cells(of actor: ActorCentrality, _ measure: Measure, forCSV: Bool) -> [String] {
        if measure == .brokerage {
            let counts = BrokerageRole.allCases.map { role in actor.brokerage.map { role.count(in: $0) } }
            return counts.map { forCSV ? ($0.map(String.init) ?? "") : NumberText.integer($0) }
        }
        if forCSV { return [actor.value(of: measure).map { JSONValue.number($0).serialized() } ?? ""] }
        switch measure {
        case .degree: return [NumberText.integer(actor.degree)]
        case .core: return [NumberText.integer(actor.core)]
        case .strength, .effectiveSize: return [NumberText.decimal(actor.value(of: measure), places: 2)]
        default: return [NumberText.decimal(actor.value(of: measure), places: 4)]
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
    /// - Complexity: O(V log V).
    static func order(_ result: CentralityResult, landscape: Landscape, by measure: Measure) -> [Int] {
        let ascending = measure == .constraint
        return result.actors.indices.sorted { a, b in
            let x = result.actors[a].value(of: measure), y = result.actors[b].value(of: measure)
            switch (x, y) {
            case let (x?, y?) where x != y: return ascending ? x < y : x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let nameA = landscape[result.actors[a].id]?.name ?? "", nameB = landscape[result.actors[b].id]?.name ?? ""
                return nameA != nameB ? nameA < nameB : a < b
            }
        }
    }
}
