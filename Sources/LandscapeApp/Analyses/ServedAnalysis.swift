import Foundation
import LandscapeCore
import LandscapeIO
import LandscapeStore

/// The analyses the web app serves as JSON, each the JSON `landscape NAME --format json` prints
/// with its default options (undirected, unweighted, groups by kind, sampling as the CLI decides,
/// seed 1, the ten best suggestions): the page and a script see what the command line shows.
public enum ServedAnalysis: String, CaseIterable, Sendable {
    case central, stats, gaps, suggestions

    /// The analysis of `landscape` without its planned ties, as the command line reads it,
    /// its texts in `language` (the landscape's by default). The suggestions are the open ones
    /// (`OpenSuggestions`: neither accepted as a planned tie nor among `dismissed`), each pair
    /// with its `id` first, the one `POST /api/suggestions/{id}/dismiss` takes.
    ///
    /// - Complexity: that of the analysis: betweenness O(V·E) (sampled on large landscapes),
    ///   the statistics and gaps about the same, for V actors and E ties.
    public func json(of stored: Landscape, language: Language? = nil, dismissed: [Dismissal] = []) -> JSONValue {
        let landscape = stored.realised()
        let language = language ?? landscape.language
        let options = AnalysisOptions(fold: nil, directed: false, weighted: false, groups: .kind)
        switch self {
        case .central:
            let request = CentralRequest(analysis: options, measures: [], sort: .betweenness, top: nil, approximation: nil, exact: false, seed: 1)
            return CentralOutput.json(landscape.central(request), landscape: landscape)
        case .stats:
            let statistics = Analysis.statistics(landscape, options, resolution: 1, seed: 1, exact: false)
            return StatisticsOutput.json(statistics, grouping: options.groups)
        case .gaps:
            return GapOutput.gapsJSON(landscape.gaps(GapRequest()), landscape: landscape, language: language)
        case .suggestions:
            let suggestions = OpenSuggestions.suggestions(in: stored, dismissed: dismissed, options: SuggestOptions())
            let json = GapOutput.suggestionsJSON(suggestions, landscape: landscape, language: language)
            guard case .object(let members) = json, case .array(let items)? = members.first(where: { $0.0 == "suggestions" })?.1 else { return json }
            return .object([("suggestions", .array(zip(suggestions, items).map { suggestion, item in
                guard let id = OpenSuggestions.id(of: suggestion), case .object(let fields) = item else { return item }
                return .object([("id", .string(id))] + fields)
            }))])
        }
    }
}

extension Converting {
    /// `landscape` as the bytes of a one-file format (YAML, JSON, GraphML, GEXF, XLSX), as
    /// `landscape export` writes them; `nil` for the CSV pair, which is a folder.
    ///
    /// - Complexity: O(V + E) for V actors and E ties.
    public static func fileBytes(_ landscape: Landscape, format: ExportFormat, edgeDirections: EdgeDirections = .graph) -> Data? {
        guard case .file(let data) = format.writer(edgeDirections: edgeDirections, style: .asDrawn).write(landscape).output else { return nil }
        return data
    }
}
