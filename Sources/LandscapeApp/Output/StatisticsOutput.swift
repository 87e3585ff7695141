import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The output shapes of `stats` (docs/measures.md): JSON, the figures table, the mixing matrix.
public enum StatisticsOutput {
    /// `{"actors", "ties", "density", …, "ei_index": {GROUP: value}, "mixing": {GROUP: {GROUP: count}}}`;
    /// when the distances were estimated, `"approximate": {"epsilon", "delta", …}` at the end
    /// (`SamplingOutput`).
    public static func json(_ stats: LandscapeStatistics, grouping: GroupingAttribute) -> JSONValue {
        let mixing = stats.mixing[grouping]
        let groups = (mixing?.matrix.keys.sorted()) ?? []
        let approximate = stats.distanceEstimate.map { [("approximate", SamplingOutput.json($0, diameter: stats.diameter))] } ?? []
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
            ("mixing_through_committees", .object(groups.compactMap { a in
                mixing?.throughCommittees[a].map { row in (a, .object(row.keys.sorted().map { b in (b, .int(row[b] ?? 0)) })) }
            })),
            ("mixing", .object(groups.map { a in
                (a, .object(groups.map { b in (b, .int(mixing?.matrix[a]?[b] ?? 0)) }))
            })),
        ] + approximate)
    }

    /// The figures as a two-column table, then the mixing matrix of the grouping.
    public static func tables(_ stats: LandscapeStatistics, grouping: GroupingAttribute, words: AnalysisTableWording) -> [TextTable] {
        var figures = TextTable(name: words.sheetFigures, headers: [words.figureColumn, words.valueColumn], alignments: [.left, .right])
        let values: [(StatisticsFigure, TableCell)] = [
            (.actors, .integer(stats.actors)),
            (.ties, .integer(stats.ties)),
            (.edges, .integer(stats.edges)),
            (.density, .decimal(stats.density, places: 4)),
            (.components, .integer(stats.components)),
            (.largestComponentShare, .decimal(stats.largestComponentShare, places: 3)),
            (.averageDegree, .decimal(stats.averageDegree, places: 2)),
            (.averageClustering, .decimal(stats.averageClustering, places: 4)),
            (.transitivity, .decimal(stats.transitivity, places: 4)),
            (.diameter, .integer(stats.diameter)),
            (.averageDistance, .decimal(stats.averageDistance, places: 3)),
            (.degreeCentralization, .decimal(stats.degreeCentralization, places: 4)),
            (.modularity, .decimal(stats.modularity, places: 4)),
            (.communities, .integer(stats.communities)),
            (.eiIndex(grouping), .decimal(stats.mixing[grouping]?.overall ?? nil, places: 3)),
        ]
        figures.cells = values.map { [.text(words.figure($0.0)), $0.1] }
        guard let mixing = stats.mixing[grouping] else { return [figures] }
        return [figures, matrix(mixing, grouping: grouping, words: words)]
    }

    /// Ties between each pair of groups (named in the table's language, in the order of their
    /// names), with each group's E–I index and, when some pairs meet
    /// in a committee without a direct tie, how many of a group's pairs with other groups do.
    static func matrix(_ mixing: GroupMixing, grouping: GroupingAttribute, words: AnalysisTableWording) -> TextTable {
        let label = { (group: String) in words.groupCell(group, of: grouping) }
        let groups = mixing.matrix.keys.sorted { label($0) < label($1) }
        let through = !mixing.throughCommittees.isEmpty
        let extra = [words.eiColumn] + (through ? [words.throughCommitteeColumn] : [])
        var matrix = TextTable(name: words.sheetMixing, headers: [words.groupingName(grouping)] + groups.map(label) + extra,
                               alignments: [.left] + groups.map { _ in .right } + extra.map { _ in .right })
        for a in groups {
            let across = (mixing.throughCommittees[a] ?? [:]).filter { $0.key != a }.values.reduce(0, +)
            matrix.cells.append([.text(label(a))] + groups.map { b in .integer(mixing.matrix[a]?[b] ?? 0) }
                                + [.decimal(mixing.perGroup[a] ?? nil, places: 2)] + (through ? [.integer(across)] : []))
        }
        return matrix
    }
}
