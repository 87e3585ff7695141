/// The grammatical case a list of names stands in. German declines the tail of a cut list
/// ("und ein weiterer", "zu … und einem weiteren"); the catalog `names` has a form per case.
public enum ListCase: Sendable {
    /// The subject of a sentence ("»A« und ein weiterer wären abgeschnitten").
    case nominative
    /// An object, or after a preposition that takes it ("»A« und einen weiteren einladen").
    case accusative
    /// After a preposition that takes it ("zu »A« und einem weiteren").
    case dative
}

extension Catalog {
    /// Names for a sentence: "»A«, »B« and »C«"; beyond `limit` the first `limit` and how many
    /// more, in the form of `listCase`.
    func quoted(_ names: [String], limit: Int, as listCase: ListCase) -> String {
        guard names.count > limit else { return quoted(names, limit: limit) }
        let head = names.prefix(limit).map(q).joined(separator: general.listSeparator)
        let more = names.count - limit
        return switch listCase {
        case .nominative: self.names.moreNominative(count: more, names: head)
        case .accusative: self.names.moreAccusative(count: more, names: head)
        case .dative: self.names.moreDative(count: more, names: head)
        }
    }

    /// Phrases listed as they are, not quoted: "a, b and c".
    func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return general.listLast(names: items.dropLast().joined(separator: general.listSeparator), last: last)
    }

    /// A name that contains guillemets, its own turned into the language's inner quotes and the
    /// whole in its outer ones: »„Kommunale Präventionskette“ Weimar« in German.
    func nestedQuote(_ name: String) -> String {
        let inner = name.map { $0 == "»" ? self.names.innerOpen : $0 == "«" ? self.names.innerClose : String($0) }.joined()
        return self.names.outer(name: inner)
    }
}
