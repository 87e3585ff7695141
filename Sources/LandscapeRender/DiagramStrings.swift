import LandscapeCore

/// Every word a diagram shows, in one language: kind names, legend headings, title parts,
/// tooltips and notes. The two languages live side by side here and nowhere else.
public struct DiagramStrings: Sendable {
    public let language: Language
    let kinds: [ActorKind: String]
    let tieKinds: [TieKind: String]
    let sectors: [Sector: String]
    let defaultTitle: String
    let legend: String
    let actorsHeading: String
    let tiesHeading: String
    let formal: String
    let weight: String
    let highlighted: String
    let municipalityHeading: String
    let noMunicipality: String
    let sectorHeading: String
    let communityHeading: String
    let gapsHeading: String
    let gapMarked: String
    let gapSuggested: String
    let gapGroup: String
    /// "community 3" / "Gruppe 3".
    let communityName: String
    let noSector: String
    let kindHeading: String
    let others: String
    let networkView: String
    let steeringView: String
    let kindLine: String
    let municipalityLine: String
    let sectorsLine: String
    let topicsLine: String
    let targetGroupsLine: String
    let since: String
    let until: String
    let weightLine: String
    let writtenAgreement: String
    let asOf: @Sendable (String) -> String
    let onDay: @Sendable (String) -> String
    let actorCount: @Sendable (Int) -> String
    let tieCount: @Sendable (Int) -> String
    let sizeBy: @Sendable (String) -> String
    let neighbourhood: @Sendable (String, Int) -> String
    let leftOutOfSteering: @Sendable (Int) -> String
    let labelsThinned: @Sendable (Int, Int) -> String
    let othersGrouped: @Sendable (Int) -> String

    /// The strings for `language`.
    public static func of(_ language: Language) -> DiagramStrings {
        switch language {
        case .de: german
        case .en: english
        }
    }

    public func name(of kind: ActorKind) -> String { kinds[kind] ?? kind.rawValue }
    public func name(of kind: TieKind) -> String { tieKinds[kind] ?? kind.rawValue }
    public func name(of sector: Sector) -> String { sectors[sector] ?? sector.rawValue }

    static let english = DiagramStrings(
        language: .en,
        kinds: [
            .office: "Office / administration", .agency: "Agency / authority", .politics: "Politics",
            .committee: "Committee", .foundation: "Foundation", .association: "Association",
            .institution: "Institution", .business: "Business", .program: "Funding programme",
            .research: "Research", .other: "Other",
        ],
        tieKinds: [
            .cooperation: "Cooperation", .member: "Membership", .funding: "Funding",
            .steering: "Steering", .exchange: "Exchange", .agreement: "Agreement",
        ],
        sectors: [
            .earlyChildhood: "Early childhood", .school: "School", .vocational: "Vocational",
            .higher: "Higher education", .adult: "Adult education", .nonFormal: "Non-formal",
            .informal: "Informal",
        ],
        defaultTitle: "Education landscape",
        legend: "Legend",
        actorsHeading: "Actors",
        tiesHeading: "Ties",
        formal: "double line: written agreement",
        weight: "thicker line: stronger tie",
        highlighted: "highlighted",
        municipalityHeading: "Colour: municipality",
        noMunicipality: "no municipality",
        sectorHeading: "Colour: education sector (first named)",
        communityHeading: "Colour: community (who works closely together)",
        gapsHeading: "Gaps",
        gapMarked: "single point of failure or isolated",
        gapSuggested: "suggested cooperation",
        gapGroup: "should coordinate",
        communityName: "community",
        noSector: "no sector",
        kindHeading: "Colour: kind",
        others: "others",
        networkView: "network",
        steeringView: "steering, membership and funding",
        kindLine: "Kind",
        municipalityLine: "Municipality",
        sectorsLine: "Sectors",
        topicsLine: "Topics",
        targetGroupsLine: "Target groups",
        since: "since",
        until: "until",
        weightLine: "weight",
        writtenAgreement: "written agreement",
        asOf: { "as of \($0)" },
        onDay: { "on \($0)" },
        actorCount: { $0 == 1 ? "1 actor" : "\($0) actors" },
        tieCount: { $0 == 1 ? "1 tie" : "\($0) ties" },
        sizeBy: { "size: \($0)" },
        neighbourhood: { name, depth in "neighbourhood of \u{201C}\(name)\u{201D} (\(depth == 1 ? "direct partners" : "up to \(depth) steps"))" },
        leftOutOfSteering: { "\($0 == 1 ? "1 actor" : "\($0) actors") without steering, membership or funding ties not shown" },
        labelsThinned: { shown, total in "names of the \(shown) best-connected of \(total) actors" },
        othersGrouped: { "others: \($0) smaller groups" }
    )

