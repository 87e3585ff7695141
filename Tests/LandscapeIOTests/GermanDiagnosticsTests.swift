import LandscapeCore
import LandscapeIO
import LandscapeWording
import Testing

/// The readers' problems in broken files, as `landscape check` prints them for a German user:
/// every reader reports facts, so the same file reads in either language.
@Suite("Reader problems in German")
struct GermanDiagnosticsTests {
    /// The German lines `check` prints for the fixtures, relative to the Fixtures folder.
    static func german(_ relatives: String...) -> [String] {
        let result = LandscapeLoader().load(relatives.map(Fixtures.path))
        let prefix = Fixtures.folder.path + "/"
        return result.diagnostics.map { Language.de.diagnosticWording.line($0).replacingOccurrences(of: prefix, with: "") }
    }

    @Test("Encoding, CSV, JSON, GraphML, a workbook, DOT and YAML, each in German")
    func lines() {
        #expect(Self.german("bad/csv/windows-1252") == [
            "bad/csv/windows-1252/actors.csv: Warnung: die Datei ist kein UTF-8; sie wurde als Windows-1252 gelesen (so speichert Excel standardmäßig); speichern Sie sie als UTF-8 (in Excel: »CSV UTF-8«), damit die Umlaute sicher stimmen",
        ])
        #expect(Self.german("bad/csv/mixed-delimiters").first
            == "bad/csv/mixed-delimiters/actors.csv:3: Fehler: diese Zeile ist durch »,« getrennt, die Kopfzeile durch »;«; verwenden Sie in der ganzen Datei ein Trennzeichen")
        #expect(Self.german("bad/json/duplicate-keys.json") == ["bad/json/duplicate-keys.json:1:48: Fehler: doppelter Schlüssel »name« im selben Objekt (zuerst in Zeile 1)"])
        #expect(Self.german("bad/graphml/undeclared-key.graphml").last == "bad/graphml/undeclared-key.graphml:8:20: Fehler: <data key=\"colour\"> nennt keinen <key>")
        #expect(Self.german("bad/xlsx/text-file.xlsx")
            == ["bad/xlsx/text-file.xlsx: Fehler: dies ist keine Excel-Arbeitsmappe (.xlsx ist ein ZIP-Archiv); speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx)"])
        #expect(Self.german("bad/dot/two-graphs.dot")
            == ["bad/dot/two-graphs.dot:2:9: Fehler: die Datei enthält 2 Graphen, aber eine Bildungslandschaft ist ein Graph; legen Sie jeden in eine eigene Datei (mehrere Dateien werden zusammengeführt)"])
        #expect(Self.german("bad/yaml/multi-document.yaml")
            == ["bad/yaml/multi-document.yaml:16:1: Fehler: die Datei enthält ein zweites YAML-Dokument (nach »---«); eine Bildungslandschaft ist ein Dokument: Legen Sie jedes in eine eigene Datei (mehrere Dateien werden zusammengeführt)"])
    }

    @Test("What a format cannot carry, in German")
    func losses() {
        let landscape = Landscape(language: .de, asOf: PartialDate(year: 2019), actors: [Actor(id: "a", name: "A", kind: .office, topics: ["x|y"])], ties: [])
        let losses = GEXFWriter().write(landscape).losses.map { Language.de.diagnosticWording.message(for: $0) }
        #expect(losses == [
            "GEXF kann diese Angaben der Bildungslandschaft nicht aufnehmen und lässt sie weg: Sprache (de) und Stand (as_of)",
            "ein Listeneintrag enthält »|«, das in GEXF Listeneinträge trennt: »x|y« (Akteur »a«) wird als mehrere Einträge zurückgelesen",
        ])
    }
}
