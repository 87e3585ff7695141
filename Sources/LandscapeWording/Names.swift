/// Names in running text and table cells, in every language, from the `general` catalog.
extension Catalog {
    /// A name in quotes (»A«); a name that is already in guillemets as it is; one that contains
    /// guillemets quoted as `nestedQuote` does (»„A“ B«), so that quotes never nest as »»A« B«.
    func q(_ name: String) -> String {
        if name.hasPrefix("»") && name.hasSuffix("«") && name.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) { return name }
        return name.contains("»") || name.contains("«") ? nestedQuote(name) : general.quoteName(name: name)
    }

    /// Names for a sentence: "»A«, »B« and »C«"; beyond `limit`: "»A«, »B« and 3 more", as the
    /// subject of a sentence (`quoted(_:limit:as:)` for the other cases).
    func quoted(_ names: [String], limit: Int) -> String {
        let quoted = names.map(q)
        if quoted.count <= 1 { return quoted.first ?? "" }
        let separator = general.listSeparator
        if quoted.count <= limit { return general.listLast(names: quoted.dropLast().joined(separator: separator), last: quoted.last ?? "") }
        return self.quoted(names, limit: limit, as: .nominative)
    }

    /// Names for a table cell: "A · B · C and 2 more".
    func cell(_ names: [String], limit: Int) -> String {
        let joined = names.prefix(limit).joined(separator: general.cellSeparator)
        return names.count <= limit ? joined : self.names.cellMore(count: names.count - limit, names: joined)
    }
}
