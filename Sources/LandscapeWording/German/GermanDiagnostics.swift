import LandscapeCore

/// Diagnostik-Meldungen auf Deutsch: `PFAD:ZEILE:SPALTE: Fehler: …` oder `Warnung: …`, Texte aus
/// der Datei und Feldnamen in »…«, Zahlen mit Tausenderpunkt. Feldnamen, Arten und Datumsangaben
/// stehen so da, wie sie in der Datei geschrieben werden.
struct GermanDiagnostics: DiagnosticWording {
    private let numbers = NumberStyle.german

    func line(_ diagnostic: Diagnostic) -> String {
        let severity = switch diagnostic.severity {
        case .error: "Fehler"
        case .warning: "Warnung"
        }
        return "\(diagnostic.location): \(severity): \(message(diagnostic.message))"
    }

    func message(for problem: ValidationProblem) -> String {
        switch problem {
        case .actorWithoutName: "Akteur ohne \(q("name")) (Pflichtfeld)"
        case .actorWithoutKind(let name): "Akteur \(q(name)) ohne \(q("kind")) (Pflichtfeld)"
        case .tieWithoutEnd(let field): "Beziehung ohne \(q(field.rawValue)) (Pflichtfeld)"
        case .notSingle(let field): "\(q(field)) erwartet einen einzelnen Wert, keine Liste"
        case .unknownTerm(let vocabulary, let text, let suggestion): unknownTerm(vocabulary, text, suggestion: suggestion)
        case .invalidDate(let field, let text):
            "ungültiges Datum \(q(text)) in \(q(field)) (erwartet: JJJJ, JJJJ-MM oder JJJJ-MM-TT, und ein Tag, den es gibt)"
        case .reversedPeriod(let since, let until): "\(q("until")) \(until) liegt vor \(q("since")) \(since)"
        case .duplicateID(let id, let first): "doppelte Akteurs-ID \(q(id.rawValue)) (zuerst vergeben in \(first))"
        case .conflictingField(let field, let id, let here, let there, let thereAt):
            "widersprüchliche Angabe \(q(field)) für Akteur \(q(id.rawValue)): hier \(q(here)), aber \(q(there)) in \(thereAt)"
        case .unknownActor(let reference, let suggestion):
            unknown("unbekannter Akteur \(q(reference))", suggestion: suggestion, otherwise: "weder die ID noch der genaue Name eines Akteurs")
        case .ambiguousActor(let reference, let candidates):
            "mehrdeutiger Verweis \(q(reference)): er passt auf \(numbers.integer(candidates.count)) Akteure (\(candidates.map { q($0.rawValue) }.joined(separator: ", "))); bitte die ID angeben"
        case .invalidWeight(let text): "\(q("weight")) muss eine Zahl größer als 0 sein, nicht \(q(text))"
        case .invalidFlag(let field, let text): "\(q(field)) muss true oder false sein (oder ja/nein, yes/no, 1/0), nicht \(q(text))"
        case .selfTie(let id): "Beziehung von \(q(id.rawValue)) zu sich selbst"
        case .notAProgram(let reference, let kind): "\(q(reference)) in \(q("programs")) ist ein Akteur der Art \(q(kind.rawValue)), kein Förderprogramm"
        case .unknownProgram(let reference, let suggestion):
            unknown("unbekanntes Förderprogramm \(q(reference)) in \(q("programs"))", suggestion: suggestion, otherwise: "keine ID eines Akteurs")
        case .smallCommittee(let name, let members):
            members == 0
                ? "Gremium \(q(name)) hat keine Mitglieder (fügen Sie \(q("member"))-Beziehungen hinzu)"
                : "Gremium \(q(name)) hat nur ein Mitglied (ein Gremium braucht mindestens zwei)"
        case .memberOfNonCommittee(let name, let kind):
            "\(q("member"))-Beziehung zu \(q(name)), einem Akteur der Art \(q(kind.rawValue)), nicht zu einem Gremium"
        case .caseOnlyDifference(let id, let other, let otherAt):
            "Akteurs-ID \(q(id.rawValue)) unterscheidet sich von \(q(other.rawValue)) in \(otherAt) nur in Groß- und Kleinschreibung; ist das derselbe Akteur?"
        case .repeatedTie(let first): "diese Beziehung wiederholt die in \(first); sie zählt nur einmal"
        case .languageDisagrees(let language, let first, let firstAt):
            "Sprache \(q(language.rawValue)) weicht von der in \(firstAt) gesetzten Sprache \(q(first.rawValue)) ab; es gilt \(q(first.rawValue))"
        case .controlCharacters(let field): "\(q(field)) enthält Steuerzeichen (unsichtbar oder Steuersequenzen des Terminals); sie werden entfernt"
        case .tooLong(let field, let length, let limit, let kind):
            "\(q(field)) ist \(numbers.integer(length)) Zeichen lang; die Grenze liegt bei \(numbers.integer(limit)) (anzuheben mit \(kind.option)); nur die ersten \(numbers.integer(limit)) bleiben erhalten"
        case .tooMany(let records, let limit):
            "mehr als \(numbers.integer(limit)) \(records == .actor ? "Akteure" : "Beziehungen") in der Eingabe, so viele sind höchstens erlaubt (anzuheben mit \(records.option)); der Rest wird nicht gelesen"
        case .missingActors(let count, let first): missingActors(count: count, first: first)
        }
    }

    private func q(_ text: String) -> String { GermanNames.q(text) }

    private func unknown(_ what: String, suggestion: String?, otherwise: String) -> String {
        if let suggestion { return "\(what); meinten Sie \(q(suggestion))?" }
        return "\(what) (\(otherwise))"
    }

    private func unknownTerm(_ vocabulary: VocabularyKind, _ text: String, suggestion: String?) -> String {
        let what = switch vocabulary {
        case .language: "unbekannte Sprache"
        case .actorKind: "unbekannte Akteursart"
        case .sector: "unbekannter Bildungsbereich"
        case .tieKind: "unbekannte Beziehungsart"
        }
        return unknown("\(what) \(q(text))", suggestion: suggestion, otherwise: "zulässig sind: \(vocabulary.terms.joined(separator: ", "))")
    }

    private func missingActors(count: Int, first: String) -> String {
        let ends = count == 1
            ? "1 Beziehungsende nennt einen Akteur, der nicht auf der Karte steht"
            : "\(numbers.integer(count)) Beziehungsenden nennen Akteure, die nicht auf der Karte stehen"
        return "\(ends) (das erste: \(q(first))); einige Akteure konnten nicht gelesen werden, siehe die Fehler oben"
    }
}
