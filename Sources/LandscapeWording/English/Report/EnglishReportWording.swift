import LandscapeCore

/// The English words of the report, by topic in the files EnglishReport*.swift.
struct EnglishReportWording: Sendable {
    let numbers = NumberStyle.english

    /// A name in guillemets (»A«), as in the German text.
    func q(_ name: String) -> String { EnglishNames.q(name) }
    func list(_ names: [String], limit: Int) -> String { EnglishNames.cell(names, limit: limit) }
    func quoted(_ names: [String], limit: Int) -> String { EnglishNames.quoted(names, limit: limit) }
    func actors(_ count: Int) -> String { count == 1 ? "1 actor" : "\(integer(count)) actors" }
}

