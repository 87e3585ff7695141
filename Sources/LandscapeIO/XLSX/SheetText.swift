/// Text in SpreadsheetML cells (`ST_Xstring`, ECMA-376 Part 1, §22.9.2.19): a character that XML
/// cannot hold is written `_xHHHH_` (as Excel writes a control character), and an underscore
/// that would start such an escape is itself escaped (`_x005F_`), so that Excel, LibreOffice,
/// openpyxl and this module's reader all read the text that was written.
enum SheetText {
    /// The text for a `<t>` element: `_xHHHH_` escapes first, then XML's (`XMLText`).
    ///
    /// - Complexity: O(n) for n scalars.
    static func escaped(_ text: String) -> String {
        var needsEscapes = false
        for scalar in text.unicodeScalars where scalar == "_" || !XMLText.isAllowed(scalar) {
            needsEscapes = true
            break
        }
        guard needsEscapes else { return XMLText.escaped(text) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if !XMLText.isAllowed(scalar) || (scalar == "_" && escape(at: index, in: scalars) != nil) {
                out.append(contentsOf: ScalarEscapes.hex(scalar, prefix: "_x", digits: 4, uppercase: true).unicodeScalars)
                out.append("_")
            } else {
                out.append(scalar)
            }
        }
        return XMLText.escaped(String(out))
    }

    /// The text a cell holds, its `_xHHHH_` escapes decoded.
    ///
    /// - Complexity: O(n) for n scalars; no copy when the text holds no `_x`.
    static func decoded(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let scalar = escape(at: index, in: scalars) {
                out.append(scalar)
                index += 7
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// The scalar of an escape `_xHHHH_` that starts at `index`, if one does.
    static func escape(at index: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return nil }
        var value: UInt32 = 0
        for digit in scalars[index + 2...index + 5] {
            guard let nibble = UInt32(String(digit), radix: 16) else { return nil }
            value = value * 16 + nibble
        }
        return Unicode.Scalar(value)
    }
}
