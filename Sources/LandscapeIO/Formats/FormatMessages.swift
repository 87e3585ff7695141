import LandscapeCore

/// The messages of the readers and writers of GraphML, GEXF, JSON, XLSX and the writers of
/// YAML and the CSV pair, in one place. (The validation's messages, shared by every format,
/// are in LandscapeCore.)
enum FormatMessage {
    // MARK: Reading, any format

    static func unknownKey(_ key: String, known: [String], in place: String) -> String {
        let suggestion = known.first { $0 == key.lowercased() } ?? SpellingSuggestion.closest(to: key, among: known)
        if let suggestion { return "unknown key '\(key)' in \(place) is ignored; did you mean '\(suggestion)'?" }
        return "unknown key '\(key)' in \(place) is ignored (known: \(known.joined(separator: ", ")))"
    }

    // MARK: JSON

    static func jsonType(_ field: String, expected: String, found: String) -> String {
        "'\(field)' must be \(expected), found \(found)"
    }
    static func duplicateKey(_ key: String, firstLine: Int?) -> String {
        "duplicate key '\(key)' in the same object" + (firstLine.map { " (first at line \($0))" } ?? "")
    }

    // MARK: XLSX

    static func noSheet(_ wanted: String, found: [String]) -> String {
        "the workbook has no sheet \(wanted); its sheets are: \(found.isEmpty ? "none" : found.map { "'\($0)'" }.joined(separator: ", "))"
    }
    static let noTiesSheet = "the workbook has no sheet 'ties' (or Kumu's 'Connections'): the landscape has actors only"
    static let oldExcel = "this is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx)"
    static let notZip = "this is not an Excel workbook (.xlsx is a zip archive); save the file as an Excel workbook (.xlsx)"
    static func tooLarge(_ part: String, limit: Int) -> String {
        "the workbook part '\(part)' unpacks to more than \(limit / 1_048_576) MB; such a workbook is refused (a zip bomb?)"
    }
    static func brokenPart(_ part: String, _ reason: String) -> String {
        "cannot unpack '\(part)' from the workbook: \(reason)"
    }
    static func missingPart(_ part: String) -> String {
        "the workbook has no '\(part)'; it is not a valid .xlsx file"
    }
    static func cellError(_ value: String) -> String {
        "the cell holds the Excel error \(value); fix the formula or type the value"
    }
    static func missingColumn(_ name: String, headers: [String]) -> String {
        "there is no '\(name)' column (the first row has: \(headers.joined(separator: ", ")))"
    }
    static func unknownColumn(_ header: String) -> String { "unknown column '\(header)' is ignored" }
    static func repeatedColumn(_ header: String, field: String) -> String {
        "column '\(header)' gives '\(field)' a second time; the first such column is used"
    }

    // MARK: The landscape sheet (landscape.csv, a workbook's sheet 'landscape')

    static func noLandscapeColumns(headers: [String]) -> String {
        let found = headers.isEmpty ? "" : " (the first row has: \(headers.joined(separator: ", ")))"
        return "the landscape sheet has no 'field' and 'value' columns\(found); name them in the first row (German: 'Feld', 'Wert'), then one row each for title, language, as_of and every need"
    }
    static func unknownLandscapeField(_ name: String) -> String {
        let known = ["title", "language", "as_of", "needs"]
        if let close = SpellingSuggestion.closest(to: name, among: known + ["Titel", "Sprache", "Stand", "Bedarf"]) {
            return "unknown field '\(name)' is ignored; did you mean '\(close)'?"
        }
        return "unknown field '\(name)' is ignored (known: \(known.joined(separator: ", ")))"
    }
    static func landscapeFieldWithoutValue(_ name: String) -> String {
        "the row '\(name)' has no value; it is ignored"
    }
    static func landscapeValueWithoutField(_ value: String) -> String {
        "the value '\(value)' has no field name; it is ignored"
    }
    static func landscapeFieldRepeated(_ name: String, firstLine: Int) -> String {
        "'\(name)' is given a second time (first on line \(firstLine)); the first is used"
    }
    static func landscapeCellsIgnored(_ cells: [String]) -> String {
        let list = cells.map { "'\($0)'" }.joined(separator: ", ")
        return "the landscape sheet has two columns, field and value; \(cells.count == 1 ? "the cell" : "the cells") \(list) \(cells.count == 1 ? "is" : "are") ignored"
    }

    // MARK: List cells of the tabular formats

    /// A list cell whose item holds `,` or `;` between words: `noun` names one item ("topic").
    static func listInOneCell(_ item: String, noun: String, plural: String) -> String {
        "»\(item)« is one \(noun); separate \(plural) with |"
    }

    // MARK: Writing: what a format cannot carry

    static func metadataLost(_ what: [String], format: String) -> String {
        "\(format) cannot carry the landscape's \(list(what)); \(what.count == 1 ? "it is" : "they are") left out"
    }
    static func tieIDsLost(_ count: Int, format: String) -> String {
        "\(format) cannot carry the ties' ids (\(count == 1 ? "1 tie has one" : "\(count) ties have one")); they are left out"
    }
    static func separatorInList(_ count: Int, example: String, owner: String, format: String) -> String {
        let items = count == 1 ? "a list item contains" : "\(count) list items contain"
        return "\(items) '|', which separates list items in \(format): '\(example)' (\(owner)) will be read back as several items"
    }
    static func controlCharacters(_ count: Int, example: String, format: String) -> String {
        let texts = count == 1 ? "a text contains" : "\(count) texts contain"
        return "\(texts) control characters that \(format) cannot hold (e.g. in '\(example)'); they are written as U+FFFD"
    }
    static func textTooLong(_ count: Int, example: String, limit: Int, format: String) -> String {
        let texts = count == 1 ? "a text is" : "\(count) texts are"
        return "\(texts) longer than the \(grouped(limit)) characters a cell holds in \(format) (e.g. '\(example)…'); \(count == 1 ? "it is" : "they are") cut there"
    }
    static func tooManyRows(_ what: String, count: Int, limit: Int, format: String) -> String {
        "a sheet holds \(grouped(limit)) rows below its header in \(format); the \(what) after the first \(grouped(limit)) (of \(grouped(count))) are left out"
    }
    static func ambiguousReference(_ id: ActorID, format: String) -> String {
        "the actor '\(id)' can be named in a tie neither by its id nor by its name without ambiguity (another actor is called '\(id)'); \(format) ties to it will not read back"
    }

    /// A number with a comma between thousands, as the messages write large numbers.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }
}
