import LandscapeCore

/// Deutsche Texte der Lücken.
struct GermanGapWording: GapWording, GapSentenceParts {
    func sentences(_ gap: Gap, in landscape: Landscape) -> GapSentences {
        let (explanation, action) = texts(gap, landscape)
        return GapSentences(explanation: explanation, action: action)
    }

    func typeName(_ type: GapType) -> String {
        switch type {
        case .isolate: "Unverbundener Akteur"
        case .pendant: "Nur über einen Partner angebunden"
        case .fragmented: "Getrennte Teile"
        case .cutPoint: "Schlüsselstelle ohne Ersatz"
        case .bridge: "Einzige Brücke"
        case .groupHole: "Fehlende Verbindung zwischen Gruppen"
        case .uncoordinated: "Unabgestimmte Angebote"
        case .programDependency: "Abhängig von einem Förderprogramm"
        case .uncovered: "Bedarf ohne Akteur"
        case .planningSilo: "Getrennte Planungsbereiche"
        }
    }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "dringend"
        case .medium: "mittel"
        case .low: "gering"
        }
    }

    var noGaps: String { "keine Lücken gefunden" }

    func groupName(_ group: String, attribute: GroupingAttribute) -> String {
        if attribute == .sector, let sector = Sector(rawValue: group) { return sectorName(sector) }
        guard attribute == .kind, let kind = ActorKind(rawValue: group) else { return group }
        switch kind {
        case .office: return "Ämtern und Verwaltung"
        case .agency: return "Behörden"
        case .politics: return "Politik"
        case .committee: return "Gremien"
        case .foundation: return "Stiftungen"
        case .association: return "Vereinen und Verbänden"
        case .institution: return "Einrichtungen"
        case .business: return "Wirtschaft"
        case .program: return "Förderprogrammen"
        case .research: return "Forschung"
        case .other: return "sonstigen Akteuren"
        }
    }

    /// A sector after "zwischen … und …" (dative).
    func sectorName(_ sector: Sector) -> String {
        switch sector {
        case .earlyChildhood: "frühkindlicher Bildung"
        case .school: "Schule"
        case .vocational: "beruflicher Bildung"
        case .higher: "Hochschule"
        case .adult: "Erwachsenenbildung"
        case .nonFormal: "non-formaler Bildung"
        case .informal: "informellem Lernen"
        }
    }

    private func q(_ name: String) -> String { GermanNames.q(name) }
    private func list(_ names: [String], limit: Int = 4) -> String { GermanNames.quoted(names, limit: limit) }

    func isolate(_ name: String, need: String?) -> (String, String) {
        let why = need.map { ", obwohl er am erklärten Bedarf \(q($0)) arbeitet" } ?? ""
        return ("\(q(name)) hat keine Verbindung zu anderen Akteuren der Bildungslandschaft\(why).",
                "\(q(name)) in ein Gremium einladen oder eine erste Kooperation mit einem Partner vereinbaren, der an denselben Themen arbeitet.")
    }

    func pendants(anchor: String, names: [String]) -> (String, String) {
        (names.count == 1
            ? "\(list(names)) ist nur über \(q(anchor)) mit der Bildungslandschaft verbunden."
            : "\(list(names)) sind nur über \(q(anchor)) mit der Bildungslandschaft verbunden.",
         "Einen zweiten Kontakt schaffen, z. B. einen direkten Austausch mit einem weiteren Partner, damit nicht alles an \(q(anchor)) hängt.")
    }

    func fragmented(components: [(hub: String, size: Int)], mainHub: String) -> (String, String) {
        let parts = components.map { "die Gruppe um \(q($0.hub)) (\($0.size) Akteure)" }
        return ("Die Bildungslandschaft zerfällt: \(parts.joined(separator: "; ")) \(components.count == 1 ? "hat" : "haben") keinen Weg zum Hauptnetz um \(q(mainHub)).",
                "Jeden Teil mit dem Hauptnetz verbinden, z. B. durch eine Kooperation zwischen \(q(components.first?.hub ?? "")) und \(q(mainHub)).")
    }

    func cutPoint(_ name: String, cutOff: [String]) -> (String, String) {
        ("Ohne \(q(name)) wären \(list(cutOff)) vom Rest der Bildungslandschaft abgeschnitten: Alles zwischen ihnen läuft über diesen einen Akteur.",
         "Eine zweite Verbindung zu \(list(cutOff, limit: 2)) schaffen, die nicht über \(q(name)) läuft, damit der Kontakt auch einen Personalwechsel oder das Ende eines Programms übersteht.")
    }

    func bridge(_ a: String, _ b: String, side: [String]) -> (String, String) {
        ("Die Verbindung zwischen \(q(a)) und \(q(b)) ist der einzige Weg von \(list(side)) zum Rest der Bildungslandschaft.",
         "Eine zweite Verbindung zwischen beiden Seiten aufbauen, damit nicht alles an einer Beziehung hängt.")
    }

    func groupHole(_ a: String, _ b: String, observed: Int, expected: Double) -> (String, String) {
        let exp = String(((expected * 10).rounded() / 10).description.map { $0 == "." ? "," : $0 })
        if observed == 0 {
            return ("Zwischen \(a) und \(b) gibt es keine einzige Verbindung; bei zufälliger Mischung wären etwa \(exp) zu erwarten.",
                    "Eine erste Kooperation zwischen \(a) und \(b) suchen, z. B. zu einem gemeinsamen Thema.")
        }
        return ("Nur \(observed) Verbindung(en) bestehen zwischen \(a) und \(b) – weit weniger als die \(exp), die bei zufälliger Mischung zu erwarten wären.",
                "Den Austausch zwischen \(a) und \(b) stärken.")
    }

    func uncoordinated(tag: String, targetGroup: Bool, fragments: [[String]], invited: [String], coordinator: String?,
                       existingCommittee: String?) -> (String, String) {
        let what = targetGroup ? "richten sich an \(q(tag))" : "arbeiten zu \(q(tag))"
        let count = fragments.reduce(0) { $0 + $1.count }
        let groups = fragments.map { list($0, limit: 3) }.joined(separator: " | ")
        let explanation = "\(count) Akteure \(what); sie zerfallen in \(fragments.count) Gruppen, die weder ein Gremium teilen noch direkt kooperieren (\(groups)). Unabgestimmte Angebote konkurrieren, Mehrfachanmeldungen und Wartezeiten sind die Folge."
        if let existingCommittee {
            return (explanation, "\(list(invited, limit: 6)) in \(q(existingCommittee)) einbinden, das die meisten von ihnen bereits zusammenführt.")
        }
        let chair = coordinator.map { " unter Leitung von \(q($0))" } ?? ""
        return (explanation, "Ein koordinierendes Gremium für \(q(tag)) einrichten\(chair), mit \(list(invited, limit: 6)).")
    }

    /// What else goes when a programme ends: actors cut off, brokers, committees, connected pairs.
    func programEffects(cutOff: [String], brokers: [String], committees: [String], pairsLostShare: Double?) -> [String] {
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(list(cutOff)) \(cutOff.count == 1 ? "wäre" : "wären") abgeschnitten") }
        if !brokers.isEmpty { effects.append("Vermittler gingen verloren (\(list(brokers)))") }
        if !committees.isEmpty { effects.append("\(list(committees)) \(committees.count == 1 ? "behielte" : "behielten") weniger als zwei Mitglieder") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) % der verbundenen Akteurspaare verlören ihre Verbindung") }
        return effects
    }

    func programDependency(program: String, until: PartialDate, ended: Bool, positions: [String], fundingTies: Int,
                           effects: [String]) -> (String, String) {
        var losses: [String] = []
        if !positions.isEmpty { losses.append("die Stellen \(list(positions))") }
        if fundingTies > 0 { losses.append("\(fundingTies) Förderbeziehung(en)") }
        let when = ended ? "endete am \(until)" : "endet am \(until)"
        let lost = losses.isEmpty ? "nichts, was in der Landschaft erfasst ist" : losses.joined(separator: " und ")
        let effect = effects.isEmpty ? "" : " Dann " + effects.joined(separator: "; ") + "."
        return ("\(q(program)) \(when); damit entfallen \(lost).\(effect)",
                "Jetzt planen, wie die von \(q(program)) getragene Arbeit weitergeht (Verstetigung): eigene Haushaltsmittel, ein Anschlussprogramm oder die Übergabe der Aufgaben an dauerhafte Stellen.")
    }

    func uncovered(need: String, outside: [String]) -> (String, String) {
        if outside.isEmpty {
            return ("Kein Akteur der Bildungslandschaft arbeitet an \(q(need)), obwohl es ein erklärter Bedarf ist.",
                    "Partner für \(q(need)) suchen – z. B. über das Stiftungsnetzwerk oder die Landesprogramme – und die Zuständigkeit klären.")
        }
        return ("Nur \(list(outside)) arbeiten an \(q(need)), und sie sind nicht mit dem Hauptnetz verbunden.",
                "\(list(outside, limit: 2)) mit dem Hauptnetz verbinden, damit die Arbeit an \(q(need)) Teil der Bildungslandschaft wird.")
    }

    func planningSilo(municipality: String, fragments: [[String]]) -> (String, String) {
        ("Die Ämter in \(municipality) zerfallen in \(fragments.count) Gruppen, die weder ein Gremium teilen noch direkt zusammenarbeiten: \(fragments.map { list($0, limit: 3) }.joined(separator: " | ")).",
         "Die Planungsbereiche (Jugendhilfe-, Sozial- und Bildungsplanung) in \(municipality) verknüpfen, z. B. in einer gemeinsamen Planungsrunde oder einer Stabsstelle Integrierte Sozialplanung.")
    }

    /// A share as a percentage with at most one decimal and a decimal comma: "12,5".
    func percent(_ share: Double) -> String {
        let value = (share * 1000).rounded() / 10
        let text = value == value.rounded() ? String(Int(value)) : String(value)
        return String(text.map { $0 == "." ? "," : $0 })
    }
}
