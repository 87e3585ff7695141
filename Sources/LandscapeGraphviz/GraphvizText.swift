import LandscapeRender

/// Escaping of user text for Graphviz 2.42, so that it is shown literally. Each attribute
/// family is unescaped differently by Graphviz (see GRAPHVIZ-NOTES §3, verified there):
///
/// - plain labels: `\N`-style escapes are substituted, then entities decoded, then `\x` → `x`;
///   so `\` → `\\` and `&` → `&amp;`, line breaks become `\n` (centred) or `\l` (left);
/// - tooltips are unescaped twice: `\` → `\\\\`, `&` → `&amp;`, line break → `\n`;
/// - HTML-like labels: XML escaping plus `\` → `\\`, line break → `<BR/>`.
///
/// Control characters (which would make the SVG ill-formed) become U+FFFD in all three.
/// Names never carry user text (nodes are `a0`, `a1` …), and `id`/`class` values are
/// restricted to `[A-Za-z0-9_ -]` by the diagram builder.
enum GraphvizText {
    /// A plain label (`label`, cluster labels): shown literally.
    static func label(_ text: String, _ justification: AttributeValue.Justification) -> String {
        let lineEnd = justification == .left ? "\\l" : "\\n"
        var out = ""
        for scalar in normalisedLines(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += lineEnd
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        // `\l` ends a left-justified line; the last line needs one too.
        if justification == .left && !out.isEmpty { out += "\\l" }
        return out
    }

    /// A tooltip (`tooltip`): shown literally on hover.
    static func tooltip(_ text: String) -> String {
        var out = ""
        for scalar in normalisedLines(text).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\\\\\"
            case "\n": out += "\\n"
            case "&": out += "&amp;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The content of an HTML-like label (without the outer `<` `>`): the lines left-aligned,
    /// each in its size and weight.
    ///
    /// Graphviz 2.42 interns HTML and plain strings in one pool keyed by content only, so an
    /// HTML label and a plain label with the same content would share one flag and one of
    /// them would be drawn wrongly (GRAPHVIZ-NOTES §3). Every HTML label built here therefore
    /// contains `&#32;`, which no plain label or tooltip escaped above can contain (their only
    /// `&` is `&amp;`): the two kinds can never collide.
    static func html(_ lines: [TextLine]) -> String {
        var out = ""
        for line in lines {
            var text = htmlEscaped(line.text)
            if line.bold { text = "<B>\(text)</B>" }
            out += "<FONT POINT-SIZE=\"\(format(line.size))\">\(text)</FONT><BR ALIGN=\"LEFT\"/>"
        }
        return out + "&#32;"
    }

    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        for scalar in normalisedLines(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\\": out += "\\\\"
            case "\n": out += "<BR ALIGN=\"LEFT\"/>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// CRLF and lone CR become LF; tabs become spaces; other control characters (C0, DEL, C1)
    /// and the noncharacters U+FFFE/U+FFFF become U+FFFD.
    static func normalisedLines(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A: if !previousCR { out.append("\n") }
            case 0x09: out.append(" ")
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0xFFFE, 0xFFFF: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A number with at most two decimals and `.` as separator.
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        let digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
        return "\(sign)\(magnitude / 100).\(digits)"
    }
}
