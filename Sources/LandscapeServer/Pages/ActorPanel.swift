import LandscapeApp
import LandscapeCore
import LandscapeReport
import LandscapeStore
import LandscapeWording

/// The side panel of one actor: its fields, its ties, its measures with their ranks, the gaps it
/// is part of and the suggestions that involve it, in the words of the CLI's commands.
struct ActorPanel {
    let actor: Actor
    let landscape: Landscape
    let context: PageContext
    /// The CSRF token of the forms that accept or dismiss a suggestion.
    let token: String
    /// The dismissed suggestions, which the panel leaves out.
    let dismissed: [Dismissal]

    /// The measures the panel shows, each with its rank among all actors.
    static let measures: [Measure] = [.degree, .betweenness, .closeness, .pagerank, .constraint]

    /// The panel's content.
    ///
    /// - Complexity: that of the measures (O(A·T) for betweenness), the gap finder and the
    ///   suggester on the whole landscape.
    var content: [Node] {
        let words = context.words
        return [
            Node.element("header", [("class", "panel-head"), ("data-actor", MapPage.svgID(actor.id))]) {
                Node.element("h2") { actor.name }
                Node.element("a", [("class", "close"), ("href", context.link("/")), ("title", words.panelClose)]) { "×" }
            },
            fields,
            ties,
            measures,
            gaps,
            suggestions,
            Node.element("p", [("class", "actions")]) {
                // A reader and a share link only read: no edit, no new tie (the server would refuse them).
                if context.mayEdit {
                    Node.element("a", [("class", "button"), ("href", context.link(PageContext.actorPath(actor.id) + "/edit"))]) { words.panelEdit }
                    Node.element("a", [("class", "button secondary"), ("href", context.link("/ties/new", [("from", actor.id.rawValue)])),
                                       ("data-pick", actor.id.rawValue)]) { words.panelTieTo }
                }
                Node.element("a", [("href", context.link("/", [("actor", actor.id.rawValue), ("ego", actor.id.rawValue)]))]) { words.panelEgoOne }
                Node.element("a", [("href", context.link("/", [("actor", actor.id.rawValue), ("ego", actor.id.rawValue), ("depth", "2")]))]) {
                    words.panelEgoTwo
                }
                Node.element("a", [("href", context.link(PageContext.actorPath(actor.id)))]) { words.panelWholePage }
            },
        ]
    }

    private var fields: Node {
        let words = context.words, names = context.names
        var rows: [(String, String)] = [(words.panelKind, names.name(of: actor.kind)), ("ID", actor.id.rawValue)]
        if let municipality = actor.municipality { rows.append((words.panelMunicipality, municipality)) }
        if !actor.sectors.isEmpty { rows.append((words.panelSectors, actor.sectors.map(names.name(of:)).joined(separator: ", "))) }
        if !actor.topics.isEmpty { rows.append((words.panelTopics, actor.topics.joined(separator: ", "))) }
        if !actor.targetGroups.isEmpty { rows.append((words.panelTargetGroups, actor.targetGroups.joined(separator: ", "))) }
        if !actor.programs.isEmpty { rows.append((words.panelPrograms, actor.programs.map { landscape[$0]?.name ?? $0.rawValue }.joined(separator: ", "))) }
        if let since = actor.period.since { rows.append((words.panelSince, since.description)) }
        if let until = actor.period.until { rows.append((words.panelUntil, until.description)) }
        if let contact = actor.contact { rows.append((words.panelContact, contact)) }
        if let note = actor.note { rows.append((words.panelNote, note)) }
        return Node.element("dl", [("class", "fields")]) {
            for (term, value) in rows {
                Node.element("dt") { term }
                Node.element("dd") { value }
            }
        }
    }

