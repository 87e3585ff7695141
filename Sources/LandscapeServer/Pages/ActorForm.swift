import LandscapeCore
import LandscapeReport
import LandscapeWording

/// The form that adds or edits an actor: every field named as in the YAML format, each with
/// the messages `check` gives for it right below, and what was typed kept when it is refused.
struct ActorForm {
    /// What the fields hold: as typed (a refused form) or as stored (editing). Lists are written
    /// with commas; `sectors` is the list of the sectors' keywords.
    var values: [String: String]
    /// The messages at each field (by its name), and those about the record as a whole (key "").
    var errors: [String: [String]]
    /// The actor edited and the version the edit is based on; `nil`: a new actor.
    var editing: (id: ActorID, version: Int)?
    let token: String
    let context: PageContext

    /// The form's values for a stored actor.
    static func values(of actor: Actor) -> [String: String] {
        [
            "id": actor.id.rawValue, "name": actor.name, "kind": actor.kind.rawValue, "municipality": actor.municipality ?? "",
            "sectors": actor.sectors.map(\.rawValue).joined(separator: ","), "topics": actor.topics.joined(separator: ", "),
            "target_groups": actor.targetGroups.joined(separator: ", "), "programs": actor.programs.map(\.rawValue).joined(separator: ", "),
            "since": actor.period.since?.description ?? "", "until": actor.period.until?.description ?? "",
            "contact": actor.contact ?? "", "note": actor.note ?? "",
        ]
    }

    /// The fields' labels, by name: the form shows them, and its messages call the fields so.
    static func labels(_ words: ServePagesWording) -> [String: String] {
        [
            "id": words.columnId, "name": words.columnName, "kind": words.panelKind, "municipality": words.panelMunicipality,
            "sectors": words.panelSectors, "topics": words.panelTopics, "target_groups": words.panelTargetGroups,
            "programs": words.panelPrograms, "since": words.panelSince, "until": words.panelUntil, "contact": words.panelContact,
            "note": words.panelNote,
        ]
    }

    var node: Node {
        let words = context.words, names = context.names
        let action = editing.map { PageContext.actorPath($0.id) } ?? "/actors"
        let form = FormFieldsView(values: values, errors: errors)
        return Node.element("form", [("class", "record"), ("method", "post"), ("action", context.link(action)), ("novalidate", "novalidate")]) {
            Node.element("input", [("type", "hidden"), ("name", "csrf_token"), ("value", token)])
            if let editing { Node.element("input", [("type", "hidden"), ("name", "version"), ("value", String(editing.version))]) }
            if !errors.isEmpty { form.summary(words.formRefused, labels: Self.labels(words)) }
            form.field("id", label: words.columnId, hint: words.formIdHint, readOnly: editing != nil)
            form.field("name", label: words.columnName)
            form.choice("kind", label: words.panelKind, options: ActorKind.allCases.map { ($0.rawValue, names.name(of: $0)) })
            form.field("municipality", label: words.panelMunicipality)
            form.checkboxes("sectors", label: words.panelSectors, options: Sector.allCases.map { ($0.rawValue, names.name(of: $0)) })
            form.field("topics", label: words.panelTopics, hint: words.formListHint)
            form.field("target_groups", label: words.panelTargetGroups, hint: words.formListHint)
            form.field("programs", label: words.panelPrograms, hint: words.formProgramsHint)
            form.period(words)
            form.field("contact", label: words.panelContact)
            form.closing(words, cancel: context.link(editing.map { PageContext.actorPath($0.id) } ?? "/actors"))
        }
    }
}
