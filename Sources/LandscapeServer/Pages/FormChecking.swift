import LandscapeCore
import LandscapeWording

/// A record posted by a form, checked with the rules and the words of `landscape check`: the
/// form's fields become a record draft, each field located at its own name, beside stubs of
/// the landscape's other actors (so that programmes and tie ends resolve), and `LandscapeBuilder`
/// builds them. A problem located at a field is shown at it; the others above the form.
struct FormChecking {
    let landscape: Landscape
    let language: Language

    /// The messages by field name ("" for the record as a whole).
    typealias Messages = [String: [String]]

    /// The actor the form describes, or the messages of what is wrong with it.
    ///
    /// - Complexity: O(A) for A actors (the stubs), plus the builder's checks.
    func actor(_ fields: FormFields) -> Result<Actor, FormProblems> {
        var record = RecordDraft<ActorField>(at: SourceLocation(file: ""))
        for field in ActorField.allCases {
            let values = fields.all(field.rawValue)
            if field.isList {
                let items = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                if !items.isEmpty { record[field] = located(.list(items.map { Located($0, at: at(field.rawValue)) }), field.rawValue) }
            } else if let text = values.first?.trimmingCharacters(in: .whitespacesAndNewlines),
                      !text.isEmpty || [.id, .name, .kind].contains(field) {
                record[field] = located(.text(text), field.rawValue)
            }
        }
        let id = ActorID(fields["id"]?.trimmingCharacters(in: .whitespaces) ?? "")
        let others = landscape.actors.filter { $0.id != id }.map(Self.stub)
        let result = LandscapeBuilder().build([LandscapeDraft(file: "", actors: others + [record])])
        guard let actor = result.landscape[id], !result.hasErrors else { return .failure(problems(result.diagnostics)) }
        return .success(actor)
    }

    /// The tie the form describes (without id: the store gives one), or what is wrong with it.
    func tie(_ fields: FormFields) -> Result<Tie, FormProblems> {
        var record = RecordDraft<TieField>(at: SourceLocation(file: ""))
        for field in TieField.allCases where field != .id {
            guard let text = fields[field.rawValue]?.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
            if field == .formal { record[field] = located(.text("true"), field.rawValue); continue }
            if !text.isEmpty || [.from, .to, .kind].contains(field) { record[field] = located(.text(text), field.rawValue) }
        }
        let result = LandscapeBuilder().build([LandscapeDraft(file: "", actors: landscape.actors.map(Self.stub), ties: [record])])
        guard let tie = result.landscape.ties.first, !result.hasErrors else { return .failure(problems(result.diagnostics)) }
        return .success(tie)
    }

    /// An existing actor as the builder needs it to resolve references: id, name and kind.
    static func stub(_ actor: Actor) -> RecordDraft<ActorField> {
        var record = RecordDraft<ActorField>(at: SourceLocation(file: ""))
        record[.id] = Located(.text(actor.id.rawValue), at: SourceLocation(file: ""))
        record[.name] = Located(.text(actor.name), at: SourceLocation(file: ""))
        record[.kind] = Located(.text(actor.kind.rawValue), at: SourceLocation(file: ""))
        return record
    }

    private func at(_ field: String) -> SourceLocation { SourceLocation(file: field) }
    private func located(_ value: FieldValue, _ field: String) -> Located<FieldValue> { Located(value, at: at(field)) }

    /// The errors (not the warnings), worded as `check` words them, by the field they are located at.
    private func problems(_ diagnostics: [Diagnostic]) -> FormProblems {
        var messages: Messages = [:]
        let words = language.diagnosticWording
        for diagnostic in diagnostics where diagnostic.severity == .error {
            messages[diagnostic.location.file, default: []].append(words.message(diagnostic.message))
        }
        if messages.isEmpty { messages[""] = [] }
        return FormProblems(messages: messages)
    }
}

/// What is wrong with a posted form, by field name ("" for the record as a whole).
struct FormProblems: Error {
    var messages: [String: [String]]
}
