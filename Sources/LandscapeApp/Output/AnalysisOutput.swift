import LandscapeCore
import LandscapeIO

/// The documented output shapes of the analysing commands (docs/measures.md): JSON, and tables
/// for the terminal and CSV.
public enum AnalysisOutput {
    // MARK: central

    /// `{"actors": [{"id", "name", "kind", "degree", …, "brokerage": {…}}]}`: every measure key
    /// present, `null` where not computed or undefined.
    public static func centralJSON(_ result: CentralityResult, landscape: Landscape, order: [Int]) -> JSONValue {
        .object([("actors", .array(order.map { index in
            let actor = result.actors[index]
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
                .object([
                    ("coordinator", .int(roles.coordinator)), ("itinerant", .int(roles.itinerant)),
                    ("representative", .int(roles.representative)), ("gatekeeper", .int(roles.gatekeeper)),
                    ("liaison", .int(roles.liaison)),
                ])
            } ?? .null))
            return .object(pairs)
        }))])
    }

    /// A table of the given measures, one row per actor in `order`.
    /// `forCSV`: numbers in full precision and undefined values as empty cells, for spreadsheets.
    public static func centralTable(_ result: CentralityResult, landscape: Landscape, order: [Int], measures: [Measure], forCSV: Bool = false) -> TextTable {
        var headers = ["#", "actor", "kind"]
        var alignments: [TextTable.Alignment] = [.right, .left, .left]
        for measure in measures {
            if measure == .brokerage {
                headers += ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
                alignments += Array(repeating: .right, count: 5)
            } else {
                headers.append(measure.rawValue)
                alignments.append(.right)
            }
        }
        var table = TextTable(headers: headers, alignments: alignments)
        for (rank, index) in order.enumerated() {
            let actor = result.actors[index]
            let info = landscape[actor.id]
            var row = [String(rank + 1), info?.name ?? actor.id.rawValue, info?.kind.rawValue ?? ""]
            for measure in measures {
                if forCSV {
                    if measure == .brokerage {
                        let r = actor.brokerage
                        row += [r?.coordinator, r?.itinerant, r?.representative, r?.gatekeeper, r?.liaison].map { $0.map(String.init) ?? "" }
                    } else {
                        row.append(actor.value(of: measure).map { JSONValue.number($0).serialized() } ?? "")
                    }
                    continue
                }
                switch measure {
                case .degree: row.append(NumberText.integer(actor.degree))
                case .core: row.append(NumberText.integer(actor.core))
                case .brokerage:
                    let r = actor.brokerage
                    row += [r?.coordinator, r?.itinerant, r?.representative, r?.gatekeeper, r?.liaison].map(NumberText.integer)
                case .strength, .effectiveSize: row.append(NumberText.decimal(actor.value(of: measure), places: 2))
                default: row.append(NumberText.decimal(actor.value(of: measure), places: 4))
                }
            }
            table.rows.append(row)
        }
        return table
    }

    /// Node indices sorted by a measure: descending (constraint ascending, since low constraint
    /// marks a broker), ties by name; undefined values last.
    public static func order(_ result: CentralityResult, landscape: Landscape, by measure: Measure) -> [Int] {
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

    // MARK: stats

    /// `{"actors", "ties", "density", …, "ei_index": {GROUP: value}, "mixing": {GROUP: {GROUP: count}}}`.
    public static func statsJSON(_ stats: LandscapeStatistics, grouping: GroupingAttribute) -> JSONValue {
        let mixing = stats.mixing[grouping]
        let groups = (mixing?.matrix.keys.sorted()) ?? []
        return .object([
            ("actors", .int(stats.actors)),
            ("ties", .int(stats.ties)),
            ("actors_by_kind", .object(ActorKind.allCases.compactMap { kind in stats.actorsByKind[kind].map { (kind.rawValue, .int($0)) } })),
            ("ties_by_kind", .object(TieKind.allCases.compactMap { kind in stats.tiesByKind[kind].map { (kind.rawValue, .int($0)) } })),
            ("edges", .int(stats.edges)),
            ("density", .number(stats.density)),
            ("components", .int(stats.components)),
            ("largest_component_share", .number(stats.largestComponentShare)),
            ("average_degree", .number(stats.averageDegree)),
            ("average_clustering", .number(stats.averageClustering)),
            ("transitivity", .number(stats.transitivity)),
            ("diameter", .int(stats.diameter)),
            ("average_distance", .number(stats.averageDistance)),
            ("degree_centralization", .number(stats.degreeCentralization)),
            ("modularity", .number(stats.modularity)),
            ("communities", .int(stats.communities)),
            ("groups", .string(grouping.rawValue)),
            ("ei_index_overall", .number(mixing?.overall ?? nil)),
            ("ei_index", .object(groups.map { ($0, .number(mixing?.perGroup[$0] ?? nil)) })),
            ("mixing", .object(groups.map { a in
                (a, .object(groups.map { b in (b, .int(mixing?.matrix[a]?[b] ?? 0)) }))
            })),
        ])
    }

    /// Figures as a two-column table, then the mixing matrix.
    public static func statsTables(_ stats: LandscapeStatistics, grouping: GroupingAttribute) -> [TextTable] {
        var figures = TextTable(headers: ["figure", "value"], alignments: [.left, .right])
        figures.rows = [
            ["actors", String(stats.actors)],
            ["ties", String(stats.ties)],
            ["edges (pairs with a tie)", String(stats.edges)],
            ["density", NumberText.decimal(stats.density, places: 4)],
            ["components", String(stats.components)],
            ["largest component share", NumberText.decimal(stats.largestComponentShare, places: 3)],
            ["average degree", NumberText.decimal(stats.averageDegree, places: 2)],
            ["average clustering", NumberText.decimal(stats.averageClustering, places: 4)],
            ["transitivity", NumberText.decimal(stats.transitivity, places: 4)],
            ["diameter (largest component)", NumberText.integer(stats.diameter)],
            ["average distance (largest component)", NumberText.decimal(stats.averageDistance, places: 3)],
            ["degree centralization", NumberText.decimal(stats.degreeCentralization, places: 4)],
            ["modularity (Louvain)", NumberText.decimal(stats.modularity, places: 4)],
            ["communities", String(stats.communities)],
            ["E–I index by \(grouping.rawValue)", NumberText.decimal(stats.mixing[grouping]?.overall ?? nil, places: 3)],
        ]
        guard let mixing = stats.mixing[grouping] else { return [figures] }
        let groups = mixing.matrix.keys.sorted()
        let label = { (group: String) in group.isEmpty ? "(none)" : group }
        var matrix = TextTable(headers: [grouping.rawValue] + groups.map(label) + ["E–I"],
                               alignments: [.left] + groups.map { _ in .right } + [.right])
        for a in groups {
            matrix.rows.append([label(a)] + groups.map { b in String(mixing.matrix[a]?[b] ?? 0) }
                               + [NumberText.decimal(mixing.perGroup[a] ?? nil, places: 2)])
        }
        return [figures, matrix]
    }

    // MARK: communities

    /// `{"modularity", "communities": [{"id", "actors": [ids]}]}`.
    public static func communitiesJSON(_ found: Communities, network: Network) -> JSONValue {
        .object([
            ("modularity", .number(found.modularity)),
            ("communities", .array(found.members.enumerated().map { index, members in
                .object([("id", .int(index + 1)), ("actors", .array(members.map { .string(network.actors[$0].rawValue) }))])
            })),
        ])
    }

    public static func communitiesTable(_ found: Communities, network: Network, landscape: Landscape) -> TextTable {
        var table = TextTable(headers: ["community", "actor", "kind", "municipality"], alignments: [.right, .left, .left, .left])
        for (index, members) in found.members.enumerated() {
            for node in members {
                let actor = landscape[network.actors[node]]
                table.rows.append([String(index + 1), actor?.name ?? network.actors[node].rawValue,
                                   actor?.kind.rawValue ?? "", actor?.municipality ?? ""])
            }
        }
        return table
    }
}
