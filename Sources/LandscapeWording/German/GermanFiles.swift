import LandscapeCore

/// Die Wörter rund um Ausgabedateien auf Deutsch.
struct GermanFiles: FileWording {
    func outputIsFolder(output: String, example: String) -> String {
        "»-o \(output)« ist ein Ordner; geben Sie einen Dateinamen an, etwa »\(output)/\(example)«."
    }

    func outputOverwritesInput(output: String, input: String) -> String {
        "»-o \(output)« würde die Eingabe »\(input)« überschreiben; wählen Sie eine andere Ausgabe."
    }

    func cannotWrite(path: String, reason: String) -> String {
        "\(path): Fehler: Die Datei lässt sich nicht schreiben (eine vorhandene bleibt unverändert): \(reason)"
    }
}
