import Foundation
import LandscapeCore

/// Die Wörter von `landscape render` auf Deutsch.
struct GermanRenderCommand: RenderCommandWording {
    let abstract = "Eine Bildungslandschaft als Diagramm zeichnen (SVG, PNG, PDF oder DOT), mit der Graphviz-Bibliothek."

    let discussion = """
        Form und Farbe zeigen die Art jedes Akteurs, Linienart und Pfeil die Art jeder \
        Beziehung; eine Legende und ein Titel (in der Sprache der Bildungslandschaft oder \
        nach --lang) gehören zum Bild. Dieselbe Eingabe und derselbe --seed ergeben dieselbe \
        Datei, Byte für Byte (SVG, PNG, DOT; PDF enthält sein Erstellungsdatum). Das Layout \
        läuft in einem kurzlebigen Kindprozess, sodass ein Absturz in Graphviz als Fehler \
        gemeldet wird. Siehe docs/render.md.

        Beispiele:
          landscape render graphs/weimar.yaml -o out/weimar.svg
          landscape render graphs/*.yaml -o out/all.png --cluster-by municipality
          landscape render graphs/eisenach.yaml -o out/steering.pdf --view steering
          landscape render graphs/jena.yaml -o out/ego.svg --ego jena-bildungsmanagement --depth 2
        """

    let outputHelp = "Die Diagrammdatei, die geschrieben wird; ihre Endung (.svg, .png, .pdf, .dot) bestimmt das Format."
    let formatHelp = "Ausgabeformat, wenn der Dateiname es nicht sagt."

    func engineHelp(largeLandscape: Int) -> String {
        "Layout-Verfahren (Standard: dot für --view steering, neato bis \(largeLandscape) Akteure, darüber sfdp)."
    }

    let viewHelp = "network: alle Beziehungen; steering: Steuerungs-, Mitgliedschafts- und Förderbeziehungen, von oben nach unten."
    let colorByHelp = "Was die Füllfarbe zeigt: kind (Art), municipality (Kommune) oder sector (Bildungsbereich)."
    let sizeByHelp = "Die Knoten nach einem Maß bemessen: degree (Zahl der Partner)."
    let clusterByHelp = "Um jede Gruppe einen beschrifteten Kasten zeichnen."

    func labelsHelp(largeLandscape: Int) -> String {
        "Welche Namen erscheinen: all, none oder top:N (die N am besten vernetzten; Standard: alle bis \(largeLandscape) Akteure)."
    }

    let highlightHelp = "Diese Akteure (IDs) hervorheben und die übrigen abblenden."
    let egoHelp = "Nur das Umfeld dieses Akteurs zeichnen."
    let depthHelp = "Schritte vom Akteur nach --ego (Standard 1: direkte Partner)."
    let languageHelp = "Sprache von Titel und Legende: de oder en (Standard: die der Bildungslandschaft)."
    let seedHelp = "Startwert der kräftebasierten Layouts; ein anderer Startwert ergibt eine andere Anordnung."

    func missingOutput(exampleInput: String) -> String {
        "Geben Sie die Diagrammdatei mit -o an, etwa »landscape render \(exampleInput) -o out/diagram.svg«."
    }

    func formatDisagrees(output: String, fileExtension: String, format: String) -> String {
        "»-o \(output)« endet auf .\(fileExtension), aber --format ist \(format); ändern Sie eines von beiden."
    }

    func noFormat(output: String) -> String {
        "»-o \(output)«: Nennen Sie die Datei .svg, .png, .pdf oder .dot, oder geben Sie --format an."
    }

    func notAMeasure(_ value: String, suggestion: String?, names: [String]) -> String {
        if let suggestion { return "meinten Sie »\(suggestion)«?" }
        return "kein Maß; verwenden Sie eines von: \(names.joined(separator: ", "))."
    }

    func unknownLanguage(_ value: String) -> String { "»--lang \(value)« ist unbekannt; verwenden Sie de oder en." }

    func unknownLabels(_ value: String) -> String {
        "»--labels \(value)« ist unbekannt; verwenden Sie all, none oder top:N (N mindestens 1)."
    }

    let gapsStandAlone = "»--highlight gaps« steht allein; heben Sie entweder die Lücken oder Akteurs-IDs hervor."

    func highlightIsAFile(_ path: String) -> String {
        "»\(path)« nach --highlight ist eine Datei; nennen Sie die Landschaftsdateien vor --highlight (es nimmt jeden Wert bis zur nächsten Option)."
    }

    let depthNeedsEgo = "--depth zählt Schritte von einem Akteur aus; geben Sie ihn mit --ego ID an."

    func depthTooSmall(_ depth: Int) -> String { "--depth \(depth): Geben Sie 1 (direkte Partner) oder mehr an." }

    let seeHelp = "  Mehr unter »landscape render --help«."

    func note(_ text: String) -> String { "Hinweis: \(text)" }

    func error(_ text: String) -> String { "Fehler: \(text)" }

    func wrote(path: String, format: String, actors: Int, ties: Int, engine: String, seconds: Double) -> String {
        let console = GermanConsole()
        let time = String(format: "%.2f", seconds).replacingOccurrences(of: ".", with: ",")
        return "\(path) geschrieben (\(format), \(console.count(actors, .actor)), \(console.count(ties, .tie)), \(engine), \(time) s)"
    }

    func notCoordinated(_ topic: String) -> String { "nicht abgestimmt: \(topic)" }
}