    static let german = DiagramStrings(
        language: .de,
        kinds: [
            .office: "Amt/Verwaltung", .agency: "Behörde", .politics: "Politik",
            .committee: "Gremium", .foundation: "Stiftung", .association: "Verein/Verband",
            .institution: "Einrichtung", .business: "Wirtschaft", .program: "Förderprogramm",
            .research: "Forschung", .other: "Sonstige",
        ],
        tieKinds: [
            .cooperation: "Kooperation", .member: "Mitgliedschaft", .funding: "Förderung",
            .steering: "Steuerung", .exchange: "Austausch", .agreement: "Vereinbarung",
        ],
        sectors: [
            .earlyChildhood: "Frühkindliche Bildung", .school: "Schule", .vocational: "Berufliche Bildung",
            .higher: "Hochschule", .adult: "Erwachsenenbildung", .nonFormal: "Non-formale Bildung",
            .informal: "Informelles Lernen",
        ],
        defaultTitle: "Bildungslandschaft",
        legend: "Legende",
        actorsHeading: "Akteure",
        tiesHeading: "Beziehungen",
        formal: "Doppellinie: schriftlich vereinbart",
        weight: "dickere Linie: stärkere Beziehung",
        highlighted: "hervorgehoben",
        municipalityHeading: "Farbe: Kommune",
        noMunicipality: "ohne Kommune",
        sectorHeading: "Farbe: Bildungsbereich (erstgenannter)",
        communityHeading: "Farbe: Teilnetz (wer eng zusammenarbeitet)",
        gapsHeading: "Lücken",
        gapMarked: "Nadelöhr oder ohne Verbindung",
        gapSuggested: "vorgeschlagene Kooperation",
        gapGroup: "sollten sich abstimmen",
        communityName: "Teilnetz",
        noSector: "ohne Angabe",
        kindHeading: "Farbe: Art",
        others: "weitere",
        networkView: "Netzwerk",
        steeringView: "Steuerung, Mitgliedschaft und Förderung",
        kindLine: "Art",
        municipalityLine: "Kommune",
        sectorsLine: "Bildungsbereiche",
        topicsLine: "Themen",
        targetGroupsLine: "Zielgruppen",
        since: "seit",
        until: "bis",
        weightLine: "Gewicht",
        writtenAgreement: "schriftlich vereinbart",
        asOf: { "Stand \($0)" },
        onDay: { "am \($0)" },
        actorCount: { $0 == 1 ? "1 Akteur" : "\($0) Akteure" },
        tieCount: { $0 == 1 ? "1 Beziehung" : "\($0) Beziehungen" },
        sizeBy: { "Größe: \($0)" },
        neighbourhood: { name, depth in "Umfeld von »\(name)« (\(depth == 1 ? "direkte Partner" : "bis \(depth) Schritte"))" },
        leftOutOfSteering: { "\($0 == 1 ? "1 Akteur" : "\($0) Akteure") ohne Steuerungs-, Mitgliedschafts- oder Förderbeziehung nicht gezeigt" },
        labelsThinned: { shown, total in "Namen der \(shown) am besten vernetzten von \(total) Akteuren" },
        othersGrouped: { "weitere: \($0) kleinere Gruppen" }
    )
}

/// A caption in both languages, for things named outside this module (e.g. a measure that
/// sizes the nodes).
public struct LocalizedText: Hashable, Sendable, Codable {
    public var english: String
    public var german: String

    public init(english: String, german: String) {
        self.english = english
        self.german = german
    }

    public func text(in language: Language) -> String {
        switch language {
        case .de: german
        case .en: english
        }
    }
}
