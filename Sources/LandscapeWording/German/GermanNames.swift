import LandscapeCore

/// Names in German running text and table cells, shared by every German topic.
enum GermanNames {
    /// A name in guillemets (»A«); a name that is already in guillemets as it is; one that
    /// contains guillemets in „outer quotes“, so that quotes never nest as »»A« B«.
    static func q(_ name: String) -> String {
        if name.hasPrefix("»") && name.hasSuffix("«") && name.dropFirst().dropLast().allSatisfy({ $0 != "»" && $0 != "«" }) { return name }
        return name.contains("»") || name.contains("«") ? "„\(name)“" : "»\(name)«"
    }

    /// Names for a sentence: "»A«, »B« und »C«"; beyond `limit`: "»A«, »B« und 3 weitere".
    static func quoted(_ names: [String], limit: Int) -> String {
        let quoted = names.map(q)
        if quoted.count <= 1 { return quoted.first ?? "" }
        if quoted.count <= limit { return quoted.dropLast().joined(separator: ", ") + " und " + (quoted.last ?? "") }
        return quoted.prefix(limit).joined(separator: ", ") + " und \(quoted.count - limit) weitere"
    }

    /// Names for a table cell: "A · B · C und 2 weitere".
    static func cell(_ names: [String], limit: Int) -> String {
        if names.count <= limit { return names.joined(separator: " · ") }
        return names.prefix(limit).joined(separator: " · ") + " und \(names.count - limit) weitere"
    }
}