    private var ties: Node {
        let words = context.words
        let own = landscape.ties.filter { $0.from == actor.id || $0.to == actor.id }
        return Node.element("section") {
            Node.element("h3") { words.panelTies(count: own.count) }
            if own.isEmpty {
                Node.element("p") { words.panelNoTies }
            } else {
                // A tie said with both ends, »von X zu Y«, where the kind has a direction; it links to the partner.
                // Two columns, the edit link under the kind: a third column did not fit the panel's
                // 24rem beside a partner's long name (»Bearbeiten« was cut off at 1280 px).
                Node.table(class: "compact ties", header: [words.panelTie, words.panelTieKind], rows: own.map { tie in
                    let partner = tie.from == actor.id ? tie.to : tie.from
                    let said = tie.kind.isDirected ? words.panelTieDirected(from: name(tie.from), to: name(tie.to)) : words.panelTieWith(partner: name(partner))
                    let kind = tie.status == .planned
                        ? Node.element("span", [("title", words.suggestionAccepted)]) { context.names.name(of: tie.kind) + ", " + words.statusPlanned }
                        : Node.text(context.names.name(of: tie.kind))
                    return [
                        [Node.element("a", [("href", context.link("/", [("actor", partner.rawValue)])), ("data-open", partner.rawValue)]) { said }],
                        [kind] + (tie.id.flatMap { id in context.mayEdit ? id : nil }.map { id in
                            [Node.element("br"), Node.element("a", [("class", "edit"), ("href", context.link(PageContext.tiePath(id) + "/edit"))]) { words.panelEdit }]
                        } ?? []),
                    ]
                })
            }
        }
    }

    private func name(_ id: ActorID) -> String { landscape[id]?.name ?? id.rawValue }

    private var measures: Node {
        let words = context.words
        let ranking = landscape.realised().central(CentralRequest(measures: Self.measures))
        let all = ranking.result.actors
        let mine = ranking[actor.id]
        return Node.element("section") {
            Node.element("h3") { words.panelMeasures }
            Node.table(class: "compact", header: [words.panelMeasure, words.panelValue, words.panelRank], numeric: [1, 2], rows: Self.measures.compactMap { measure in
                guard let value = mine?.value(of: measure) else { return nil }
                // Constraint ranks low values first: the least constrained actor brokers most.
                let ahead = all.count { other in
                    guard let theirs = other.value(of: measure) else { return false }
                    return measure == .constraint ? theirs < value : theirs > value
                }
                let shown = measure == .degree ? words.integer(Int(value)) : words.decimal(value, digits: 3)
                return [[.text(context.names.name(of: measure))], [.text(shown)],
                        [.text(words.panelRankOf(rank: words.integer(ahead + 1), total: words.integer(all.count)))]]
            })
        }
    }

    private var gaps: Node {
        let words = context.words, gapWords = context.language.gapWording
        let found = landscape.realised().gaps(GapRequest()).filter { $0.actors.contains(actor.id) }
        return Node.element("section") {
            Node.element("h3") { words.panelGaps }
            if found.isEmpty {
                Node.element("p") { words.panelNoGaps }
            } else {
                Node.element("ul", [("class", "gaps")]) {
                    for gap in found {
                        Node.element("li", [("class", "severity-" + gap.severity.rawValue)]) {
                            Node.element("strong") { gapWords.typeName(gap.type) + " (" + gapWords.severityName(gap.severity) + ")" }
                            Node.element("br")
                            gapWords.explanation(gap, in: landscape)
                        }
                    }
                }
            }
        }
    }

    private var suggestions: Node {
        let words = context.words, suggestionWords = context.language.suggestionWording
        let found = OpenSuggestions.suggestions(in: landscape, dismissed: dismissed, options: SuggestOptions(actor: actor.id, top: 5))
        return Node.element("section") {
            Node.element("h3") { words.panelSuggestions }
            if found.isEmpty {
                Node.element("p") { words.panelNoSuggestions }
            } else {
                Node.element("ul") {
                    for suggestion in found {
                        Node.element("li") {
                            suggestionWords.heading(suggestion, in: landscape)
                            if let accept = SuggestionAcceptance.button(suggestion, context: context, token: token) { accept }
                            if let dismiss = SuggestionAcceptance.dismissal(suggestion, context: context, token: token, panel: true) { dismiss }
                        }
                    }
                }
            }
        }
    }
}
