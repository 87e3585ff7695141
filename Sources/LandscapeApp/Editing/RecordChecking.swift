import LandscapeCore
import LandscapeIO
import LandscapeWording

/// The check of one edited record, as `check` checks a file: the field map as a draft whose
/// fields are located by name, built by `LandscapeBuilder` beside the stored actors it names.
/// Its problems are worded in the landscape's language, the fields called by `labels`.
struct RecordChecking {
    /// The stored actors a record is checked against, and the landscape's language.
    struct Context {
        var actors: [Actor]
        var language: Language
    }

    /// A form's labels by field key; empty: the keys.
    let labels: [String: String]

    /// The actor `fields` describe, checked against `context`'s actors (without `replacing`).
    ///
    /// - Complexity: the builder's, O(a + f) for a actors in the context and f fields.
    func validActor(_ fields: [String: JSONValue], replacing: ActorID?, among context: Context) throws(EditFailure) -> Actor {
        var diagnostics: [Diagnostic] = [], unknown: [FieldProblem] = []
        let language = context.language
        let record = FieldDrafts<ActorField>.record(fields, words: language.serveEditingWording, actor: true, problems: &diagnostics, unknown: &unknown)
        let others = context.actors.filter { $0.id != replacing }
        let stored = LandscapeDraft(file: "", actors: others.map { FieldDrafts<ActorField>.stored(JSONWriter.value(of: $0)) })
        let built = LandscapeBuilder().build([stored, LandscapeDraft(file: "", actors: [record])])
        let problems = unknown + FieldDrafts<ActorField>.problems(diagnostics + built.diagnostics, naming: naming(language))
        guard problems.isEmpty else { throw .invalid(problems) }
        guard built.landscape.actors.count > others.count, let actor = built.landscape.actors.last else {
            // The builder merged the record into a stored actor of the same id.
            let id = FieldDrafts<ActorField>.text(of: fields[ActorField.id.rawValue] ?? .null) ?? ""
            throw .invalid([FieldProblem(field: ActorField.id.rawValue, message: RecordEditor.message(.duplicate(.actor, id: id), language))])
        }
        return actor
    }

    /// The tie `fields` describe, its ends resolved among `context`'s actors.
    func validTie(_ fields: [String: JSONValue], among context: Context) throws(EditFailure) -> Tie {
        var diagnostics: [Diagnostic] = [], unknown: [FieldProblem] = []
        let language = context.language
        let record = FieldDrafts<TieField>.record(fields, words: language.serveEditingWording, actor: false, problems: &diagnostics, unknown: &unknown)
        let stored = LandscapeDraft(file: "", actors: context.actors.map { FieldDrafts<ActorField>.stored(JSONWriter.value(of: $0)) })
        let built = LandscapeBuilder().build([stored, LandscapeDraft(file: "", ties: [record])])
        let problems = unknown + FieldDrafts<TieField>.problems(diagnostics + built.diagnostics, naming: naming(language))
        guard problems.isEmpty, let tie = built.landscape.ties.first else { throw .invalid(problems) }
        return tie
    }

    /// Whether `tie` repeats `stored`: the same ends (either way round when the kind is
    /// symmetric), kind and dates. Weight, `formal` and note may differ: they describe the one tie.
    static func repeats(_ tie: Tie, _ stored: Tie) -> Bool {
        guard tie.kind == stored.kind, tie.period == stored.period else { return false }
        if tie.from == stored.from && tie.to == stored.to { return true }
        return !tie.kind.isDirected && tie.from == stored.to && tie.to == stored.from
    }

    private func naming(_ language: Language) -> FieldNaming { FieldNaming(labels: labels, language: language) }
}
