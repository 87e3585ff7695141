import LandscapeCore
import LandscapeWording

/// Die deutschen Texte des Berichts.
struct GermanReportWording: ReportWording {
    let numbers = NumberStyle.german

    // MARK: Allgemein

    var defaultTitle: String { "Bildungslandschaft" }
    var reportKind: String { "Bericht für die Lenkungsgruppe" }

    func heading(_ section: ReportSection) -> String {
        switch section {
        case .scope: "Umfang der Karte"
        case .diagrams: "Das Netzwerk im Überblick"
        case .figures: "Kennzahlen"
        case .centralActors: "Zentrale Akteure und Vermittler"
        case .gaps: "Lücken"
        case .opportunities: "Kooperationsmöglichkeiten"
        case .communities: "Wer zusammenarbeitet: Teilnetze"
        case .coverage: "Abdeckung der Bedarfe"
        case .method: "Methode"
        }
    }

    var contentsHeading: String { "Inhalt" }

    func anonymizationNote(_ level: Anonymization) -> String {
        switch level {
        case .none: ""
        case .contacts: "Zur Weitergabe anonymisiert: Kontaktdaten entfernt."
        case .all: "Zur Weitergabe anonymisiert: Akteure sind nach Art und Nummer benannt, Kontaktdaten und Notizen entfernt."
        }
    }

    func pseudonym(_ kind: ActorKind, number: Int) -> String {
        let word: String
        switch kind {
        case .office: word = "Amt"
        case .agency: word = "Behörde"
        case .politics: word = "Politisches Gremium"
        case .committee: word = "Gremium"
        case .foundation: word = "Stiftung"
        case .association: word = "Verein"
        case .institution: word = "Einrichtung"
        case .business: word = "Unternehmen"
        case .program: word = "Förderprogramm"
        case .research: word = "Forschungseinrichtung"
        case .other: word = "Sonstiger Akteur"
        }
        return "\(word) \(number)"
    }

    func asOf(_ date: String) -> String { "Stand: \(date)" }
    func onDay(_ date: String) -> String { "Die Bildungslandschaft am \(date)" }

