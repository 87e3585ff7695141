import LandscapeCore

/// The landscape sheet of the tabular formats: the title, language, date (`as_of`) and needs
/// of a landscape as rows of a two-column table, `field` and `value`, one row per need —
/// `landscape.csv` beside the CSV pair, the sheet `landscape` of a workbook.
///
/// Read: the headers `field`/`value` or German `Feld`/`Wert` (in any order and letter case;
/// a sheet whose first row already names a field has no header), the field names of the YAML
/// format or German ones (`Titel`, `Sprache`, `Stand`, `Bedarf`); a value of `needs` may list
/// several needs separated by `|`. Written: the English names, one row per need.
enum LandscapeSheet {
    /// The file beside `actors.csv` and `ties.csv`.
    static let fileName = "landscape.csv"
    /// The sheet's names in a workbook, compared ignoring letter case; the first is written.
    static let sheetNames = ["landscape", "landschaft"]

    static let fieldHeaders = ["field", "feld"]
    static let valueHeaders = ["value", "wert"]

    /// One row as read: its line (the sheet's row number) and its cells, the first being column 1.
    struct Row {
        var line: Int
        var cells: [String]
    }

    /// A value written in the sheet: text, or the landscape's date (a date cell in a workbook).
    enum Value: Equatable {
        case text(String)
        case date(PartialDate)
    }

    /// The rows written for `landscape`, without the header: title (if any), language, as_of
    /// (if any) and one row per need.
    static func rows(of landscape: Landscape) -> [(field: String, value: Value)] {
        var rows: [(String, Value)] = []
        if let title = landscape.title { rows.append((AttributeNames.LandscapeField.title.rawValue, .text(title))) }
        rows.append((AttributeNames.LandscapeField.language.rawValue, .text(landscape.language.rawValue)))
        if let asOf = landscape.asOf { rows.append((AttributeNames.LandscapeField.asOf.rawValue, .date(asOf))) }
        for need in landscape.needs { rows.append((AttributeNames.LandscapeField.needs.rawValue, .text(need))) }
        return rows
    }

    /// The header written above the rows.
    static let header = [fieldHeaders[0], valueHeaders[0]]

    /// Reads `rows` (the header first, blank rows left out) into the draft's title, language,
    /// as_of and needs; every problem is located by `location(line, column)`.
    ///
    /// - Complexity: O(R) for R rows.
    static func read(
        _ rows: [Row], into draft: inout LandscapeDraft, diagnostics: inout [Diagnostic],
        location: (Int, Int) -> SourceLocation
    ) {
        guard let first = rows.first else { return }
        let fieldColumn: Int, valueColumn: Int, body: ArraySlice<Row>
        if let named = columns(ofHeader: first.cells) {
            (fieldColumn, valueColumn, body) = (named.field, named.value, rows.dropFirst())
        } else if let name = first.cells.first, AttributeNames.landscapeField(name.trimmingSpaces) != nil {
            (fieldColumn, valueColumn, body) = (0, 1, rows[...])
        } else {
            let headers = first.cells.filter { !$0.isBlank }
            diagnostics.append(.error(.landscapeSheet(.noColumns(headers: headers)), at: location(first.line, 1)))
            return
        }
        var firstLine: [AttributeNames.LandscapeField: Int] = [:]
        for row in body {
            let name = row.cells.indices.contains(fieldColumn) ? row.cells[fieldColumn].trimmingSpaces : ""
            let value = row.cells.indices.contains(valueColumn) ? row.cells[valueColumn].trimmingSpaces : ""
            let at = location(row.line, fieldColumn + 1)
            let extra = row.cells.indices.filter { $0 != fieldColumn && $0 != valueColumn && !row.cells[$0].isBlank }
            if let column = extra.first {
                diagnostics.append(.warning(.landscapeSheet(.cellsIgnored(extra.map { row.cells[$0] })), at: location(row.line, column + 1)))
            }
            guard !name.isEmpty else {
                if !value.isEmpty { diagnostics.append(.warning(.landscapeSheet(.valueWithoutField(value)), at: at)) }
                continue
            }
            guard let field = AttributeNames.landscapeField(name) else {
                diagnostics.append(.warning(unknownField(name), at: at))
                continue
            }
            guard !value.isEmpty else {
                diagnostics.append(.warning(.landscapeSheet(.fieldWithoutValue(name)), at: at))
                continue
            }
            let valueAt = location(row.line, valueColumn + 1)
            if field == .needs {
                draft.needs += value.split(separator: "|").map { $0.trimmingSpaces }.filter { !$0.isEmpty }.map { Located($0, at: valueAt) }
            } else if let earlier = firstLine[field] {
                diagnostics.append(.warning(.landscapeSheet(.repeatedField(name, firstLine: earlier)), at: at))
            } else {
                firstLine[field] = row.line
                draft.set(field, value, at: valueAt)
            }
        }
    }

    /// A field that is none of the landscape's, with the closest English or German name when
    /// one is a plausible typo.
    static func unknownField(_ name: String) -> ReadingProblem {
        let known = AttributeNames.LandscapeField.allCases.map(\.rawValue)
        let suggestion = SpellingSuggestion.closest(to: name, among: known + ["Titel", "Sprache", "Stand", "Bedarf"])
        return .landscapeSheet(.unknownField(name, suggestion: suggestion, known: known))
    }

    /// The columns of the field and the value when `header` names both.
    static func columns(ofHeader header: [String]) -> (field: Int, value: Int)? {
        let keys = header.map(vocabularyKey)
        guard let field = keys.firstIndex(where: fieldHeaders.contains),
              let value = keys.firstIndex(where: valueHeaders.contains) else { return nil }
        return (field, value)
    }
}
