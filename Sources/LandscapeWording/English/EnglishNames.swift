import LandscapeCore

/// Names in English running text and table cells, shared by every English topic.
enum EnglishNames {
    /// A name in guillemets (»A«), as the German text does, so that names stand out the same
    /// way in both; a name already in guillemets as it is; one that contains guillemets in
    /// “outer quotes”.
    static func q(_ name: String) -> String {
        if name.hasPrefix("»") && name.hasSuffix("«") && name.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) { return name }
        return name.contains("»") || name.contains("«") ? "“\(name)”" : "»\(name)«"
    }

    /// Names for a sentence: "»A«, »B« and »C«"; beyond `limit`: "»A«, »B« and 3 more".
    static func quoted(_ names: [String], limit: Int) -> String {
        let quoted = names.map(q)
        if quoted.count <= 1 { return quoted.first ?? "" }
        if quoted.count <= limit { return quoted.dropLast().joined(separator: ", ") + " and " + (quoted.last ?? "") }
        return quoted.prefix(limit).joined(separator: ", ") + " and \(quoted.count - limit) more"
    }

    /// Names for a table cell: "A · B · C and 2 more".
    static func cell(_ names: [String], limit: Int) -> String {
        if names.count <= limit { return names.joined(separator: " · ") }
        return names.prefix(limit).joined(separator: " · ") + " and \(names.count - limit) more"
    }
}
