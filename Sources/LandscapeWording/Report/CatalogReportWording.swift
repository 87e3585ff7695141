import LandscapeCore

/// The report's words in every language: which sentence for which fact is decided here, once;
/// the texts come from the catalogs `Catalogs/LANGUAGE/report-*.yaml` of the language the
/// wording was made with. Each topic's part stands beside its protocol (Report*Wording.swift).
struct CatalogReportWording: Sendable {
    let catalog: Catalog

    /// How numbers are written in this language.
    var numbers: NumberStyle { catalog.numbers }

    /// "1 actor", "12 actors".
    func actors(_ count: Int) -> String { catalog.reportGeneral.actors(count: count) }

    /// Items in a sentence as they are, not quoted: "a, b and c".
    func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return catalog.general.listLast(names: items.dropLast().joined(separator: catalog.general.listSeparator), last: last)
    }

    /// Sentences one after the other; a `nil` one is left out.
    func sentences(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: " ")
    }
}

extension CatalogReportWording: ReportWording {}
