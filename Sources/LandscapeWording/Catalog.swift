import LandscapeCore

/// The texts of one language, read from the catalogs (`Catalogs/LANGUAGE/TOPIC.yaml`) that the
/// build compiles into this target (Plugins/WordingCatalogs): one typed function per message,
/// `catalog.reportFigures.centralizationOneHub(hub:)`. A third language is one new folder of
/// catalogs (and its case in `Language`); the build refuses a catalog that lacks a message or
/// uses a placeholder English does not have.
///
/// Looking up a message is O(length of its text).
struct Catalog: Sendable {
    let language: Language
    private let entries: [CatalogEntry]

    init(_ language: Language) {
        self.language = language
        entries = Self.tables[language.rawValue] ?? Self.tables["en"] ?? []
    }

    /// How numbers are written in this language.
    var numbers: NumberStyle { language.numberStyle }

    /// Message `index` with its arguments; `count` chooses the plural form and stands for `{count}`.
    func message(_ index: Int, count: Int?, _ arguments: [String]) -> String {
        guard index < entries.count else { return "" }
        switch entries[index] {
        case .text(let segments): return assemble(segments, arguments, count: count)
        case .plural(let forms):
            let segments = forms[count.map(pluralForm) ?? "other"] ?? forms["other"] ?? []
            return assemble(segments, arguments, count: count)
        }
    }

    /// The CLDR plural category of `count` (English and German: "one" for 1, else "other").
    private func pluralForm(_ count: Int) -> String {
        switch language {
        case .en, .de: count == 1 ? "one" : "other"
        }
    }

    private func assemble(_ segments: [CatalogEntry.Segment], _ arguments: [String], count: Int?) -> String {
        var text = ""
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .argument(let index): text += index < arguments.count ? arguments[index] : ""
            case .count: text += count.map(numbers.integer) ?? ""
            }
        }
        return text
    }
}

/// One message of a catalog, cut at its placeholders.
enum CatalogEntry: Sendable {
    enum Segment: Sendable {
        case literal(String)
        case argument(Int)
        case count
    }

    case text([Segment])
    case plural([String: [Segment]])
}
