import LandscapeCore

/// The shared options' help texts and messages in German.
struct GermanOptions: OptionWording {
    var filesHelp: String { "Dateien der Bildungslandschaft: .yaml/.yml, .json, .graphml, .gexf, .xlsx, .dot oder Ordner mit actors.csv und ties.csv." }
    var atHelp: String { "Die Bildungslandschaft, wie sie an diesem Stichtag ist (JJJJ, JJJJ-MM oder JJJJ-MM-TT)." }
    var limitsTitle: String { "Grenzen" }
    var maxFileSizeHelp: String { "Eingabedateien ablehnen, die größer sind (Bytes, oder mit K, M, G: 512M)." }
    var maxActorsHelp: String { "Mehr Akteure als diese über alle Eingaben ablehnen." }
    var maxTiesHelp: String { "Mehr Beziehungen als diese über alle Eingaben ablehnen." }
    var maxLabelLengthHelp: String { "Längste Kennung, längster Name, längste Art oder längster Listeneintrag, in Zeichen." }
    var maxNoteLengthHelp: String { "Längste Notiz, längster Kontakt oder längster Titel, in Zeichen." }
    var directedHelp: String { "Die Richtung von Mitgliedschafts-, Förder- und Steuerungsbeziehungen beachten (die übrigen zählen in beide Richtungen)." }
    var weightedHelp: String { "Gewichte der Beziehungen als Stärke lesen: Weglängen sind 1/Gewicht; PageRank, Eigenvektor und strukturelle Löcher nutzen die Gewichte." }
    var foldHelp: String { "Das Netz der Akteure untersuchen, die gemeinsam in Gremien sitzen: 'committees'." }
    var groupsHelp: String { "Akteure nach Art, Kommune oder Bildungsbereich gruppieren (Vermittlerrollen, E-I-Index, Durchmischung)." }
    var formatHelp: String { "Ausgabe: table, csv oder json." }
    var communitySeedHelp: String { "Startwert der Suche nach Teilnetzen: derselbe Startwert ergibt dieselben Teilnetze." }
    var resolutionHelp: String { "Auflösung der Suche nach Teilnetzen: über 1 mehr und kleinere Teilnetze, unter 1 weniger und größere (1 = klassische Modularität)." }
    var languageHelp: String { "Sprache der Erläuterungen: de oder en (Vorgabe: die Sprache der Bildungslandschaft)." }

    var noFiles: String { "Mindestens eine Datei der Bildungslandschaft angeben, z. B. graphs/weimar.yaml." }
    func noSuchFile(_ path: String) -> String { "Datei oder Ordner '\(path)' gibt es nicht." }
    func notADate(option: String, _ text: String) -> String {
        "'\(option) \(text)' ist kein Datum; JJJJ, JJJJ-MM oder JJJJ-MM-TT schreiben."
    }
    func notASize(option: String, _ text: String) -> String {
        "'\(option) \(text)' ist keine Größe; z. B. 512M, 2G oder 1000000 schreiben."
    }
    func notAtLeastOne(option: String, _ value: Int) -> String { "'\(option) \(value)': eine Zahl von mindestens 1 angeben." }
    func needsAtLeastOne(option: String) -> String { "'\(option)' braucht eine Zahl von mindestens 1." }
    var foldIsUndirected: String { "'--fold committees' ergibt ein Netz ohne Richtung; '--directed' weglassen." }
    var resolutionNotPositive: String { "'--resolution' muss eine Zahl größer als 0 sein." }
    func unknownValue(_ value: String, option: String, known: [String]) -> String {
        "'\(option) \(value)' ist unbekannt; \(Self.either(known)) verwenden."
    }
    func notAMeasure(_ value: String, option: String, known: [String]) -> String {
        "'\(value)' in '\(option)' ist keine Kennzahl; eine von diesen verwenden: \(known.joined(separator: ", "))."
    }
    func notAMeasureToSort(_ value: String, known: [String]) -> String {
        "'--sort \(value)' ist keine Kennzahl; eine von diesen verwenden: \(known.joined(separator: ", "))."
    }
    func notAnActorKind(_ value: String, known: String) -> String {
        "'--kind \(value)' ist keine Art von Akteur; eine von diesen verwenden: \(known)."
    }
    func notAGapType(_ value: String, known: [String]) -> String {
        "'\(value)' ist keine Art von Lücke; eine von diesen verwenden: \(known.joined(separator: ", "))."
    }

    /// "a, b oder c".
    private static func either(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " oder " + last
    }
}
