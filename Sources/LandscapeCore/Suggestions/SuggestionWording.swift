/// The words of suggestion reasons, per language.
struct SuggestionWording: Sendable {
    let language: Language

    private var de: Bool { language == .de }

    func q(_ name: String) -> String {
        name.contains("»") || name.contains("«") ? (de ? "„\(name)“" : "“\(name)”") : "»\(name)«"
    }

    /// The common partners (the resource-allocation score itself is in `Suggestion.structural`).
    func commonPartners(_ names: [String], score: Double) -> String {
        let list = language.gapWording.list(names, limit: 3)
        if de { return names.count == 1 ? "1 gemeinsamer Partner (\(list))" : "\(names.count) gemeinsame Partner (\(list))" }
        return names.count == 1 ? "1 common partner (\(list))" : "\(names.count) common partners (\(list))"
    }

    func sharedTags(_ tags: [String]) -> String {
        let list = tags.map { "\(q($0))" }.joined(separator: ", ")
        return de ? "gemeinsame Themen oder Zielgruppen: \(list)" : "shared topics or target groups: \(list)"
    }

    func complementary(_ a: ActorKind, _ b: ActorKind) -> String {
        de ? "ergänzen sich: \(kindName(a)) und \(kindName(b))" : "complement each other: \(kindName(a)) and \(kindName(b))"
    }

    func joinsComponents() -> String {
        de ? "verbindet getrennte Teile der Bildungslandschaft" : "joins separate parts of the landscape"
    }

    func relievesCutPoint(_ name: String) -> String {
        de ? "schafft einen zweiten Weg an \(q(name)) vorbei" : "creates a second path around \(q(name))"
    }

    func fillsGroupHole(_ a: String, _ b: String) -> String {
        de ? "schließt die Lücke zwischen \(a) und \(b)" : "fills the hole between \(a) and \(b)"
    }

    func coordinates(_ tag: String) -> String {
        de ? "stimmt die Angebote zu \(q(tag)) ab" : "coordinates the offers for \(q(tag))"
    }

    func linksPlanning(_ municipality: String) -> String {
        de ? "verknüpft die Planungsbereiche in \(municipality)" : "links the planning areas of \(municipality)"
    }

    func kindName(_ kind: ActorKind) -> String {
        guard de else { return kind.rawValue }
        switch kind {
        case .office: return "Amt"
        case .agency: return "Behörde"
        case .politics: return "Politik"
        case .committee: return "Gremium"
        case .foundation: return "Stiftung"
        case .association: return "Verein/Verband"
        case .institution: return "Einrichtung"
        case .business: return "Wirtschaft"
        case .program: return "Förderprogramm"
        case .research: return "Forschung"
        case .other: return "Sonstige"
        }
    }

    func format(_ value: Double) -> String {
        let text = String((value * 100).rounded() / 100)
        return de ? String(text.map { $0 == "." ? "," : $0 }) : text
    }
}
