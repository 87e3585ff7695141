import LandscapeCore

/// The gap commands' help texts and messages in German.
struct GermanGapCommands: GapCommandWording {
    var gapsAbstract: String {
        "Die Lücken finden: unverbundene Partner, getrennte Teile, einzelne Schlüsselstellen, unabgestimmte Anbieter, Planung ohne Austausch, Abhängigkeit von Förderprogrammen, nicht abgedeckte Bedarfe."
    }
    func gapsDiscussion(types: [String]) -> String {
        "Arten: \(types.joined(separator: ", ")). Regeln und Dringlichkeit: docs/gaps.md."
    }
    var typeHelp: String { "Nur Lücken dieser Arten (durch Kommas getrennt)." }
    var gapGroupsHelp: String { "Merkmale, deren Gruppen auf Lücken geprüft werden: kind, municipality, sector (durch Kommas getrennt; Vorgabe: alle)." }
    var gapTopHelp: String { "Nur die N dringendsten Lücken zeigen." }
    var whatIfAbstract: String {
        "Die Bildungslandschaft vor und nach dem Wegfall von Akteuren oder eines Förderprogramms vergleichen, oder mit der Bildungslandschaft an einem späteren Stichtag."
    }
    var removeHelp: String { "Akteure, die wegfallen (Kennungen)." }
    var programHelp: String { "Ein Förderprogramm mit den Stellen, die es fördert, und seinen Förderbeziehungen wegnehmen." }
    var whatIfAtHelp: String { "Die Bildungslandschaft jetzt (an ihrem Stand as_of, sonst wie angegeben) mit der an diesem Stichtag vergleichen." }
    var suggestAbstract: String {
        "Kooperationsmöglichkeiten vorschlagen: Paare ohne Verbindung, gereiht, mit Gründen und den Lücken, die jedes schließen würde."
    }
    var forHelp: String { "Nur Kooperationsmöglichkeiten dieses Akteurs (Kennung)." }
    var kindHelp: String { "Nur Paare mit einem Akteur dieser Art, z. B. foundation." }
    var suggestTopHelp: String { "Wie viele Vorschläge." }

    var nothingChanges: String { "Angeben, was sich ändert: '--remove ID...', '--program ID' oder '--at DATUM'." }
    func unknownRemovedActor(_ id: String) -> String { "Fehler: unbekannter Akteur '\(id)' in --remove" }
    func unknownProgram(_ id: String) -> String { "Fehler: unbekanntes Förderprogramm '\(id)'" }
    func notAProgram(_ id: String, kind: ActorKind) -> String {
        "Fehler: '\(id)' ist von der Art '\(kind.rawValue)', kein Förderprogramm"
    }
    func unknownSuggestionActor(_ id: String) -> String { "Fehler: unbekannter Akteur '\(id)' in --for" }
}
