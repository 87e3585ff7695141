import HTTPTypes
import Hummingbird
import LandscapeApp
import LandscapeCore
import LandscapeIO
import LandscapeReport
import LandscapeStore
import LandscapeWording

extension Pages {
    /// `/analysis`: central actors and brokers, gaps, suggestions (and the dismissed ones with
    /// their reasons) and a what-if comparison, for the landscape on the day `at` (every date
    /// when empty), in the words of the CLI's commands; `message` is a refused dismissal's.
    func analysisPage(_ request: Request, message: (text: String, failed: Bool)? = nil,
                      status: HTTPResponse.Status = .ok) async throws -> Response {
        let whole = try await current()
        let dismissed = try await dismissals()
        let context = PageContext(request: request, landscapeLanguage: whole.language, token: token)
        let words = context.words
        let parameters = request.uri.queryParameters
        let atText = (parameters.get("at") ?? "").trimmingCharacters(in: .whitespaces)
        let day = PartialDate(parsing: atText)?.firstDay
        let landscape = day.map { whole.active(on: $0) } ?? whole
        let remove = parameters.get("remove").flatMap { $0.isEmpty ? nil : ActorID($0) }
        let program = parameters.get("program").flatMap { $0.isEmpty ? nil : ActorID($0) }
        var message = message
        if message == nil, let id = parameters.get("dismissed"), dismissed.contains(where: { $0.id == id }) {
            message = (words.suggestionDismissed, false)
        }
        let sections = AnalysisSections(whole: whole, landscape: landscape, context: context, token: token, dismissed: dismissed, notice: message)
        let page = PageFrame.document(.analysis, title: whole.title, context: context) {
            Node.element("h1") { words.navAnalysis }
            Node.element("form", [("class", "tools"), ("method", "get"), ("action", context.local("/analysis"))]) {
                if let chosen = context.chosen { Node.element("input", [("type", "hidden"), ("name", "lang"), ("value", chosen.rawValue)]) }
                Node.element("label") {
                    Node.element("span") { words.analysisAt }
                    Node.element("input", [("type", "text"), ("name", "at"), ("value", atText), ("placeholder", "2019-08"), ("size", "12"),
                                           ("aria-invalid", !atText.isEmpty && day == nil ? "true" : nil)])
                }
                Node.element("button", [("type", "submit")]) { words.analysisShow }
            }
            if !atText.isEmpty && day == nil {
                Node.element("p", [("class", "field-error"), ("role", "alert")]) { words.analysisBadDay(text: atText) }
            }
            Node.element("p", [("class", "muted")]) {
                if let day {
                    words.analysisOn(day: words.day(day), actors: words.count(landscape.actors.count, .actor), ties: words.count(landscape.ties.count, .tie))
                } else {
                    words.analysisWhole(actors: words.count(landscape.actors.count, .actor), ties: words.count(landscape.ties.count, .tie))
                    " " + words.analysisAtHint
                }
            }
            sections.central
            sections.gaps
            sections.suggestions
            sections.whatIf(remove: remove, program: program, day: day, atText: atText)
        }
        return PageResponse.document(page, status: status)
    }
}

/// The sections of the analysis page, each computed on the landscape of the chosen day.
struct AnalysisSections {
    let whole: Landscape
    let landscape: Landscape
    let context: PageContext
    /// The CSRF token of the forms that accept or dismiss a suggestion.
    let token: String
    /// The dismissed suggestions, left out of the suggestions and listed with their reasons.
    let dismissed: [Dismissal]
    /// What became of a dismissal just tried, shown at the top of the suggestions (where its
    /// answer leads back to).
    var notice: (text: String, failed: Bool)? = nil

    static let measures: [Measure] = [.degree, .betweenness, .brokerage, .constraint]

    var central: Node {
        let words = context.words
        let ranking = landscape.central(CentralRequest(measures: Self.measures, sort: .betweenness, top: 10))
        let header = [words.analysisRank, words.analysisActor] + Self.measures.map { context.language.analysisTableWording.measureColumn($0) }
        return Node.element("section") {
            Node.element("h2") { words.analysisCentral }
            Node.element("p", [("class", "muted")]) { words.analysisCentralHint }
            Node.table(class: "list", header: header, numeric: Set(2..<header.count), rows: ranking.rankedActors.enumerated().map { rank, actor in
                [[.text(words.integer(rank + 1))], [link(actor.id)]] + Self.measures.map { measure in
                    guard let value = actor.value(of: measure) else { return [.text("–")] }
                    return [.text(measure == .degree || measure == .brokerage ? words.integer(Int(value)) : words.decimal(value, digits: 3))]
                }
            })
        }
    }

    var gaps: Node {
        let words = context.words, gapWords = context.language.gapWording
        let found = landscape.gaps(GapRequest())
        return Node.element("section", [("id", "gaps")]) {
            Node.element("h2") { words.analysisGaps + " (" + words.integer(found.count) + ")" }
            if found.isEmpty {
                Node.element("p") { gapWords.noGaps }
            } else {
                Node.element("ol", [("class", "gaps")]) {
                    for gap in found {
                        let sentences = gapWords.sentences(gap, in: landscape)
                        Node.element("li", [("class", "gap severity-" + gap.severity.rawValue), ("data-type", gap.type.rawValue)]) {
                            Node.element("strong") { "[" + gapWords.severityName(gap.severity) + "] " + gapWords.typeName(gap.type) }
                            Node.element("p") { sentences.explanation }
                            Node.element("p", [("class", "action")]) { "→ " + sentences.action }
                        }
                    }
                }
            }
        }
    }