    static let months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                         "November", "Dezember"]

    func date(_ date: PartialDate) -> String {
        guard let month = date.month else { return "\(date.year)" }
        let name = Self.months[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return "\(day). \(name) \(date.year)"
    }

    func when(_ date: PartialDate) -> String {
        if date.day != nil { return "am " + self.date(date) }
        if date.month != nil { return "im " + self.date(date) }
        return self.date(date)
    }

    func day(_ day: CalendarDay) -> String { "\(day.day). \(Self.months[day.month - 1]) \(day.year)" }

    func period(_ period: ActivePeriod) -> String {
        switch (period.since, period.until) {
        case (let since?, let until?): "\(since)–\(until)"
        case (let since?, nil): "seit \(since)"
        case (nil, let until?): "bis \(until)"
        case (nil, nil): ""
        }
    }

    func integer(_ value: Int) -> String { numbers.integer(value) }
    func decimal(_ value: Double, digits: Int) -> String { numbers.decimal(value, digits: digits) }
    func percent(_ share: Double) -> String { numbers.percent(share) }
    func signed(_ value: Double) -> String { numbers.signed(value) }

    func list(_ names: [String], limit: Int) -> String {
        if names.count <= limit { return names.joined(separator: " · ") }
        return names.prefix(limit).joined(separator: " · ") + " und \(names.count - limit) weitere"
    }

    /// A name in guillemets; a name that is itself in guillemets as it is; one that contains
    /// guillemets in outer quotes.
    func q(_ name: String) -> String {
        if name.hasPrefix("»") && name.hasSuffix("«") && name.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) { return name }
        return name.contains("»") || name.contains("«") ? "„\(name)“" : "»\(name)«"
    }

    func quoted(_ names: [String], limit: Int) -> String {
        let quoted = names.map(q)
        if quoted.count <= 1 { return quoted.first ?? "" }
        if quoted.count <= limit { return quoted.dropLast().joined(separator: ", ") + " und " + (quoted.last ?? "") }
        return quoted.prefix(limit).joined(separator: ", ") + " und \(quoted.count - limit) weitere"
    }

    func actors(_ count: Int) -> String { count == 1 ? "1 Akteur" : "\(integer(count)) Akteure" }
    func actorsDative(_ count: Int) -> String { count == 1 ? "1 Akteur" : "\(integer(count)) Akteuren" }

    var total: String { "gesamt" }
    var noMunicipality: String { "ohne Kommune" }
    var noSector: String { "ohne Angabe" }

    // MARK: 1 Umfang

    func scopeLead(actors: Int, ties: Int, municipalities: [String], needs: Int) -> String {
        var text = "Die Karte verzeichnet \(self.actors(actors)) und \(ties == 1 ? "1 Beziehung" : "\(integer(ties)) Beziehungen")"
        if municipalities.count == 1, let only = municipalities.first {
            text += " in \(only)"
        } else if municipalities.count > 1 {
            text += " in \(municipalities.count) Kommunen bzw. Ebenen (\(municipalities.prefix(4).joined(separator: ", "))\(municipalities.count > 4 ? ", …" : ""))"
        }
        if needs > 0 { text += " und nennt \(needs == 1 ? "1 Handlungsfeld" : "\(needs) Handlungsfelder"), die die Bildungslandschaft abdecken soll" }
        return text + ". Der Bericht zeigt, wer mit wem zusammenarbeitet, wo die Bildungslandschaft stark und wo sie schwach ist und was die Lenkungsgruppe tun kann. Jede Zahl wird in Worten erklärt; die Definitionen stehen in Abschnitt 9."
    }

    var glanceHeading: String { "Das Wichtigste in Kürze" }

    func glanceCentral(_ name: String, share: Double) -> String {
        "\(q(name)) verbindet die meisten Akteure: \(percent(share)) aller kürzesten Verbindungen zwischen anderen Akteuren laufen über diese Stelle."
    }

    func glanceFragments(components: Int, largestShare: Double) -> String {
        "Die Bildungslandschaft zerfällt in \(components) Teile ohne jede Verbindung untereinander; der größte umfasst \(percent(largestShare)) der Akteure."
    }

    func glanceGaps(high: Int, medium: Int, low: Int) -> String {
        let total = high + medium + low
        if total == 0 { return "Nach den zehn Regeln aus Abschnitt 9 wurden keine Lücken gefunden." }
        return "\(total == 1 ? "1 Lücke" : "\(total) Lücken") gefunden: \(high) dringend, \(medium) mittel, \(low) gering (Abschnitt 5)."
    }

    func glanceUncovered(_ needs: [String]) -> String {
        "\(needs.count == 1 ? "Ein erklärter Bedarf, an dem" : "Erklärte Bedarfe, an denen") kein Akteur arbeitet: \(quoted(needs, limit: 5))."
    }

    func glanceProgrammes(count: Int, first: String, until: String, positions: Int, cutOff: Int) -> String {
        var text = count == 1 ? "Ein Förderprogramm trägt einen Teil der Bildungslandschaft und endet \(until): \(q(first))."
                              : "\(count) Förderprogramme tragen Teile der Bildungslandschaft und enden; als erstes \(q(first)) \(until)."
        if positions > 0 { text += " Mit \(count == 1 ? "ihm" : "ihnen") entfallen \(positions == 1 ? "1 geförderte Stelle" : "\(positions) geförderte Stellen")" }
        if cutOff > 0 { text += (positions > 0 ? ", und " : " ") + "\(actors(cutOff)) \(cutOff == 1 ? "wäre" : "wären") abgeschnitten" }
        return text + (positions > 0 || cutOff > 0 ? "." : "")
    }

    func glanceSuggestion(_ a: String, _ b: String, total: Int) -> String {
        "Die aussichtsreichste neue Kooperation: \(q(a)) mit \(q(b)) (\(total) Vorschläge in Abschnitt 6)."
    }

    var actorsByKindHeading: String { "Akteure nach Art und Kommune" }
    var tiesByKindHeading: String { "Beziehungen nach Art" }
    var kindColumn: String { "Art" }
    func otherMunicipalities(_ count: Int) -> String { "\(count) weitere" }
    var tieKindColumn: String { "Art der Beziehung" }
    var countColumn: String { "Anzahl" }
    var writtenColumn: String { "schriftlich" }

    // MARK: 2 Diagramme

    var diagramIntro: String {
        "Das Diagramm zeigt alle Akteure und Beziehungen der Karte. Die Form eines Akteurs zeigt seine Art (Legende im Bild), die Linie die Art der Beziehung; Pfeile zeigen vom Mitglied zum Gremium, vom Förderer zum Geförderten und von der steuernden zur gesteuerten Stelle. Am Bildschirm zeigt ein Zeigen auf einen Akteur oder eine Linie die Einzelheiten."
    }
    var networkCaption: String { "Das Kooperationsnetz." }
    var networkReading: String {
        "Eng verbundene Akteure liegen nah beieinander; ein Akteur mit vielen Linien ist ein Knotenpunkt. Akteure am Rand mit nur einer Linie hängen an einem einzigen Partner."
    }
    var steeringCaption: String { "Die Steuerungsstruktur." }
    var steeringReading: String {
        "Nur Steuerung, Mitgliedschaft und Förderung, von oben nach unten: wer wen steuert, wer in welchem Gremium sitzt, wer von wem gefördert wird."
    }
    var noCommittees: String { "Die Karte enthält keine Gremien; darum gibt es kein Diagramm der Steuerungsstruktur." }
    func tilesFollow(_ count: Int) -> String { "Im Druck zeigen die nächsten \(count) Seiten es vergrößert in Ausschnitten." }
    var zoomHint: String { "Am Bildschirm lässt sich das Diagramm verlustfrei vergrößern; ein Zeigen auf einen Akteur zeigt seine Angaben." }

    func tileCaption(_ number: Int, of count: Int, row: Int, column: Int, rows: Int, columns: Int) -> String {
        let vertical = rows == 1 ? nil : (row == 0 ? "oben" : (row == rows - 1 ? "unten" : "Mitte"))
        let horizontal = columns == 1 ? nil : (column == 0 ? "links" : (column == columns - 1 ? "rechts" : "Mitte"))
        let place = [vertical, horizontal].compactMap { $0 }.joined(separator: " ")
        return "Ausschnitt \(number) von \(count) (\(place)), vergrößert."
    }

    func diagramFailed(_ reason: String) -> String { "Das Diagramm konnte nicht gezeichnet werden: \(reason)" }
    var directoryHeading: String { "Die Akteure der Karte" }
    var nameColumn: String { "Name" }
    var municipalityColumn: String { "Kommune" }
    var periodColumn: String { "Aktiv" }
    var fundedByColumn: String { "Gefördert durch" }
    var contactColumn: String { "Kontakt" }

    // MARK: 3 Kennzahlen

    var figuresIntro: String {
        "Kennzahlen für die Bildungslandschaft als Ganzes. Sie beschreiben, wie die Beziehungen angeordnet sind – nicht, wie gut die Zusammenarbeit ist. Zu jeder steht, was sie für die Zusammenarbeit bedeutet; vergleichen Sie die Werte eher mit früheren Ständen der Karte als mit einem Ideal."
    }

    var densityName: String { "Dichte" }
    func densityMeaning(_ density: Double, actors: Int) -> String {
        let per100 = density * 100
        let count = per100 >= 1 ? integer(Int(per100.rounded())) : decimal(per100, digits: 1)
        var text = "\(count) von 100 möglichen Partnerpaaren arbeiten direkt zusammen."
        if actors >= 20 { text += " Ein niedriger Wert ist bei dieser Größe normal: Niemand kann mit allen zusammenarbeiten." }
        return text
    }

    var averageDegreeName: String { "Partner je Akteur" }
    func averageDegreeMeaning(_ average: Double, pendants: Int) -> String {
        var text = "Ein Akteur arbeitet im Durchschnitt mit \(decimal(average, digits: 1)) Partnern zusammen."
        if pendants > 0 {
            text += " \(pendants == 1 ? "1 Akteur hat" : "\(pendants) Akteure haben") nur einen einzigen Partner: Reißt dieser Kontakt ab, \(pendants == 1 ? "fällt er" : "fallen sie") aus der Bildungslandschaft heraus."
        }
        return text
    }

    var componentsName: String { "Getrennte Teile" }
    func componentsMeaning(_ components: Int, largestShare: Double, isolates: Int) -> String {
        var text = components <= 1
            ? "Jeder Akteur ist über irgendeinen Weg mit jedem anderen verbunden: Informationen können alle erreichen."
            : "Die Bildungslandschaft zerfällt in \(components) Teile ohne Verbindung untereinander; der größte umfasst \(percent(largestShare)) der Akteure."
        if isolates > 0 { text += " \(isolates == 1 ? "1 Akteur hat" : "\(isolates) Akteure haben") gar keine Verbindung." }
        return text
    }

    var distanceName: String { "Schritte zwischen zwei Akteuren" }
    func distanceMeaning(_ distance: Double, diameter: Int) -> String {
        "Zwischen zwei Akteuren liegen typischerweise \(decimal(distance, digits: 1)) Schritte; der weiteste Weg führt über \(diameter <= 1 ? "keine" : "\(diameter - 1)") Zwischenstation\(diameter == 2 ? "" : "en"). Je mehr Schritte, desto langsamer kommen Informationen an und desto mehr verändern sie sich unterwegs."
    }

    var centralizationName: String { "Zentralisierung" }
    func centralizationMeaning(_ value: Double, hub: String?) -> String {
        let named = hub.map { " (\(q($0)))" } ?? ""
        if value >= 0.5 { return "Stark auf einen Knotenpunkt ausgerichtet\(named): Vieles hängt an einem einzigen Akteur; fällt er aus, verliert die Bildungslandschaft ihr Zentrum." }
        if value >= 0.2 { return "Deutlich auf wenige Knotenpunkte ausgerichtet\(named): Sie halten die Bildungslandschaft zusammen und tragen einen großen Teil der Abstimmungsarbeit." }
        return "Die Verbindungen verteilen sich recht gleichmäßig: Kein einzelner Akteur beherrscht die Bildungslandschaft."
    }

    var transitivityName: String { "Partner von Partnern" }
    func transitivityMeaning(_ value: Double) -> String {
        var text = "Wo ein Akteur mit zwei anderen arbeitet, arbeiten diese beiden in \(percent(value)) der Fälle auch miteinander."
        if value < 0.2 { text += " Partner von Partnern kennen sich meist noch nicht: Vieles läuft über Vermittler." }
        else if value >= 0.4 { text += " Die Partner bilden eng verflochtene Kreise: gut für Vertrauen, aber neue Ideen wandern langsam zwischen den Kreisen." }
        return text
    }

    var eiKindName: String { "Über Akteursarten hinweg (E-I-Index)" }
    func eiKindMeaning(_ value: Double) -> String {
        if value > 0.3 { return "Die meisten Verbindungen gehen über die Grenzen der Akteursarten: Verwaltung, Gremien, Einrichtungen und Zivilgesellschaft arbeiten miteinander statt nebeneinander." }
        if value < -0.3 { return "Die meisten Verbindungen bleiben innerhalb einer Akteursart (Ämter mit Ämtern, Vereine mit Vereinen): Die Bereiche arbeiten nebeneinander." }
        return "Verbindungen innerhalb und zwischen den Akteursarten halten sich etwa die Waage."
    }

    var eiMunicipalityName: String { "Über Kommunen hinweg (E-I-Index)" }
    func eiMunicipalityMeaning(_ value: Double) -> String {
        if value < -0.3 { return "Die meisten Verbindungen bleiben innerhalb einer Kommune; Zusammenarbeit über kommunale Grenzen ist die Ausnahme." }
        if value > 0.3 { return "Die meisten Verbindungen gehen über kommunale Grenzen, wie es für regionale oder landesweite Netze typisch ist." }
        return "Verbindungen innerhalb und zwischen den Kommunen halten sich etwa die Waage."
    }

    var modularityName: String { "Modularität" }
    func modularityMeaning(_ value: Double, communities: Int) -> String {
        value >= 0.3
            ? "Die Bildungslandschaft gliedert sich deutlich in \(communities) Gruppen, die vor allem unter sich zusammenarbeiten (Abschnitt 7). Die wenigen Verbindungen zwischen den Gruppen verdienen Pflege."
            : "Keine scharf getrennten Gruppen: Die Bildungslandschaft arbeitet eher als ein Netz denn als getrennte Kreise (Abschnitt 7)."
    }

    var formalName: String { "Schriftliche Vereinbarungen" }
    func formalMeaning(_ share: Double, written: Int) -> String {
        "\(written == 1 ? "1 Beziehung beruht" : "\(integer(written)) Beziehungen beruhen") auf einer schriftlichen Vereinbarung. Schriftliche Vereinbarungen machen Zusammenarbeit verbindlich und helfen ihr, Personal- und Förderwechsel zu überstehen."
    }

    var mixingHeading: String { "Wer mit wem arbeitet, nach Akteursart" }
    var mixingIntro: String {
        "Jedes Feld zählt die Verbindungen zwischen zwei Akteursarten; die orange Diagonale zählt Verbindungen innerhalb einer Art. Leere Felder sind Arten, die nie direkt zusammenarbeiten."
    }
    var mixingCaption: String { "Verbindungen zwischen Akteursarten (Mischungsmatrix)" }
    var mixingReading: String {
        "E-I je Art: +1 heißt, alle Verbindungen dieser Art gehen zu anderen Arten; −1, alle bleiben innerhalb der Art."
    }
    var eiWithin: String { "unter sich (−1)" }
    var eiBetween: String { "über Grenzen (+1)" }
    var centralizationEven: String { "gleich verteilt (0)" }
    var centralizationStar: String { "ein Zentrum (1)" }
    var eiColumn: String { "E-I" }
    func mixingCellTitle(_ a: String, _ b: String, _ count: Int) -> String {
        a == b ? "\(a) untereinander: \(count) Verbindungen" : "\(a) – \(b): \(count) Verbindungen"
    }

    // MARK: 4 Zentrale Akteure

    var centralIntro: String {
        "Drei Arten, zentral zu sein, jeweils mit den ersten zehn: Die Zwischenzentralität findet die Brücken, die Zahl der Partner die am besten Vernetzten, PageRank die Anlaufstellen, bei denen vieles ankommt. Ein hoher Wert ist keine Note, sondern ein Anlass zum Gespräch: Was geschieht, wenn dieser Akteur ausfällt oder seine Förderung endet?"
    }
    var actorColumn: String { "Akteur" }
    var betweennessHeading: String { "Brücken (Zwischenzentralität)" }
    var betweennessIntro: String {
        "Der Anteil der kürzesten Verbindungen zwischen anderen Akteuren, die über den Akteur laufen. Hohe Werte kennzeichnen Brücken – und Schwachstellen: Fällt der Akteur aus, verlieren andere ihre Verbindung."
    }
    var betweennessColumn: String { "Anteil der Wege" }
    var degreeHeading: String { "Die am besten Vernetzten (Zahl der Partner)" }
    var degreeIntro: String { "Die Zahl der verschiedenen Partner. Viele Partner bedeuten viel Austausch – und viel Abstimmungsaufwand." }
    var degreeColumn: String { "Partner" }
    var pagerankHeading: String { "Anlaufstellen (PageRank)" }
    func pagerankIntro(average: Double) -> String {
        "Man stelle sich eine Anfrage vor, die von Partner zu Partner weitergereicht wird: PageRank ist der Anteil der Zeit, den sie bei jedem Akteur verbringt (Durchschnitt \(percent(average))). Hohe Werte kennzeichnen die Stellen, bei denen Anfragen ankommen."
    }
    var pagerankColumn: String { "Anteil" }
    var nobodyRanked: String { "Kein Akteur hat einen Wert über null." }
    var brokerageHeading: String { "Vermittler und ihre Rollen" }
    var brokerageIntro: String {
        "Ein Vermittler verbindet zwei Akteure, die keine direkte Verbindung haben: a → b → c. Die Arten der drei Akteure bestimmen die Rolle (Gould & Fernandez). Die Rollen zeigen, welche Art von Brücke ein Akteur ist:"
    }

    func roleName(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "Koordinator"
        case .itinerant: "Berater"
        case .representative: "Repräsentant"
        case .gatekeeper: "Torwächter"
        case .liaison: "Verbindungsglied"
        }
    }

    func roleExplanation(_ role: BrokerageRole) -> String {
        switch role {
        case .coordinator: "verbindet Partner der eigenen Art"
        case .itinerant: "verbindet von außen zwei Akteure einer anderen Art"
        case .representative: "gibt etwas aus der eigenen Art an eine andere weiter"
        case .gatekeeper: "lässt Außenstehende in die eigene Art hinein"
        case .liaison: "verbindet zwei andere Arten, ohne zu einer zu gehören"
        }
    }

    var rolesColumn: String { "Rollen" }
    var totalRolesColumn: String { "Gesamt" }
    var nobodyBrokers: String { "Kein Akteur vermittelt zwischen anderen." }
    var committeesDoNotBroker: String {
        "Ein Gremium, das nur Mitgliedschaften empfängt, vermittelt in diesem Sinn nie, wie zentral es auch ist: In der Karte sind die Mitglieder mit ihm verbunden, nicht es mit ihnen."
    }
    var whoIsWhoHeading: String { "Was ihre Stellung bedeutet" }

    func roleSentence(_ facts: RoleFacts) -> String {
        var parts: [String] = ["\(facts.partners == 1 ? "1 Partner" : "\(facts.partners) Partner")."]
        if facts.betweenness >= 0.05 {
            parts.append("\(percent(facts.betweenness)) der kürzesten Verbindungen zwischen anderen Akteuren laufen über diese Stelle.")
        }
        if facts.cutOff > 0 {
            parts.append("Ohne diesen Akteur wären \(actors(facts.cutOff)) vom Rest abgeschnitten: eine Schlüsselstelle, die eine Vertretung und einen zweiten Weg braucht.")
        } else if facts.betweenness >= 0.2 {
            parts.append("Eine Brücke: Hier läuft ein großer Teil der Informationen der Bildungslandschaft durch.")
        }
        if facts.pagerankRatio >= 2 {
            parts.append("Von Partner zu Partner weitergereichte Anfragen landen hier \(decimal(facts.pagerankRatio, digits: 1))-mal so oft wie im Durchschnitt: eine Anlaufstelle.")
        }
        if let main = facts.mainRole {
            parts.append("Vermittelt vor allem als \(roleName(main.role)) – \(roleExplanation(main.role)) (\(main.count)-mal).")
        }
        if let programme = facts.endingProgramme {
            parts.append("Seine Stelle hängt an \(q(programme.name)), das \(programme.until) endet.")
        }
        if facts.cutOff == 0 && facts.betweenness < 0.2 && facts.pagerankRatio < 2 && facts.mainRole == nil {
            parts.append("Gut vernetzt, aber ersetzbar: Die Partner sind auch mit anderen verbunden.")
        }
        return parts.joined(separator: " ")
    }

    // MARK: 5 Lücken

    func gapsIntro(count: Int) -> String {
        "Die Karte wird auf zehn Arten von Schwächen geprüft (Definitionen in Abschnitt 9). \(count == 1 ? "1 Lücke wurde" : "\(count) Lücken wurden") gefunden, die dringendsten zuerst; zu jeder steht, was zu tun ist."
    }
    var noGaps: String { "Keine Lücken gefunden." }

    func severityName(_ severity: GapSeverity) -> String {
        switch severity {
        case .high: "dringend"
        case .medium: "mittel"
        case .low: "gering"
        }
    }

    func severityHeading(_ severity: GapSeverity, count: Int) -> String {
        switch severity {
        case .high: "Dringend (\(count))"
        case .medium: "Mittel (\(count))"
        case .low: "Gering (\(count))"
        }
    }

    func gapTypeName(_ type: GapType) -> String {
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

    var gapTypeColumn: String { "Art der Lücke" }
    var whatToDo: String { "Was tun:" }
    var whatIfHeading: String { "Wenn Förderprogramme enden" }
    var whatIfIntro: String {
        "Für jedes Programm mit Enddatum wird die Karte ohne das Programm, die von ihm geförderten Stellen und seine Förderbeziehungen neu berechnet. Die Tabelle vergleicht das Netz vorher und nachher."
    }
    var noEndingProgrammes: String { "Kein Förderprogramm der Karte hat ein Enddatum." }
    func programmeEnds(_ date: String, ended: Bool) -> String { ended ? "endete \(date)" : "endet \(date)" }

    func programmesCarryingNothing(_ programmes: [(String, String)]) -> String {
        let list = programmes.map { "\(q($0.0)) (\($0.1))" }.joined(separator: "; ")
        return "\(programmes.count == 1 ? "Dieses Programm hat" : "Diese Programme haben") ein Enddatum, aber keine Stelle und keine Beziehung der Karte hängt an \(programmes.count == 1 ? "ihm" : "ihnen"): \(list). (Stellen nennen ihr Programm im Feld programs.)"
    }

    func whatIfSentence(positions: [String], fundingTies: Int, cutOff: [String], brokers: [String], committees: [String],
                        pairsLostShare: Double?, lostTies: Int) -> String {
        var goes: [String] = []
        if !positions.isEmpty { goes.append("\(positions.count == 1 ? "die Stelle" : "die Stellen") \(quoted(positions, limit: 4))") }
        if fundingTies > 0 { goes.append(fundingTies == 1 ? "1 Förderbeziehung" : "\(fundingTies) Förderbeziehungen") }
        var text = goes.isEmpty ? "Nichts in der Karte wird von ihm gefördert."
                                : "Mit ihm entfallen \(goes.joined(separator: " und ")), insgesamt \(lostTies == 1 ? "1 Beziehung" : "\(lostTies) Beziehungen")."
        var effects: [String] = []
        if !cutOff.isEmpty { effects.append("\(quoted(cutOff, limit: 4)) \(cutOff.count == 1 ? "wäre" : "wären") vom Rest abgeschnitten") }
        if !brokers.isEmpty { effects.append("Vermittler gingen verloren (\(quoted(brokers, limit: 3)))") }
        if !committees.isEmpty { effects.append("\(quoted(committees, limit: 3)) \(committees.count == 1 ? "behielte" : "behielten") weniger als zwei Mitglieder") }
        if let share = pairsLostShare, share > 0 { effects.append("\(percent(share)) der verbundenen Akteurspaare verlören ihre Verbindung") }
        if !effects.isEmpty { text += " Dann " + effects.joined(separator: "; ") + "." }
        else if !goes.isEmpty { text += " Der Rest des Netzes bleibt verbunden." }
        return text
    }

    var beforeColumn: String { "vorher" }
    var afterColumn: String { "nachher" }
    var actorsRow: String { "Akteure" }
    var tiesRow: String { "Beziehungen" }
    var componentsRow: String { "Getrennte Teile" }
    var largestShareRow: String { "Größter Teil" }
    var connectedPairsRow: String { "Verbundene Akteurspaare" }
    var distanceRow: String { "Schritte zwischen zwei Akteuren" }

    // MARK: 6 Kooperationsmöglichkeiten

    var opportunitiesIntro: String {
        "Paare von Akteuren, die noch nicht verbunden sind, aber gute Gründe für ein Gespräch haben: gemeinsame Partner, gemeinsame Themen oder Zielgruppen, Arten, die sich ergänzen (etwa eine Stiftung und ein Amt), und Lücken, die die neue Verbindung schließen würde. Es sind Vorschläge für die Beratung der Lenkungsgruppe, keine Anweisungen."
    }
    var noSuggestions: String { "Keine Kooperationsmöglichkeiten gefunden." }

    var closesLabel: String { "Schließt:" }
    var opportunitiesMethod: String { "Wie die Reihenfolge entsteht, beschreibt Abschnitt 9. Jeder Akteur erscheint in höchstens zwei Vorschlägen." }

    // MARK: 7 Teilnetze

    func communitiesIntro(count: Int, modularity: Double) -> String {
        let structure = modularity >= 0.3 ? "eine deutliche Gliederung" : "eine schwache Gliederung"
        return "Ein Teilnetz ist eine Gruppe von Akteuren mit vielen Verbindungen untereinander und wenigen nach außen. Die Suche findet \(count == 1 ? "1 Teilnetz" : "\(count) Teilnetze") aus zwei oder mehr Akteuren (Modularität \(decimal(modularity, digits: 2)): \(structure)). Teilnetze werden gefunden, nicht festgelegt: Wenn sie nicht zu den bestehenden Arbeitsgruppen passen, lohnt sich das Gespräch darüber."
    }
    var communityCaption: String { "Teilnetze." }
    var communityReading: String { "Die Farbe zeigt das Teilnetz; die Form zeigt weiterhin die Art des Akteurs." }
    var noCommunities: String { "Es gibt keine Verbindungen und daher keine Teilnetze." }
    func singleActors(_ names: [String]) -> String { "In keinem Teilnetz (ohne Verbindung): \(list(names, limit: 12))." }
    func communityName(_ number: Int, size: Int) -> String { "Teilnetz \(number) (\(actors(size)))" }
    func communityShortName(_ number: Int) -> String { "Teilnetz \(number)" }
    func communityTopics(_ topics: [String]) -> String { "Arbeitet vor allem zu: \(topics.joined(separator: ", "))." }

    func communityComposition(kinds: [(String, Int)], municipality: (String, Int)?, sector: (String, Int)?, size: Int) -> String {
        var parts = ["Vor allem " + kinds.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")]
        if let municipality { parts.append("\(municipality.1) von \(size) aus \(municipality.0)") }
        if let sector { parts.append("häufigster Bildungsbereich: \(sector.0) (\(sector.1))") }
        return parts.joined(separator: "; ") + "."
    }

    var comparisonHeading: String { "Teilnetze im Vergleich mit Kommunen und Bildungsbereichen" }

    func municipalityComparison(purity: Double?, split: Int) -> String {
        guard let purity else { return "Die Akteure nennen keine Kommune." }
        var text = purity >= 0.8
            ? "Die Teilnetze folgen weitgehend den kommunalen Grenzen: \(percent(purity)) der Akteure sind in einem Teilnetz, in dem ihre eigene Kommune die Mehrheit stellt."
            : "Die Teilnetze gehen quer durch die Kommunen: Nur \(percent(purity)) der Akteure sind in einem Teilnetz, in dem ihre eigene Kommune die Mehrheit stellt."
        if split > 0 { text += " \(split == 1 ? "1 Kommune verteilt sich" : "\(split) Kommunen verteilen sich") auf mehrere Teilnetze." }
        return text
    }

    func singleMunicipality(_ name: String?) -> String {
        "Fast alle Akteure gehören zu \(name ?? "einer Kommune"): Die Teilnetze sind Arbeitsfelder innerhalb der Kommune, nicht Kommunen."
    }

    func sectorComparison(purity: Double?, split: Int) -> String {
        guard let purity else { return "Die Akteure nennen keinen Bildungsbereich." }
        return purity >= 0.7
            ? "Die Teilnetze folgen weitgehend den Bildungsbereichen: \(percent(purity)) der Akteure (mit Angabe) sind in einem Teilnetz, in dem ihr erstgenannter Bildungsbereich die Mehrheit stellt."
            : "Die Teilnetze verbinden Bildungsbereiche: Nur \(percent(purity)) der Akteure (mit Angabe) sind in einem Teilnetz, in dem ihr erstgenannter Bildungsbereich die Mehrheit stellt – Zusammenarbeit entlang des Lebenslaufs statt innerhalb eines Bereichs."
    }

    var communityByMunicipalityCaption: String { "Akteure je Teilnetz nach Kommune" }
    var communityBySectorCaption: String { "Akteure je Teilnetz nach erstgenanntem Bildungsbereich" }
    func crossCellTitle(_ row: String, _ column: String, _ count: Int) -> String { "\(row), \(column): \(actors(count))" }

    // MARK: 8 Abdeckung

    var coverageIntro: String {
        "Welche Akteure an jedem erklärten Bedarf arbeiten (als Thema oder Zielgruppe) und wen sie erreichen. Ein Bedarf, an dem niemand arbeitet, ist eine Lücke; einer, den nur Akteure außerhalb des Hauptnetzes bedienen, kaum besser; Angebote, die sich nicht abstimmen, konkurrieren miteinander."
    }
    var coverageWithoutNeeds: String {
        "Die Karte nennt keine Bedarfe (Handlungsfelder, die die Bildungslandschaft abdecken soll). Die Tabelle zeigt stattdessen die häufigsten Themen; tragen Sie die Bedarfe in die Datei ein (needs:), um ihre Abdeckung zu prüfen."
    }
    var noTopics: String { "Die Akteure nennen keine Themen." }
    var needColumn: String { "Bedarf" }
    var topicColumn: String { "Thema" }
    var statusColumn: String { "Abdeckung" }
    var servedByColumn: String { "Bedient von" }

    func coverageStatus(_ status: Coverage.Status) -> String {
        switch status {
        case .uncovered: "niemand"
        case .outside: "nur außerhalb des Hauptnetzes"
        case .uncoordinated: "abgedeckt, aber unabgestimmt"
        case .covered: "abgedeckt"
        }
    }

    var byTargetGroupHeading: String { "Bedarfe nach Zielgruppe" }
    var byTargetGroupIntro: String {
        "Jedes Feld zählt die Akteure, die an dem Bedarf arbeiten und sich an die Zielgruppe richten. Ein leeres Feld ist eine Zielgruppe, die bei diesem Bedarf kein Akteur erreicht – nicht jedes ist eine Lücke, aber jedes einen Blick wert."
    }
    var otherTargetGroups: String { "weitere Zielgruppen" }
    var bySectorHeading: String { "Bedarfe nach Bildungsbereich" }
    var bySectorIntro: String { "Jedes Feld zählt die Akteure, die in einem Bildungsbereich an dem Bedarf arbeiten – entlang des Lebenslaufs." }

    func coverageCellTitle(_ need: String, _ column: String, _ names: [String]) -> String {
        names.isEmpty ? "\(need) × \(column): niemand" : "\(need) × \(column): \(actors(names.count)) – \(names.joined(separator: "; "))"
    }

    // MARK: 9 Methode

    var methodIntro: String {
        "Wie jede Zahl dieses Berichts berechnet wird, in einfachen Worten. Die vollständigen Definitionen mit Formeln und den Vergleichen mit der Referenzbibliothek networkx stehen in docs/measures.md des Werkzeugs landscape."
    }

    var methodGroups: [MethodGroup] {
        [
            MethodGroup(heading: "Von der Karte zum Netz", entries: [
                ("Netz", "Jeder Akteur ist ein Punkt; jede Beziehung, gleich welcher Art, verbindet zwei Akteure. Mehrere Beziehungen zwischen denselben zwei Akteuren zählen als eine Verbindung. Für die Maße wird die Richtung einer Beziehung nicht beachtet, außer bei den Vermittlerrollen. An einem Stichtag zählen nur die an diesem Tag aktiven Akteure und Beziehungen."),
                ("Grenzen", "Die Zahlen zeigen, wie Beziehungen angeordnet sind, nicht, wie gut die Zusammenarbeit ist; und sie sind nur so vollständig wie die Karte: Eine Beziehung, die in der Datei fehlt, sieht aus wie eine Lücke."),
            ]),
            MethodGroup(heading: "Kennzahlen", entries: [
                ("Dichte", "Der Anteil aller möglichen Akteurspaare, die eine Verbindung haben: 2 × Verbindungen / (n × (n − 1)) bei n Akteuren."),
                ("Partner je Akteur", "Die mittlere Zahl verschiedener Partner: 2 × Verbindungen / n."),
                ("Getrennte Teile", "Gruppen von Akteuren, die über irgendeinen Weg verbunden sind (Komponenten); ein Akteur ohne Verbindung ist ein Teil für sich."),
                ("Schritte zwischen zwei Akteuren", "Die mittlere Länge des kürzesten Weges zwischen zwei Akteuren des größten Teils; der längste solche Weg ist der Durchmesser."),
                ("Zentralisierung", "Freemans Grad-Zentralisierung: die Summe über alle Akteure von (meiste Partner − eigene Partner), geteilt durch (n − 1)(n − 2). 1 bei einem Stern, 0, wenn alle gleich viele Partner haben."),
                ("Partner von Partnern", "Transitivität: 3 × Dreiecke / verbundene Tripel – wie oft zwei Partner desselben Akteurs auch miteinander arbeiten."),
                ("E-I-Index", "(Verbindungen zwischen Gruppen − Verbindungen innerhalb von Gruppen) / alle Verbindungen, von −1 (alle innerhalb) bis +1 (alle zwischen) (Krackhardt & Stern 1988); nach Akteursart und nach Kommune. Die Mischungsmatrix zählt die Verbindungen zwischen je zwei Arten."),
                ("Schriftliche Vereinbarungen", "Beziehungen der Art Vereinbarung oder als formell (schriftlich) gekennzeichnete."),
            ]),
            MethodGroup(heading: "Zentrale Akteure", entries: [
                ("Zwischenzentralität", "Für jedes Paar anderer Akteure der Anteil ihrer kürzesten Verbindungen, die über den Akteur laufen, gemittelt über alle geordneten Paare: 0 bis 100 % (Freeman 1977; Brandes 2001)."),
                ("Partner (Grad)", "Die Zahl der verschiedenen Akteure mit einer Beziehung zu oder von dem Akteur."),
                ("PageRank", "Der Anteil der Zeit, den eine Anfrage bei dem Akteur verbringt, wenn sie von Partner zu Partner weitergereicht wird und mit Wahrscheinlichkeit 15 % bei einem zufälligen Akteur neu beginnt (Brin & Page 1998). Alle Werte ergeben zusammen 100 %."),
                ("Vermittlerrollen", "Jede Kette a → b → c, in der a keine direkte Verbindung zu c hat, macht b zum Vermittler; die Arten von a, b und c bestimmen die Rolle (Gould & Fernandez 1989). Mitgliedschaft, Förderung und Steuerung zählen in ihrer Richtung, die übrigen Beziehungen in beide."),
            ]),
            MethodGroup(heading: "Teilnetze", entries: [
                ("Suche", "Die Louvain-Methode verschiebt Akteure zwischen Gruppen, solange die Modularität wächst (Blondel u. a. 2008). Sie läuft zehnmal von einem festen Startwert aus und behält das beste Ergebnis; dieselbe Karte ergibt daher immer dieselben Teilnetze."),
                ("Modularität", "Der Anteil der Verbindungen innerhalb der Teilnetze abzüglich des Anteils, der bei zufällig verteilten Verbindungen zu erwarten wäre (Newman & Girvan 2004). Ab etwa 0,3 gilt die Gliederung als deutlich."),
            ]),
            MethodGroup(heading: "Regeln für Lücken", entries: [
                (gapTypeName(.isolate), "Ein Akteur ohne jede Verbindung (ausgenommen ein Programm, das Stellen fördert). Dringend, wenn er an einem erklärten Bedarf arbeitet, sonst mittel."),
                (gapTypeName(.pendant), "Akteure, die nur über einen einzigen Partner mit der Bildungslandschaft verbunden sind, zusammengefasst je Partner. Gering."),
                (gapTypeName(.fragmented), "Teile aus zwei oder mehr Akteuren ohne Weg zum Hauptnetz. Dringend, wenn ein Teil drei oder mehr Akteure hat, sonst mittel."),
                (gapTypeName(.cutPoint), "Ein Akteur, ohne den mindestens zwei andere (Programme ausgenommen) vom Rest abgeschnitten wären. Dringend, wenn es fünf oder mehr oder ein Zehntel der Bildungslandschaft wären."),
                (gapTypeName(.bridge), "Eine einzelne Beziehung, die der einzige Weg für zwei oder mehr Akteure ist. Mittel ab drei Akteuren, sonst gering."),
                (gapTypeName(.groupHole), "Zwei Akteursarten (oder Kommunen oder Bildungsbereiche) mit weit weniger Verbindungen untereinander, als bei zufälliger Mischung zu erwarten wären: keine, wo mindestens eine zu erwarten ist (dringend ab drei erwarteten), oder höchstens ein Viertel von vier oder mehr (gering). Höchstens zehn je Gruppierung; Programme und Sonstige bleiben außen vor."),
                (gapTypeName(.uncoordinated), "Drei oder mehr Akteure zum selben Thema oder für dieselbe Zielgruppe, die in Gruppen zerfallen, die weder ein Gremium teilen noch direkt kooperieren, sich austauschen oder etwas vereinbart haben. Dringend, wenn ein Drittel oder mehr außerhalb der größten Gruppe bleibt und es drei Gruppen gibt oder das Thema ein erklärter Bedarf ist."),
                (gapTypeName(.programDependency), "Ein Programm mit Enddatum, das Stellen oder Beziehungen fördert. Dringend, wenn sein Ende Akteure abschneidet, einen Vermittler entfernt oder einem Gremium weniger als zwei Mitglieder lässt; mittel, wenn es Stellen fördert; sonst gering."),
                (gapTypeName(.uncovered), "Ein erklärter Bedarf, den kein Akteur als Thema oder Zielgruppe nennt (dringend), oder nur Akteure außerhalb des Hauptnetzes (mittel)."),
                (gapTypeName(.planningSilo), "Die Ämter einer Kommune zerfallen in Gruppen, die kein Gremium teilen und keine Verbindung haben. Dringend ab drei Gruppen, sonst mittel."),
            ]),
            MethodGroup(heading: "Kooperationsmöglichkeiten", entries: [
                ("Kandidaten", "Paare ohne Verbindung, die einen Partner, ein Thema oder eine Zielgruppe teilen oder die Teile einer Lücke verbinden würden. Förderprogramme bleiben außen vor."),
                ("Reihenfolge", "Gemeinsame Partner (jeder gewichtet mit eins durch seine Partnerzahl; Zhou, Lü & Zhang 2009) + Überschneidung der Themen und Zielgruppen + die Hälfte der Ergänzung der Arten (1 für Zivilgesellschaft oder Wirtschaft mit der öffentlichen Seite, ½ für andere verschiedene Arten) + ein Zuschlag für die Lücken, die die Verbindung schließen würde (Teile verbinden 3, zweiter Weg um eine Schlüsselstelle 2, Angebote abstimmen 2, Planungsbereiche verknüpfen 1,5, Lücke zwischen Gruppen füllen 1; jeweils gewichtet nach Dringlichkeit)."),
            ]),
            MethodGroup(heading: "Szenarien und Abdeckung", entries: [
                ("Wenn ein Programm endet", "Die Karte ohne das Programm, die von ihm geförderten Stellen (Akteure, die es unter ihren Programmen nennen) und seine Förderbeziehungen, verglichen mit der Karte, wie sie ist: Teile, größter Teil, verbundene Akteurspaare, Schritte zwischen Akteuren. Vermittler sind Akteure unter dem besten Zehntel nach Zwischenzentralität."),
                ("Abdeckung", "Ein Akteur bedient einen Bedarf, wenn eines seiner Themen oder eine seiner Zielgruppen der Bedarf ist (Groß- und Kleinschreibung egal). Die Matrizen zählen diese Akteure nach Zielgruppe und nach Bildungsbereich (den Bereichen, die ein Akteur nennt)."),
            ]),
        ]
    }

    var sourcesHeading: String { "Quellen" }
    func colophon(_ date: String) -> String { "Erstellt mit landscape report aus der Karte der Bildungslandschaft (\(date))." }
}
