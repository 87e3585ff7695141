/// The accepted aliases of every closed vocabulary, in one place: the words (mostly German) that
/// files may use for a term beside its canonical English name. They are for reading only; what a
/// user reads comes from LandscapeWording.

extension ActorKind {
    public var aliases: [String] {
        switch self {
        case .office: ["Amt", "Verwaltung", "Fachdienst", "Stabsstelle", "Dezernat", "Fachbereich", "Kommunalverwaltung"]
        case .agency: ["Behörde", "Ministerium", "Schulamt", "Agentur", "Jobcenter", "Landesbehörde"]
        case .politics: ["Politik", "Kreistag", "Stadtrat", "Fraktion", "Gemeinderat"]
        case .committee: ["Gremium", "Lenkungsgruppe", "Lenkungskreis", "Ausschuss", "Arbeitskreis", "Bündnis", "Runder Tisch", "Steuerungsgruppe", "Beirat", "Fachbeirat"]
        case .foundation: ["Stiftung"]
        case .association: ["Verein", "Verband", "Initiative", "Netzwerk"]
        case .institution: ["Einrichtung", "Schule", "Kita", "Hochschule", "Volkshochschule", "Bildungsträger", "Träger"]
        case .business: ["Unternehmen", "Kammer", "Wirtschaft"]
        case .program: ["Programm", "Förderprogramm", "programme"]
        case .research: ["Forschung", "Institut"]
        case .other: ["Sonstige", "Sonstiges"]
        case .resource: ["Instrument", "Produkt", "Bericht", "Datenbank", "Portal", "Leitfaden", "Angebotsübersicht"]
        case .event: ["Veranstaltung", "Fachtag", "Fachforum", "Konferenz", "Tagung", "Forum"]
        }
    }
}

extension Sector {
    public var aliases: [String] {
        switch self {
        case .earlyChildhood: ["frühkindlich", "Frühkindliche Bildung", "Kita", "early childhood"]
        case .school: ["Schule", "schulisch", "Schulische Bildung"]
        case .vocational: ["beruflich", "Berufliche Bildung", "Ausbildung", "Berufsausbildung"]
        case .higher: ["Hochschule", "Hochschulbildung", "Studium"]
        case .adult: ["Erwachsenenbildung", "Weiterbildung"]
        case .nonFormal: ["nonformal", "nicht-formal", "non-formale Bildung"]
        case .informal: ["informell", "informelle Bildung"]
        }
    }
}

extension TieKind {
    public var aliases: [String] {
        switch self {
        case .cooperation: ["Kooperation", "Zusammenarbeit"]
        case .member: ["Mitglied", "Mitgliedschaft", "membership"]
        case .funding: ["Förderung", "Finanzierung"]
        case .steering: ["Steuerung"]
        case .exchange: ["Austausch"]
        case .agreement: ["Vereinbarung", "Kooperationsvereinbarung"]
        case .maintains: ["erstellt", "pflegt", "betreibt", "Pflege"]
        case .uses: ["nutzt", "Nutzung"]
        case .attends: ["nimmt teil", "Teilnahme"]
        }
    }
}

extension TieStatus {
    public var aliases: [String] {
        switch self {
        case .existing: ["besteht", "bestehend", "active", "aktiv"]
        case .planned: ["geplant", "Planung"]
        }
    }
}

extension Language {
    public var aliases: [String] {
        switch self {
        case .en: ["english", "englisch", "en-GB", "en-US"]
        case .de: ["deutsch", "german", "de-DE"]
        }
    }
}
