/// Breaks `text` into lines of at most `width` characters at spaces (existing line breaks
/// are kept; a word longer than `width` gets a line of its own).
///
/// - Complexity: O(n) for a text of n characters.
func wrap(_ text: String, width: Int) -> String {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        lines.append(line)
    }
    return lines.joined(separator: "\n")
}

/// A node's label: `text` wrapped at `Look.wrapWidth` characters, or wider where that would
/// take more than `Look.maxLabelLines` lines, so that no label is taller than three lines.
/// The breaks are in the label before layout, so Graphviz measures the wrapped text.
///
/// - Complexity: O(n²/w) for a text of n characters (each try wraps the whole text).
func wrapLabel(_ text: String) -> String {
    var width = Look.wrapWidth
    while true {
        let wrapped = wrap(text, width: width)
        if wrapped.split(separator: "\n", omittingEmptySubsequences: false).count <= Look.maxLabelLines || width >= text.count {
            return wrapped
        }
        width += 2
    }
}

/// Identifiers for SVG `id` and `class`: Graphviz writes them without escaping, and CSS and
/// JavaScript want them plain, so they hold only `[A-Za-z0-9-]`.
public enum SafeIdentifier {
    /// `prefix` followed by `text`, with every character outside `[A-Za-z0-9-]` (and `_`
    /// itself) written as `_` and its UTF-8 bytes in hex: `Jugendamt_C3_A4`. Injective, so
    /// two different actor ids never share an SVG id.
    ///
    /// - Complexity: O(n) for n UTF-8 bytes.
    public static func make(_ prefix: String, _ text: String) -> String {
        var out = prefix
        let hex = Array("0123456789ABCDEF")
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                out.append("_")
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
