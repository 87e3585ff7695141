import LandscapeCore
import LandscapeRender
import LandscapeWording

extension ReportSection {
    /// The anchor of the section in the document (`#s1` … `#s10`).
    var anchor: String { "s\(rawValue)" }
}

/// Writes the report document from its content: one HTML5 file with inline CSS and SVG, no
/// script. Each section lives in its own file (`Writer/Section*.swift`).
struct ReportWriter {
    let content: ReportContent
    let words: ReportWording
    let diagrams: ReportDiagrams
    /// The date the report describes, as shown.
    let dateText: String
    let anonymization: Anonymization
    /// What has changed since an older version (`report --compare`, `--since`), shown first.
    var changes: ChangesSection? = nil

    var landscape: Landscape { content.landscape }
    var strings: DiagramStrings { DiagramStrings.of(content.language) }

    var title: String {
        let given = landscape.title?.trimmingSpaces ?? ""
        return given.isEmpty ? words.defaultTitle : given
    }

    /// The whole document.
    ///
    /// The last four sections are written on another thread meanwhile, as markup: on a large
    /// landscape the appendix and the coverage take a fraction of a second each, while the
    /// other core has nothing left to do. (Markup does not depend on where it stands.)
    func document() -> String {
        let writer = self
        let later = Background {
            Node.trusted([writer.instrumentSection(), writer.coverageSection(), writer.appendix(), writer.methodSection()]
                .map(\.markup).joined())
        }
        let first = [scopeSection(), diagramSection(), figuresSection(), centralSection(), gapSection(), opportunitySection(),
                     communitySection()]
        let page = Node.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", content.language.rawValue),
                                         ("xml:lang", content.language.rawValue)]) {
            head(kind: words.reportKind, generator: "landscape report", css: ReportStyle.css + (changes == nil ? "" : ChangesSection.css))
            Node.element("body") {
                Node.element("main") {
                    first
                    later.value()
                }
            }
        }
        return "<!DOCTYPE html>\n" + page.markup + "\n"
    }

    // MARK: - Shared pieces

    /// The document's head: the character set, the policy that allows no script and no fetch,
    /// the title with the kind of document, and the style sheet.
    func head(kind: String, generator: String, css: String) -> Node {
        Node.element("head") {
            Node.element("meta", [("charset", "utf-8")])
            // No script, no fetches: the file shows the same offline, in a mail client or on an intranet.
            Node.element("meta", [("http-equiv", "Content-Security-Policy"),
                                  ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")])
            Node.element("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            Node.element("meta", [("name", "generator"), ("content", generator)])
            Node.tag("title", text: "\(title) – \(kind)")
            Node.element("style") { Node.trusted(css) }
        }
    }

    /// A numbered section with its heading.
    /// `landscapePages`: printed on landscape A4 pages (sections led by a diagram).
    func section(_ section: ReportSection, landscapePages: Bool = false, @MarkupBuilder _ body: () -> [Node]) -> Node {
        Node.element("section", [("id", section.anchor),
                                 ("class", "section section-\(section.rawValue)" + (landscapePages ? " landscape-pages" : ""))]) {
            Node.element("h2") {
                Node.tag("span", class: "number", text: "\(section.rawValue)")
                words.heading(section)
            }
            body()
        }
    }

    /// The actor's name as the report shows it.
    func name(_ id: ActorID) -> String { content.name(id) }

    /// The kind of an actor, as a small coloured chip.
    func kindChip(_ kind: ActorKind) -> Node {
        Node.element("span", [("class", "kind kind-\(kind.rawValue)")]) { strings.name(of: kind) }
    }

    /// A name with its kind chip.
    func actorCell(_ id: ActorID) -> [Node] {
        var nodes: [Node] = [Node.tag("span", class: "actor", text: name(id))]
        if let kind = landscape[id]?.kind { nodes += [.text(" "), kindChip(kind)] }
        return nodes
    }

    /// A table with a header row; `numeric` columns are right-aligned.
    func table(class className: String? = nil, header: [String], numeric: Set<Int> = [], rows: [[[Node]]]) -> Node {
        Node.table(class: className, header: header, numeric: numeric, rows: rows)
    }

    /// A paragraph of explanation in small print.
    func note(_ text: String) -> Node { Node.tag("p", class: "note", text: text) }

    /// A note of the report's own wording that names a command between backticks
    /// (»`landscape gaps -o gaps.xlsx` writes every gap …«): the command is set as code. Not for
    /// text with names from the landscape, whose backticks stay as they are.
    func commandNote(_ text: String) -> Node { Self.commandNote(text) }

    static func commandNote(_ text: String) -> Node {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3, parts.count % 2 == 1 else { return Node.tag("p", class: "note", text: text) }
        return .element("p", [("class", "note")], parts.enumerated().map { index, part in
            index % 2 == 1 ? .element("code", [], [.text(part)]) : .text(part)
        })
    }

    /// A list of names in the report's language: "A, B und C".
    func list(_ names: [String], limit: Int = 6) -> String { words.list(names, limit: limit) }
}
