/// Text cells that spreadsheets must not take for formulas (CSV/formula injection, OWASP):
/// a name such as `=HYPERLINK("http://…")` or `@SUM(…)` from someone else's file would run as
/// a formula when a CSV written by this tool is opened in Excel or LibreOffice.
public enum SpreadsheetText {
    /// The characters a spreadsheet reads as the start of a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The cell, with an apostrophe in front when it would start a formula. Numbers ("-0.25",
    /// "+3", "-1,5") stay as they are.
    ///
    /// - Complexity: O(1) for cells that need no guard, O(n) otherwise.
    public static func guarded(_ cell: String) -> String {
        guard let first = cell.first, formulaStarts.contains(first), !isNumber(cell) else { return cell }
        return "'" + cell
    }

    /// The cell as written before `guarded`: the reader's inverse, so that a landscape written
    /// as a CSV pair reads back unchanged.
    public static func unguarded(_ cell: String) -> String {
        guard cell.first == "'", cell.count > 1 else { return cell }
        let rest = cell.dropFirst()
        guard let first = rest.first, formulaStarts.contains(first), !isNumber(String(rest)) else { return cell }
        return String(rest)
    }

    static func isNumber(_ text: String) -> Bool {
        Double(text) != nil || Double(text.replacingOccurrences(of: ",", with: ".")) != nil
    }
}
