import LandscapeCore

/// Column names accepted in `actors.csv` and `ties.csv`: the YAML field names, German headers
/// and Kumu's export layout. Compared ignoring letter case, `_`, `-` and extra spaces.
enum CSVColumns {
    static let actorColumns: [ActorField: [String]] = [
        .id: ["id", "kennung", "kürzel"],
        .name: ["name", "label", "bezeichnung"],
        .kind: ["kind", "type", "art", "typ"],
        .municipality: ["municipality", "kommune", "gemeinde", "landkreis", "stadt", "gebietskörperschaft"],
        .sectors: ["sectors", "sector", "sektoren", "sektor", "bildungsbereiche", "bildungsbereich", "bildungsphasen"],
        .topics: ["topics", "topic", "tags", "themen", "thema", "handlungsfelder"],
        .targetGroups: ["target groups", "target group", "targetgroups", "zielgruppen", "zielgruppe"],
        .programs: ["programs", "programmes", "program", "programme", "programm", "förderprogramme"],
        .since: ["since", "seit", "von", "start", "beginn"],
        .until: ["until", "bis", "end", "ende"],
        .contact: ["contact", "kontakt", "ansprechperson"],
        .note: ["note", "notes", "description", "notiz", "bemerkung", "beschreibung", "anmerkung"],
    ]

    static let tieColumns: [TieField: [String]] = [
        .from: ["from", "von", "quelle", "source"],
        .to: ["to", "an", "nach", "zu", "ziel", "target"],
        .kind: ["kind", "type", "art", "typ"],
        .weight: ["weight", "strength", "gewicht", "stärke"],
        .since: ["since", "seit", "start", "beginn"],
        .until: ["until", "bis", "end", "ende"],
        .formal: ["formal", "formell", "schriftlich"],
        .note: ["note", "notes", "description", "notiz", "bemerkung", "beschreibung", "anmerkung"],
        .id: ["id"],
        .status: ["status", "stand"],
    ]

    /// The field a header names, if any.
    static func field<Field>(for header: String, in table: [Field: [String]]) -> Field? {
        let wanted = vocabularyKey(header)
        return table.first { $0.value.contains { vocabularyKey($0) == wanted } }?.key
    }
}
