import LandscapeCore
import LandscapeWording

/// How the problems of an edit call its fields: by their keys, as a file writes them (the API:
/// »since«), or by the labels a form shows beside them (a page: »Seit«). The sentences are
/// `check`'s; only a sentence that names a field in its own text has a form's version in the
/// catalog `serve-editing`.
struct FieldNaming {
    /// The label of each field by its key; empty: the keys themselves.
    let labels: [String: String]
    let language: Language

    /// `message` worded, its fields called by their labels.
    func message(_ message: Diagnostic.Message) -> String {
        let words = language.diagnosticWording
        guard !labels.isEmpty, case .validation(let problem) = message else { return words.message(message) }
        let editing = language.serveEditingWording
        switch problem {
        case .actorWithoutName: return editing.required(field: quotedLabel(ActorField.name.rawValue))
        case .actorWithoutKind: return editing.required(field: quotedLabel(ActorField.kind.rawValue))
        case .tieWithoutEnd(let end): return editing.required(field: quotedLabel(end.rawValue))
        case .reversedPeriod(let since, let until):
            return editing.reversedPeriod(later: quotedLabel("until"), until: until.description, earlier: quotedLabel("since"), since: since.description)
        default: return words.message(for: relabelled(problem))
        }
    }

    /// `problem` with the field it names called by its label.
    private func relabelled(_ problem: ValidationProblem) -> ValidationProblem {
        switch problem {
        case .notSingle(let field): .notSingle(field: label(field))
        case .invalidDate(let field, let text): .invalidDate(field: label(field), text: text)
        case .invalidFlag(let field, let text): .invalidFlag(field: label(field), text: text)
        case .controlCharacters(let field): .controlCharacters(field: label(field))
        case .tooLong(let field, let length, let limit, let kind): .tooLong(field: label(field), length: length, limit: limit, kind: kind)
        case .conflictingField(let field, let actor, let here, let there, let thereAt):
            .conflictingField(field: label(field), actor: actor, here: here, there: there, thereAt: thereAt)
        default: problem
        }
    }

    private func label(_ key: String) -> String { labels[key] ?? key }
    private func quotedLabel(_ key: String) -> String { language.diagnosticWording.quoted(label(key)) }
}
