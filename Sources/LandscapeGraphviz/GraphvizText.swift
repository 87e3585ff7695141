import LandscapeRender

/// Escaping of user text for Graphviz 2.42, so that it is shown literally. Each attribute
/// family is unescaped differently by Graphviz (docs/graphviz.md, "Escaping"):
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
        if justification != .left, isPlain(text, also: plainSpecials) { return text }
        let lineEnd = justification == .left ? "\\l" : "\\n"
        var out = escaped(text, lineBreak: lineEnd, specials: labelReplacements)
        // `\l` ends a left-justified line; the last line needs one too.
        if justification == .left && !out.isEmpty { out += "\\l" }
        return out
    }

    /// A tooltip (`tooltip`): shown literally on hover.
    static func tooltip(_ text: String) -> String {
        if isPlain(text, also: plainSpecials) { return text }
        return escaped(text, lineBreak: "\\n", specials: tooltipReplacements)
    }

    /// The content of an HTML-like label (without the outer `<` `>`): the lines left-aligned,
    /// each in its size and weight.
    ///
    /// The one workaround of a Graphviz bug this module carries (docs/graphviz.md, "HTML and
    /// plain labels share one string pool"): in Graphviz 2.42, cgraph's string pool
    /// (`agstrdup`/`agstrdup_html`, lib/cgraph/refstr.c) finds an existing string by its
    /// content only, and the HTML flag belongs to the shared entry; so an HTML label and a
    /// plain label with the same content are drawn alike — a name typed like the title's
    /// markup would turn the title into plain text, or a plain name into markup (fixed upstream
    /// in Graphviz 13). Every HTML label built here therefore contains `&#32;`, which no plain
    /// label or tooltip escaped above can contain (their only `&` is `&amp;`): the two kinds
    /// can never collide. `GraphvizTests.htmlAndPlainLabelsApart` fails without it.
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
        if isPlain(text, also: htmlSpecials) { return text }
        return escaped(text, lineBreak: "<BR ALIGN=\"LEFT\"/>", specials: htmlReplacements)
    }

    static let labelReplacements = replacements(["\\": "\\\\", "&": "&amp;"])
    static let tooltipReplacements = replacements(["\\": "\\\\\\\\", "&": "&amp;"])
    static let htmlReplacements = replacements([
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;", "\\": "\\\\",
    ])

    private static func replacements(_ table: [Unicode.Scalar: String]) -> [UInt8: String] {
        Dictionary(uniqueKeysWithValues: table.map { (UInt8($0.key.value), $0.value) })
    }

    /// The text with its lines normalised (see `normalisedLines`), each line break written as
    /// `lineBreak` and each ASCII character of `specials` replaced, in one pass over the UTF-8 bytes (the characters
    /// replaced are all ASCII or whole multi-byte sequences, so no character is cut).
    static func escaped(_ text: String, lineBreak: String, specials: [UInt8: String]) -> String {
        let bytes = Array(text.utf8)
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]  // U+FFFD
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            switch byte {
            case 0x0D:
                out += lineBreak.utf8
                if next == 0x0A { index += 1 }
            case 0x0A:
                out += lineBreak.utf8
            case 0x09:
                out.append(0x20)
            case 0x00..<0x20, 0x7F:
                out += replacement
            case 0xC2 where (0x80...0x9F).contains(next):
                out += replacement
                index += 1
            case 0xEF where next == 0xBF && index + 2 < bytes.count && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                out += replacement
                index += 2
            default:
                if let special = specials[byte] { out += special.utf8 } else { out.append(byte) }
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII characters plain labels and tooltips escape, and those HTML-like labels escape.
    static let plainSpecials: [UInt8] = Array("\\&".utf8)
    static let htmlSpecials: [UInt8] = Array("\\&<>\"'".utf8)

    /// Whether escaping would leave `text` as it is: no character of `also`, no control
    /// character (C0, DEL, C1: U+0080–U+009F are C2 80–C2 9F in UTF-8) and no U+FFFE/U+FFFF
    /// (EF BF BE/BF). Most names and tooltips are plain, and the check is one pass over bytes.
    static func isPlain(_ text: String, also specials: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || specials.contains(byte) { return false }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return false }
            if beforePrevious == 0xEF, previous == 0xBF, byte == 0xBE || byte == 0xBF { return false }
            (beforePrevious, previous) = (previous, byte)
        }
        return true
    }

    /// CRLF and lone CR become LF; tabs become spaces; other control characters (C0, DEL, C1)
    /// and the noncharacters U+FFFE/U+FFFF become U+FFFD.
    static func normalisedLines(_ text: String) -> String {
        escaped(text, lineBreak: "\n", specials: [:])
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
