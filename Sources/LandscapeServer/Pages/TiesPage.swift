import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeWording

extension Pages {
    /// `/ties`: every tie in a table that sorts and filters, its ends links to their pages.
    func tiesPage(_ request: Request) async throws -> Response {
        let landscape = try await current()
        let context = PageContext(request: request, landscapeLanguage: landscape.language, token: token)
        let words = context.words, names = context.names
        func name(_ id: ActorID) -> String { landscape[id]?.name ?? id.rawValue }
        func end(_ id: ActorID) -> [Node] {
            [Node.element("a", [("href", context.link(PageContext.actorPath(id)))]) { name(id) }]
        }
        typealias Column = ListPage<Tie>.Column
        let columns: [Column] = [
            Column(key: "from", heading: words.columnFrom, sortKey: { .text(name($0.from)) }, cell: { end($0.from) }),
            Column(key: "to", heading: words.columnTo, sortKey: { .text(name($0.to)) }, cell: { end($0.to) }),
            Column(key: "kind", heading: words.columnKind, sortKey: { .text(names.name(of: $0.kind)) }, cell: { [.text(names.name(of: $0.kind))] }),
            Column(key: "weight", heading: words.columnWeight, numeric: true, sortKey: { .number($0.weight) },
                   cell: { [.text(words.decimal($0.weight, digits: $0.weight == $0.weight.rounded() ? 0 : 2))] }),
            Column(key: "status", heading: words.columnStatus, sortKey: { .text($0.status.rawValue) },
                   cell: { [.text($0.status == .planned ? words.statusPlanned : "")] }),
            Column(key: "formal", heading: words.columnFormal, sortKey: { .text($0.formal ? "1" : "0") }, cell: { [.text($0.formal ? words.formalYes : "")] }),
            Column(key: "since", heading: words.columnSince, sortKey: { .text($0.period.since?.description ?? "") },
                   cell: { [.text($0.period.since?.description ?? "")] }),
            Column(key: "until", heading: words.columnUntil, sortKey: { .text($0.period.until?.description ?? "") },
                   cell: { [.text($0.period.until?.description ?? "")] }),
            Column(key: "id", heading: words.columnId, sortKey: { .text($0.id?.rawValue ?? "") }, cell: { tie in
                guard let id = tie.id else { return [] }
                guard context.mayEdit else { return [.text(id.rawValue)] }
                return [Node.element("a", [("href", context.link(PageContext.tiePath(id) + "/edit")), ("title", words.panelEdit)]) { id.rawValue }]
            }),
        ]
        let list = ListPage(
            path: "/ties", context: context, columns: columns, rows: landscape.ties, query: .init(request),
            kinds: TieKind.allCases.filter { kind in landscape.ties.contains { $0.kind == kind } }.map { ($0.rawValue, names.name(of: $0)) },
            text: { [name($0.from), name($0.to), $0.from.rawValue, $0.to.rawValue, $0.note ?? "", $0.id?.rawValue ?? ""].joined(separator: " ") },
            kind: { $0.kind.rawValue })
        return PageResponse.document(list.document(.ties, title: landscape.title, add: context.mayEdit ? (words.addTie, "/ties/new") : nil))
    }
}
