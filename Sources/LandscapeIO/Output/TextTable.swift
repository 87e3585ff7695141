/// A table for the terminal (aligned columns) or for spreadsheets (CSV).
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(headers: [String], alignments: [Alignment]? = nil, rows: [[String]] = []) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
        self.rows = rows
    }

    /// Columns padded to their widest cell, separated by two spaces, with a rule under the header.
    public func aligned() -> String {
        let all = [headers] + rows
        var widths = [Int](repeating: 0, count: headers.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count {
                widths[i] = max(widths[i], TextTable.width(of: cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() where i < widths.count {
                let padding = String(repeating: " ", count: widths[i] - TextTable.width(of: cell))
                let last = i == cells.count - 1
                parts.append(alignments[i] == .right ? padding + cell : (last ? cell : cell + padding))
            }
            return parts.joined(separator: "  ")
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// RFC 4180 CSV: cells with a comma, quote or line break are quoted, quotes doubled; cells
    /// a spreadsheet would take for a formula are guarded (`SpreadsheetText`).
    public func csv() -> String {
        ([headers] + rows).map { row in
            row.map(SpreadsheetText.guarded).map { cell in
                cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                    ? "\"" + cell.replacingQuotes() + "\"" : cell
            }.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
    }

    /// Display width: one column per character (terminals show umlauts and most text so).
    static func width(of text: String) -> Int { text.count }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for character in self {
            out.append(character)
            if character == "\"" { out.append("\"") }
        }
        return out
    }
}

/// Numbers for tables: fixed decimals, `–` for undefined.
public enum NumberText {
    public static func decimal(_ value: Double?, places: Int = 3) -> String {
        guard let value, value.isFinite else { return "–" }
        let scale = pow10(places)
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < places { text += String(repeating: "0", count: places - decimals) }
        } else if places > 0 {
            text += "." + String(repeating: "0", count: places)
        }
        if text.contains("e") { return String(value) }
        return text
    }

    public static func integer(_ value: Int?) -> String {
        value.map(String.init) ?? "–"
    }

    private static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}