    var suggestions: Node {
        let words = context.words, suggestionWords = context.language.suggestionWording
        // Planned ties are left out of the analyses; a pair one joins was accepted already.
        let found = OpenSuggestions.suggestions(in: landscape, dismissed: dismissed, options: SuggestOptions(top: 10))
        return Node.element("section", [("id", "suggestions")]) {
            Node.element("h2") { words.analysisSuggestions }
            if let notice {
                Node.element("p", [("class", notice.failed ? "error notice" : "notice"), ("role", notice.failed ? "alert" : "status")]) { notice.text }
            }
            if found.isEmpty {
                Node.element("p") { suggestionWords.noSuggestions }
            } else {
                Node.element("ol", [("class", "gaps")]) {
                    for suggestion in found {
                        Node.element("li") {
                            Node.element("strong") { suggestionWords.heading(suggestion, in: landscape) }
                            Node.element("ul") {
                                for reason in suggestion.reasons { Node.element("li") { suggestionWords.reason(reason, in: landscape) } }
                                for gap in suggestion.closes { Node.element("li") { "✓ " + suggestionWords.closedGap(gap, in: landscape) } }
                            }
                            if let accept = SuggestionAcceptance.button(suggestion, context: context, token: token) { accept }
                            if let dismiss = SuggestionAcceptance.dismissal(suggestion, context: context, token: token, panel: false) { dismiss }
                        }
                    }
                }
            }
            if !dismissed.isEmpty {
                Node.element("h3", [("id", "dismissed")]) { words.analysisDismissed }
                Node.element("ul", [("class", "dismissed")]) {
                    for dismissal in dismissed {
                        Node.element("li") {
                            Node.element("strong") { words.dismissedPair(first: name(dismissal.first), second: name(dismissal.second)) }
                            ": " + dismissal.reason
                            Node.element("span", [("class", "muted")]) { " (" + HistoryText.time(dismissal.at, in: context.language) + ")" }
                        }
                    }
                }
            }
        }
    }

    /// An actor's name on the whole landscape, else its id (a deleted actor).
    private func name(_ id: ActorID) -> String {
        whole[id]?.name ?? id.rawValue
    }

    /// The what-if form and, when an actor or programme is chosen, the comparison's tables.
    func whatIf(remove: ActorID?, program: ActorID?, day: CalendarDay?, atText: String) -> Node {
        let words = context.words
        let programs = whole.actors.filter { $0.kind == .program }
        return Node.element("section", [("id", "whatif")]) {
            Node.element("h2") { words.analysisWhatif }
            Node.element("p", [("class", "muted")]) { words.analysisWhatifHint }
            Node.element("form", [("class", "tools"), ("method", "get"), ("action", context.local("/analysis") + "#whatif")]) {
                if let chosen = context.chosen { Node.element("input", [("type", "hidden"), ("name", "lang"), ("value", chosen.rawValue)]) }
                if !atText.isEmpty { Node.element("input", [("type", "hidden"), ("name", "at"), ("value", atText)]) }
                choice("remove", label: words.analysisWhatifRemove, actors: whole.actors, chosen: remove)
                if !programs.isEmpty { choice("program", label: words.analysisWhatifProgram, actors: programs, chosen: program) }
                Node.element("button", [("type", "submit")]) { words.analysisWhatifButton }
            }
            if remove != nil || program != nil {
                switch Result(catching: { () throws(WhatIfError) in try whole.whatIf(WhatIfRequest(remove: remove.map { [$0] } ?? [], program: program, day: day)) }) {
                case .success(let result):
                    for table in GapOutput.whatIfTables(result, landscape: whole, language: context.language) { html(table) }
                case .failure:
                    Node.element("p", [("class", "field-error"), ("role", "alert")]) { words.analysisWhatifChoose }
                }
            }
        }
    }

    private func choice(_ name: String, label: String, actors: [Actor], chosen: ActorID?) -> Node {
        Node.element("label") {
            Node.element("span") { label }
            Node.element("select", [("name", name)]) {
                Node.element("option", [("value", "")]) { context.words.analysisWhatifNone }
                for actor in actors.sorted(by: { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }) {
                    Node.element("option", [("value", actor.id.rawValue), ("selected", actor.id == chosen ? "selected" : nil)]) { actor.name }
                }
            }
        }
    }

    /// A table of the command line's output as HTML, numbers in the page's language.
    private func html(_ table: TextTable) -> Node {
        let words = context.words
        let numeric = Set(table.alignments.indices.filter { table.alignments[$0] == .right })
        return Node.table(class: "list whatif", header: table.headers, numeric: numeric, rows: table.cells.map { row in
            row.map { cell -> [Node] in
                switch cell {
                case .text(let text): [.text(text)]
                case .integer(let value): [.text(value.map(words.integer) ?? "–")]
                case .decimal(let value, let places): [.text(value.map { words.decimal($0, digits: places) } ?? "–")]
                }
            }
        })
    }

    private func link(_ id: ActorID) -> Node {
        Node.element("a", [("href", context.link(PageContext.actorPath(id)))]) { landscape[id]?.name ?? id.rawValue }
    }
}
