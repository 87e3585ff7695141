import LandscapeCore

extension GermanReportWording: ReportMethodWording {
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
