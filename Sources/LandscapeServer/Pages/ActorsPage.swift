import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeWording

extension Pages {
    /// `/actors`: every actor in a table that sorts and filters, each name a link to its page.
    func actorsPage(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let words = context.words, names = context.names
        var degree: [ActorID: Int] = [:]
        for tie in landscape.ties {
            degree[tie.from, default: 0] += 1
            degree[tie.to, default: 0] += 1
        }
        typealias Column = ListPage<Actor>.Column
        let columns: [Column] = [
            Column(key: "name", heading: words.columnName, sortKey: { .text($0.name) }, cell: { actor in
                [Node.element("a", [("href", context.link(PageContext.actorPath(actor.id)))]) { actor.name }]
            }),
            Column(key: "id", heading: words.columnId, sortKey: { .text($0.id.rawValue) }, cell: { [.text($0.id.rawValue)] }),
            Column(key: "kind", heading: words.columnKind, sortKey: { .text(names.name(of: $0.kind)) }, cell: { [.text(names.name(of: $0.kind))] }),
            Column(key: "municipality", heading: words.columnMunicipality, sortKey: { .text($0.municipality ?? "") },
                   cell: { [.text($0.municipality ?? "")] }),
            Column(key: "sectors", heading: words.columnSectors, sortKey: { .text($0.sectors.map(names.name(of:)).joined(separator: ", ")) },
                   cell: { [.text($0.sectors.map(names.name(of:)).joined(separator: ", "))] }),
            Column(key: "ties", heading: words.columnTies, numeric: true, sortKey: { .number(Double(degree[$0.id] ?? 0)) },
                   cell: { [.text(words.integer(degree[$0.id] ?? 0))] }),
            Column(key: "since", heading: words.columnSince, sortKey: { .text($0.period.since?.description ?? "") },
                   cell: { [.text($0.period.since?.description ?? "")] }),
            Column(key: "until", heading: words.columnUntil, sortKey: { .text($0.period.until?.description ?? "") },
                   cell: { [.text($0.period.until?.description ?? "")] }),
        ]
        let list = ListPage(
            path: "/actors", context: context, columns: columns, rows: landscape.actors, query: .init(request),
            kinds: ActorKind.allCases.filter { kind in landscape.actors.contains { $0.kind == kind } }.map { ($0.rawValue, names.name(of: $0)) },
            text: { [$0.name, $0.id.rawValue, $0.municipality ?? "", $0.topics.joined(separator: " "), $0.targetGroups.joined(separator: " ")].joined(separator: " ") },
            kind: { $0.kind.rawValue })
        return PageResponse.document(list.document(.actors, title: landscape.title, add: context.mayEdit ? (words.addActor, "/actors/new") : nil))
    }
}
