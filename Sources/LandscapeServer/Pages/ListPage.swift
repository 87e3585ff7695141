import Foundation
import Hummingbird
import LandscapeCore
import LandscapeReport
import LandscapeWording

/// A sortable, filterable table of records (the actors, the ties), worked by the server: the
/// headings are links that sort (`sort`, `dir`), a GET form filters by text (`q`) and kind
/// (`kind`). Works without script.
struct ListPage<Row> {
    /// One column: its key in `sort`, heading, what it sorts by, and its cell.
    struct Column {
        var key: String
        var heading: String
        var numeric = false
        var sortKey: (Row) -> SortKey
        var cell: (Row) -> [Node]
    }

    /// What a column sorts by: text (in the language's order, any letter case) or a number.
    enum SortKey: Comparable {
        case number(Double)
        case text(String)

        static func < (left: SortKey, right: SortKey) -> Bool {
            switch (left, right) {
            case (.number(let a), .number(let b)): a < b
            case (.text(let a), .text(let b)): a.localizedCaseInsensitiveCompare(b) == .orderedAscending
            case (.number, .text): true
            case (.text, .number): false
            }
        }
    }

    /// The filter and order a request asks for.
    struct Query {
        var text: String
        var kind: String
        var sort: String?
        var descending: Bool

        init(_ request: Request) {
            let parameters = request.uri.queryParameters
            text = parameters.get("q") ?? ""
            kind = parameters.get("kind") ?? ""
            sort = parameters.get("sort")
            descending = parameters.get("dir") == "desc"
        }
    }

    let path: String
    let context: PageContext
    let columns: [Column]
    let rows: [Row]
    let query: Query
    /// The kinds the kind filter offers (keyword, name).
    let kinds: [(String, String)]
    /// Whether a row passes the filter: its searchable text and its kind's keyword.
    let text: (Row) -> String
    let kind: (Row) -> String

    /// The form and the table, sorted and filtered as the query asks.
    ///
    /// - Complexity: O(R log R) for R rows.
    var content: [Node] {
        let words = context.words
        let needle = query.text.trimmingCharacters(in: .whitespaces)
        var shown = rows.filter { row in
            (query.kind.isEmpty || kind(row) == query.kind) && (needle.isEmpty || text(row).localizedCaseInsensitiveContains(needle))
        }
        if let key = query.sort, let column = columns.first(where: { $0.key == key }) {
            shown = shown.enumerated().sorted { a, b in
                let left = column.sortKey(a.element), right = column.sortKey(b.element)
                if left == right { return a.offset < b.offset }
                return query.descending ? right < left : left < right
            }.map(\.element)
        }
        return [
            Node.element("form", [("class", "tools"), ("method", "get"), ("action", context.local(path))]) {
                if let chosen = context.chosen { Node.element("input", [("type", "hidden"), ("name", "lang"), ("value", chosen.rawValue)]) }
                if let sort = query.sort { Node.element("input", [("type", "hidden"), ("name", "sort"), ("value", sort)]) }
                if query.descending { Node.element("input", [("type", "hidden"), ("name", "dir"), ("value", "desc")]) }
                Node.element("label") {
                    Node.element("span") { words.filterText }
                    Node.element("input", [("type", "search"), ("name", "q"), ("value", query.text)])
                }
                Node.element("label") {
                    Node.element("span") { words.filterKind }
                    Node.element("select", [("name", "kind")]) {
                        Node.element("option", [("value", "")]) { words.filterAll }
                        for (value, name) in kinds {
                            Node.element("option", [("value", value), ("selected", value == query.kind ? "selected" : nil)]) { name }
                        }
                    }
                }
                Node.element("button", [("type", "submit")]) { words.filterButton }
                Node.element("a", [("href", context.link(path))]) { words.filterReset }
            },
            Node.element("p", [("class", "count")]) { words.shownOf(shown: words.integer(shown.count), total: words.integer(rows.count)) },
            shown.isEmpty ? Node.element("p") { words.noMatch } : table(shown),
        ]
    }

    /// The whole page: its heading with the button that adds a record (when there is a form for
    /// it), then the table.
    func document(_ page: PageKind, title: String?, add: (label: String, path: String)?) -> Node {
        PageFrame.document(page, title: title, context: context) {
            Node.element("div", [("class", "page-head")]) {
                Node.element("h1") { page.title(context.words) }
                if let add { Node.element("a", [("class", "button"), ("href", context.link(add.path))]) { add.label } }
            }
            content
        }
    }

    private func table(_ shown: [Row]) -> Node {
        Node.element("table", [("class", "list")]) {
            Node.element("thead") {
                Node.element("tr") {
                    for column in columns { heading(column) }
                }
            }
            Node.element("tbody") {
                for row in shown {
                    Node.element("tr") {
                        for column in columns { Node.element("td", [("class", column.numeric ? "num" : nil)], column.cell(row)) }
                    }
                }
            }
        }
    }

    /// A heading that sorts by its column; again on the sorted column turns the order round.
    private func heading(_ column: Column) -> Node {
        let sorted = query.sort == column.key
        let descending = sorted && !query.descending
        var parameters: [(String, String)] = [("sort", column.key)]
        if descending { parameters.append(("dir", "desc")) }
        if !query.text.isEmpty { parameters.append(("q", query.text)) }
        if !query.kind.isEmpty { parameters.append(("kind", query.kind)) }
        let order: String? = sorted ? (query.descending ? "descending" : "ascending") : nil
        return Node.element("th", [("scope", "col"), ("class", column.numeric ? "num" : nil), ("aria-sort", order)]) {
            Node.element("a", [("href", context.link(path, parameters)), ("title", context.words.sortBy(column: column.heading))]) {
                column.heading + (sorted ? (query.descending ? " ▼" : " ▲") : "")
            }
        }
    }
}
