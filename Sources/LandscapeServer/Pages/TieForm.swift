import LandscapeCore
import LandscapeReport
import LandscapeWording

/// The form of a tie: its two ends chosen among the actors, its kind, weight, dates, whether it
/// is formal, a note; the messages of `check` at each field, the fields called by their labels.
struct TieForm {
    /// What the fields hold: as typed (a refused form) or as stored (editing).
    var values: [String: String]
    /// The messages at each field (by its name), and those about the tie as a whole (key "").
    var errors: [String: [String]]
    /// The tie edited and the version the edit is based on; `nil`: a new tie.
    var editing: (id: TieID, version: Int)?
    let token: String
    let context: PageContext
    let landscape: Landscape

    /// The form's values for a stored tie.
    static func values(of tie: Tie) -> [String: String] {
        var values = [
            "from": tie.from.rawValue, "to": tie.to.rawValue, "kind": tie.kind.rawValue,
            "weight": tie.weight == tie.weight.rounded() && abs(tie.weight) < 1e15 ? String(Int(tie.weight)) : String(tie.weight),
            "since": tie.period.since?.description ?? "", "until": tie.period.until?.description ?? "", "note": tie.note ?? "",
            "status": tie.status.rawValue,
        ]
        if tie.formal { values["formal"] = "true" }
        return values
    }

    /// The fields' labels, by name: the form shows them, and its messages call the fields so.
    static func labels(_ words: ServePagesWording) -> [String: String] {
        [
            "from": words.columnFrom, "to": words.columnTo, "kind": words.columnKind, "weight": words.columnWeight,
            "since": words.panelSince, "until": words.panelUntil, "formal": words.formFormal, "note": words.panelNote,
            "status": words.columnStatus,
        ]
    }

    /// The name of the actor `id`, or the id when there is none.
    func name(_ id: String) -> String { landscape[ActorID(id)]?.name ?? id }

    var node: Node {
        let words = context.words, names = context.names
        let actors = landscape.actors.sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }.map { ($0.id.rawValue, $0.name) }
        let form = FormFieldsView(values: values, errors: errors)
        let action = editing.map { PageContext.tiePath($0.id) } ?? "/ties"
        return Node.element("form", [("class", "record"), ("method", "post"), ("action", context.link(action)), ("novalidate", "novalidate")]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            if let editing { Node.element("input", [("type", "hidden"), ("name", "version"), ("value", String(editing.version))]) }
            if !errors.isEmpty { form.summary(words.formRefusedTie, labels: Self.labels(words)) }
            form.choice("from", label: words.columnFrom, options: [("", "—")] + actors)
            form.choice("to", label: words.columnTo, options: [("", "—")] + actors)
            form.choice("kind", label: words.columnKind, options: TieKind.allCases.map { ($0.rawValue, names.name(of: $0)) })
            form.field("weight", label: words.columnWeight)
            form.period(words)
            form.checkbox("formal", label: words.formFormal)
            form.choice("status", label: words.columnStatus, options: [(TieStatus.existing.rawValue, words.statusExisting), (TieStatus.planned.rawValue, words.statusPlanned)])
            form.closing(words, cancel: context.link("/ties"))
        }
    }
}
