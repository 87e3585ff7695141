import LandscapeCore

/// List cells of the tabular formats (the CSV pair, workbooks): items are separated by `|`,
/// and a cell such as `Sprache, Integration` is one item. People type lists with commas, so
/// such a cell is read as it is — one topic — but never silently: it gets a warning at the cell.
enum ListCells {
    /// The warning for a list cell one of whose items holds `,` or `;` between words (text with
    /// a letter on both sides, so that `1,5` is left alone); `nil` for any other cell.
    ///
    /// - Complexity: O(n) for a cell of n bytes; no allocation for a cell without `,` or `;`.
    static func warning<Field: DraftField>(_ cell: String, field: Field, at location: SourceLocation) -> Diagnostic? {
        guard let field = field as? ActorField, field.isList, holdsSeparator(cell) else { return nil }
        let items = cell.split(separator: "|").map { $0.trimmingSpaces }
        guard let item = items.first(where: isSeveral) else { return nil }
        return .warning(.table(.listInOneCell(item: item, field: field)), at: location)
    }

    /// Whether the cell holds a `,` or a `;`: a loop over its bytes where they lie in one piece
    /// (a generic search through the UTF-8 view was 0.4 % of checking sbm-200k).
    static func holdsSeparator(_ cell: String) -> Bool {
        func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") }
        return cell.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSeparator) } ?? cell.utf8.contains(where: isSeparator)
    }

    /// Whether `item` reads as several words separated by `,` or `;`.
    static func isSeveral(_ item: String) -> Bool {
        let parts = item.split(whereSeparator: { $0 == "," || $0 == ";" })
        return parts.count > 1 && parts.filter { $0.contains(where: \.isLetter) }.count > 1
    }
}
