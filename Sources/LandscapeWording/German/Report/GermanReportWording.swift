import LandscapeCore

/// Die deutschen Texte des Berichts, nach Themen auf die Dateien GermanReport*.swift verteilt.
struct GermanReportWording: Sendable {
    let numbers = NumberStyle.german

    /// A name in guillemets (»A«).
    func q(_ name: String) -> String { GermanNames.q(name) }
    func list(_ names: [String], limit: Int) -> String { GermanNames.cell(names, limit: limit) }
    func quoted(_ names: [String], limit: Int) -> String { GermanNames.quoted(names, limit: limit) }
    func actors(_ count: Int) -> String { count == 1 ? "1 Akteur" : "\(integer(count)) Akteure" }
    func actorsDative(_ count: Int) -> String { count == 1 ? "1 Akteur" : "\(integer(count)) Akteuren" }
}

