import LandscapeCore

extension GermanReportWording: ReportCentralWording {
    var centralIntro: String {
        "Drei Arten, zentral zu sein, jeweils mit den ersten zehn: Die Zwischenzentralität findet die Brückenakteure, die Zahl der Partner die am besten Vernetzten, PageRank die Anlaufstellen, bei denen vieles ankommt. Ein hoher Wert ist keine Note, sondern ein Anlass zum Gespräch: Was geschieht, wenn dieser Akteur ausfällt oder seine Förderung endet?"
    }
    var actorColumn: String { "Akteur" }
    var betweennessHeading: String { "Brückenakteure (Zwischenzentralität)" }
    var betweennessIntro: String {
        "Der Anteil der kürzesten Verbindungen zwischen anderen Akteuren, die über den Akteur laufen. Hohe Werte kennzeichnen Brückenakteure – und Schwachstellen: Fällt der Akteur aus, verlieren andere ihre Verbindung."
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
        "Ein Vermittler verbindet zwei Akteure, die keine direkte Verbindung haben: a → b → c. Die Arten der drei Akteure bestimmen die Rolle (Gould & Fernandez). Die Rollen zeigen, welche Art von Vermittler ein Akteur ist:"
    }

    /// The role names of the analysis tables (the glossary's terms).
    func roleName(_ role: BrokerageRole) -> String { Language.de.analysisTableWording.roleColumn(role) }

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

    func roleClause(_ clause: RoleClause) -> String {
        switch clause {
        case .partners(let count): "\(count == 1 ? "1 Partner" : "\(count) Partner")."
        case .pathShare(let share): "\(percent(share)) der kürzesten Verbindungen zwischen anderen Akteuren laufen über diese Stelle."
        case .cutsOff(let count): "Ohne diesen Akteur \(count == 1 ? "wäre" : "wären") \(actors(count)) vom Rest abgeschnitten: eine Schlüsselstelle, die eine Vertretung und einen zweiten Weg braucht."
        case .bridgingActor: "Ein Brückenakteur: Hier läuft ein großer Teil der Informationen der Bildungslandschaft durch."
        case .pointOfContact(let ratio): "Von Partner zu Partner weitergereichte Anfragen landen hier \(decimal(ratio, digits: 1))-mal so oft wie im Durchschnitt: eine Anlaufstelle."
        case .brokers(let role): "Vermittelt vor allem als \(roleName(role.role)) – \(roleExplanation(role.role)) (\(role.count)-mal)."
        case .dependsOn(let programme): "Seine Stelle hängt an \(q(programme.name)), das \(programme.until) endet."
        case .replaceable: "Gut vernetzt, aber ersetzbar: Die Partner sind auch mit anderen verbunden."
        }
    }
}
