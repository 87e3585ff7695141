import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The output shapes of `communities` (docs/measures.md).
public enum CommunitiesOutput {
    /// `{"modularity", "communities": [{"id", "actors": [ids]}]}`, communities numbered from 1,
    /// largest first.
    public static func json(_ found: Communities) -> JSONValue {
        .object([
            ("modularity", .number(found.modularity)),
            ("communities", .array(found.groups.enumerated().map { index, members in
                .object([("id", .int(index + 1)), ("actors", .array(members.map { .string($0.rawValue) }))])
            })),
        ])
    }

    /// One row per actor: its community, name, kind and municipality.
    public static func table(_ found: Communities, landscape: Landscape, words: AnalysisTableWording) -> TextTable {
        var table = TextTable(name: words.sheetCommunities,
                              headers: [words.communityColumn, words.actorColumn, words.kindColumn, words.municipalityColumn],
                              alignments: [.right, .left, .left, .left])
        for (index, members) in found.groups.enumerated() {
            for id in members {
                let actor = landscape[id]
                table.cells.append([.integer(index + 1), .text(actor?.name ?? id.rawValue), .text(actor.map { words.kindCell($0.kind) } ?? ""),
                                    .text(actor?.municipality ?? "")])
            }
        }
        return table
    }

    /// The line above the table: "modularity 0.4321, 5 communities" (the words' decimal separator).
    public static func summary(_ found: Communities, words: AnalysisTableWording) -> String {
        words.communitiesSummary(modularity: found.modularity, count: found.count)
    }
}
