import LandscapeReport
import LandscapeWording

/// The fields of a record's form: a label, the input holding what was typed or stored, a hint,
/// and the messages about the field right below it (`aria-describedby` points to them).
struct FormFieldsView {
    /// The fields' values by name; a list of checkboxes holds its chosen values joined by commas.
    let values: [String: String]
    /// The messages by field name.
    let errors: [String: [String]]

    /// The refusal above the form: `heading`, then every message again, each linked to its field
    /// and called by its label (the field may be out of sight).
    func summary(_ heading: String, labels: [String: String]) -> Node {
        Node.element("div", [("class", "notice error"), ("role", "alert")]) {
            Node.element("p") { heading }
            Node.element("ul") {
                for (name, messages) in errors.sorted(by: { $0.key < $1.key }) {
                    for message in messages {
                        Node.element("li") {
                            if name.isEmpty {
                                message
                            } else {
                                Node.element("a", [("href", "#field-" + name)]) { labels[name] ?? name }
                                ": " + message
                            }
                        }
                    }
                }
            }
        }
    }

    func invalid(_ name: String) -> Bool { errors[name]?.isEmpty == false }

    func messages(_ name: String) -> Node? {
        guard let list = errors[name], !list.isEmpty else { return nil }
        return Node.element("div", [("class", "field-error"), ("id", "error-" + name)]) {
            for message in list { Node.element("p") { message } }
        }
    }

    private func attributes(_ name: String) -> [(String, String?)] {
        [("id", "field-" + name), ("name", name), ("aria-invalid", invalid(name) ? "true" : nil),
         ("aria-describedby", invalid(name) ? "error-" + name : nil)]
    }

    func field(_ name: String, label: String, hint: String? = nil, readOnly: Bool = false, multiline: Bool = false) -> Node {
        let attributes = attributes(name) + [("readonly", readOnly ? "readonly" : nil)]
        return Node.element("div", [("class", invalid(name) ? "field invalid" : "field")]) {
            Node.element("label", [("for", "field-" + name)]) { label }
            if multiline {
                Node.element("textarea", attributes + [("rows", "3")]) { values[name] ?? "" }
            } else {
                Node.element("input", attributes + [("type", "text"), ("value", values[name] ?? "")])
            }
            if let hint { Node.element("p", [("class", "hint")]) { hint } }
            if let error = messages(name) { error }
        }
    }

    func choice(_ name: String, label: String, options: [(String, String)]) -> Node {
        Node.element("div", [("class", invalid(name) ? "field invalid" : "field")]) {
            Node.element("label", [("for", "field-" + name)]) { label }
            Node.element("select", attributes(name)) {
                for (value, text) in options {
                    Node.element("option", [("value", value), ("selected", values[name] == value ? "selected" : nil)]) { text }
                }
            }
            if let error = messages(name) { error }
        }
    }

    func checkboxes(_ name: String, label: String, options: [(String, String)]) -> Node {
        let chosen = Set((values[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        return Node.element("fieldset", [("class", invalid(name) ? "field choices invalid" : "field choices")]) {
            Node.element("legend") { label }
            for (value, text) in options {
                Node.element("label") {
                    Node.element("input", [("type", "checkbox"), ("name", name), ("value", value), ("checked", chosen.contains(value) ? "checked" : nil)])
                    " " + text
                }
            }
            if let error = messages(name) { error }
        }
    }

    func checkbox(_ name: String, label: String) -> Node {
        Node.element("div", [("class", "field choices")]) {
            Node.element("label") {
                Node.element("input", [("type", "checkbox"), ("name", name), ("value", "true"), ("checked", values[name] != nil ? "checked" : nil)])
                " " + label
            }
            if let error = messages(name) { error }
        }
    }

    /// The period's two fields, `since` and `until`, with the date formats as their hint.
    func period(_ words: ServePagesWording) -> [Node] {
        [field("since", label: words.panelSince, hint: words.formDateHint), field("until", label: words.panelUntil, hint: words.formDateHint)]
    }

    /// The note and the form's buttons: save, and cancel back to `cancel`.
    func closing(_ words: ServePagesWording, cancel: String) -> [Node] {
        [
            field("note", label: words.panelNote, multiline: true),
            Node.element("p", [("class", "actions")]) {
                Node.element("button", [("type", "submit")]) { words.formSave }
                Node.element("a", [("href", cancel)]) { words.formCancel }
            },
        ]
    }
}
